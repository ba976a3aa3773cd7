"""The person's settings: working hours, targets, thresholds, sources and tagging rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo


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
    download_timeout_seconds: int = 120
    refresh_on_start: bool = True
    refresh_after_hours: float = 6.0


@dataclass(frozen=True)
class DatabaseSettings:
    """How the database is used alongside other programs."""

    busy_timeout_seconds: float = 10.0


@dataclass(frozen=True)
class HistorySettings:
    """How long the history of each block is kept (what `ictime changes` compares)."""

    keep_weeks: int = 104


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
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    history: HistorySettings = field(default_factory=HistorySettings)
    focus: FocusSettings = field(default_factory=FocusSettings)
    overload: OverloadSettings = field(default_factory=OverloadSettings)
    lapsed_relationship_weeks: int = 4
    sources: tuple[Source, ...] = ()
    rules: tuple[Mapping[str, Any], ...] = ()
