"""The person's settings: working hours, targets, thresholds, sources and tagging rules."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class WorkHours:
    """When the person works: weekdays (0 = Monday) and the daily window in local time."""

    days: tuple[int, ...] = (0, 1, 2, 3, 4)
    start: time = time(9, 0)
    end: time = time(17, 0)


@dataclass(frozen=True)
class ImportSettings:
    """How much of a calendar is expanded, and the limits that protect the store."""

    days_back: int = 365
    days_ahead: int = 90
    max_event_hours: float = 12.0
    max_occurrences_per_series: int = 5000


@dataclass(frozen=True)
class FocusSettings:
    """What counts as focus time, and how build time is suggested."""

    min_block_minutes: int = 120
    count_open_focus_as_deep_work: bool = True
    suggestion_minutes: int = 120
    fallback_minutes: int = 60
    max_suggested_hours_per_day: float = 4.0
    preferred_start: time = time(9, 0)
    preferred_end: time = time(12, 0)
    meeting_buffer_minutes: int = 10


@dataclass(frozen=True)
class OverloadSettings:
    """Thresholds of the meeting-overload signals."""

    meeting_share_percent: float = 35.0
    heavy_day_hours: float = 4.0
    back_to_back_gap_minutes: int = 5
    chain_min_meetings: int = 3
    chain_min_hours: float = 2.0
    min_focus_hours_per_week: float = 10.0


@dataclass(frozen=True)
class Source:
    """A named calendar source: a file path or an http(s) URL."""

    name: str
    location: str


DEFAULT_TARGETS: Mapping[str, int] = {
    "deep_work": 50,
    "relationships": 15,
    "communication": 20,
    "learning": 15,
}

DEFAULT_DAYS_OFF_PATTERN = (
    r"\b(ooo|out of (the )?office|pto|vacation|holidays?|sick|leave|day off|off sick"
    r"|urlaub|vacances|cong[eé]|vacaciones|feriado|ferie)\b"
)


@dataclass(frozen=True)
class Config:
    """Everything ictime reads from the config file; every field has a default."""

    timezone: ZoneInfo
    me_emails: tuple[str, ...] = ()
    work: WorkHours = field(default_factory=WorkHours)
    targets: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_TARGETS))
    drift_tolerance_points: float = 5.0
    days_off_pattern: str = DEFAULT_DAYS_OFF_PATTERN
    import_: ImportSettings = field(default_factory=ImportSettings)
    focus: FocusSettings = field(default_factory=FocusSettings)
    overload: OverloadSettings = field(default_factory=OverloadSettings)
    lapsed_relationship_weeks: int = 4
    sources: tuple[Source, ...] = ()
    rules: tuple[Mapping[str, Any], ...] = ()


CONFIG_FILE_NAME = "config.toml"


def default_config_path() -> Path:
    """Where the config lives when no path is given.

    Returns:
        The platform's user config directory for ictime (platformdirs), plus `config.toml`.
    """
    from platformdirs import user_config_dir

    return Path(user_config_dir("ictime")) / CONFIG_FILE_NAME


def load_config(
    path: Path | None,
    *,
    must_exist: bool = False,
    default_timezone: ZoneInfo | None = None,
) -> Config:
    """Read and validate a config file.

    Args:
        path: The file to read; None means `default_config_path()`.
        must_exist: Fail when the default file is missing instead of using all defaults.
            A path given explicitly must always exist.
        default_timezone: The zone used when the file sets none; None means the system's.

    Returns:
        The config; all defaults when the default file is missing or the file is empty.

    Raises:
        ConfigError: The file is missing (see above), unreadable, or invalid.
    """
    explicit = path is not None
    config_path = path if path is not None else default_config_path()
    origin = str(config_path)
    try:
        text = config_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit or must_exist:
            raise ConfigError(
                f'{origin}: no such config file (run "ictime init" to write one)'
            ) from None
        text = ""
    except UnicodeDecodeError:
        raise ConfigError(f"{origin}: not UTF-8 text") from None
    except OSError as error:
        raise ConfigError(f"{origin}: cannot read: {error.strerror or error}") from None
    return parse_config(
        text,
        origin=origin,
        default_timezone=default_timezone,
        base_dir=config_path.parent,
    )


def parse_config(
    text: str,
    *,
    origin: str,
    default_timezone: ZoneInfo | None = None,
    base_dir: Path | None = None,
) -> Config:
    """Validate config TOML text.

    Args:
        text: The TOML text; empty (or only comments) means all defaults.
        origin: The file name that starts every error message.
        default_timezone: The zone used when the text sets none; None means the system's.
        base_dir: The directory that relative source paths are relative to (the config
            file's); None leaves them as written.

    Returns:
        The config.

    Raises:
        ConfigError: The first problem found, naming `origin` and the key.
    """
    from ictime.config_parse import build_config
    from ictime.config_reader import load_toml

    config = build_config(
        load_toml(text, origin=origin),
        origin=origin,
        default_timezone=system_timezone() if default_timezone is None else default_timezone,
        base_dir=base_dir,
    )
    if config.rules:
        # Checked here, so a bad rule is a config error before any command runs.
        from ictime.classify import compile_rules

        compile_rules(config.rules, origin=origin)
    return config


def example_config_text() -> str:
    """The commented example config shipped with ictime.

    Returns:
        The text of the packaged `config.example.toml`; it parses to the defaults.
    """
    from importlib.resources import files

    return files("ictime").joinpath("data", "config.example.toml").read_text(encoding="utf-8")


def write_example_config(path: Path, *, force: bool = False) -> Path:
    """Write the commented example config (for `ictime init`).

    Args:
        path: Where to write it; missing parent directories are created.
        force: Replace a file that is already there.

    Returns:
        The path written.

    Raises:
        ConfigError: The file exists and `force` is false, or it cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w" if force else "x", encoding="utf-8") as out:
            out.write(example_config_text())
    except FileExistsError:
        raise ConfigError(
            f"{path}: already exists; not overwriting it (use --force to replace it)"
        ) from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot write: {error.strerror or error}") from None
    return path


def system_timezone() -> ZoneInfo:
    """The system's IANA time zone.

    Tries the `TZ` variable, then where `/etc/localtime` links to, then `/etc/timezone`.

    Returns:
        That zone, or UTC when none of them names a known zone.
    """
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    with contextlib.suppress(OSError):
        candidates.append(os.path.realpath("/etc/localtime"))
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for candidate in candidates:
        zone = _zone_named(candidate)
        if zone is not None:
            return zone
    return ZoneInfo("UTC")


def _zone_named(name: str) -> ZoneInfo | None:
    # A path such as /usr/share/zoneinfo/Europe/Berlin names the zone after "zoneinfo/".
    if "zoneinfo/" in name:
        name = name.rsplit("zoneinfo/", 1)[1]
    if not name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
