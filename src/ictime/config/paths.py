"""Where ictime keeps its files by default, by the platform's conventions (platformdirs)."""

from __future__ import annotations

from pathlib import Path

CONFIG_FILE_NAME = "config.toml"


def default_config_path() -> Path:
    """Where the config lives when no path is given.

    Returns:
        The platform's user config directory for ictime (platformdirs), plus `config.toml`.
    """
    import platformdirs

    return Path(platformdirs.user_config_dir("ictime")) / CONFIG_FILE_NAME


def default_db_path() -> Path:
    """The database's default place: the platform's user data folder, plus `ictime.db`."""
    import platformdirs

    return Path(platformdirs.user_data_dir("ictime")) / "ictime.db"
