"""The person's settings: the values, reading and checking a config file, and default paths.

Every key is described in `docs/config.md`.
"""

from ictime.config.load import (
    example_config_text,
    load_config,
    parse_config,
    system_timezone,
    write_example_config,
)
from ictime.config.paths import CONFIG_FILE_NAME, default_config_path, default_db_path
from ictime.config.settings import (
    DEFAULT_DAYS_OFF_PATTERN,
    DEFAULT_TARGETS,
    Config,
    ConfigError,
    DatabaseSettings,
    FocusSettings,
    HistorySettings,
    ImportSettings,
    OverloadSettings,
    Source,
    WorkHours,
)

__all__ = [
    "CONFIG_FILE_NAME",
    "DEFAULT_DAYS_OFF_PATTERN",
    "DEFAULT_TARGETS",
    "Config",
    "ConfigError",
    "DatabaseSettings",
    "FocusSettings",
    "HistorySettings",
    "ImportSettings",
    "OverloadSettings",
    "Source",
    "WorkHours",
    "default_config_path",
    "default_db_path",
    "example_config_text",
    "load_config",
    "parse_config",
    "system_timezone",
    "write_example_config",
]
