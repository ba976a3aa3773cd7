"""Turns the parsed TOML of a config file into a `Config`, checking every key on the way."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields, replace
from datetime import time
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ictime.config.reader import MISSING, TOP_LEVEL_KEYS, Section, describe, did_you_mean
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
from ictime.ics import is_file_url, is_url, normalise
from ictime.model import CATEGORIES
from ictime.timeutil import FULL_WEEKDAY_NAMES, WEEKDAY_NAMES, weekday_number

SECTIONS = (
    "me",
    "work",
    "targets",
    "drift",
    "days_off",
    "import",
    "focus",
    "overload",
    "relationships",
    "database",
    "history",
)
ARRAYS = ("sources", "rules")

_Settings = TypeVar(
    "_Settings", ImportSettings, FocusSettings, OverloadSettings, DatabaseSettings, HistorySettings
)
# Deliberately loose: one @, no spaces, a dot in the domain. Real validation is the calendar's.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_URL_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def build_config(
    data: Mapping[str, Any], *, origin: str, default_timezone: ZoneInfo, base_dir: Path | None
) -> Config:
    """Build a `Config` from parsed TOML, raising `ConfigError` on the first problem."""
    for key, value in data.items():
        if key not in TOP_LEVEL_KEYS + SECTIONS + ARRAYS and isinstance(value, dict):
            hint = did_you_mean(key, SECTIONS, fmt="[{}]")
            raise ConfigError(f"{origin}: [{key}]: unknown section{hint}")
    top = Section(data, origin=origin, label="", known=TOP_LEVEL_KEYS + SECTIONS + ARRAYS)
    return Config(
        timezone=_timezone(top, default_timezone),
        me_emails=_me_emails(top.section("me", ("emails",))),
        work=_work(top.section("work", ("days", "start", "end"))),
        targets=_targets(top),
        drift_tolerance_points=top.section("drift", ("tolerance_points",)).number(
            "tolerance_points", 5.0, lo=0, hi=100
        ),
        days_off_pattern=_days_off(top.section("days_off", ("pattern",))),
        import_=_settings(top.section("import", _field_names(ImportSettings)), ImportSettings()),
        focus=_focus(top.section("focus", _field_names(FocusSettings))),
        overload=_settings(
            top.section("overload", _field_names(OverloadSettings)), OverloadSettings()
        ),
        lapsed_relationship_weeks=top.section("relationships", ("lapsed_after_weeks",)).integer(
            "lapsed_after_weeks", 4, lo=1, hi=520
        ),
        database=_settings(
            top.section("database", _field_names(DatabaseSettings)), DatabaseSettings()
        ),
        history=_settings(top.section("history", _field_names(HistorySettings)), HistorySettings()),
        sources=_sources(top, base_dir),
        rules=_rules(top),
    )


def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _timezone(top: Section, default: ZoneInfo) -> ZoneInfo:
    name = top.string("timezone", "")
    if "timezone" not in top.table:
        return default
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise top.error(
            "timezone",
            f'unknown time zone {describe(name)} (expected an IANA name like "Europe/Berlin")',
        ) from None


def _me_emails(me: Section) -> tuple[str, ...]:
    emails: list[str] = []
    for raw in me.strings("emails", ()):
        email = raw.strip().lower().removeprefix("mailto:")
        if not _EMAIL.fullmatch(email):
            raise me.error("emails", f"{describe(raw)} does not look like an e-mail address")
        if email not in emails:
            emails.append(email)
    return tuple(emails)


def _work(work: Section) -> WorkHours:
    defaults = WorkHours()
    days = set(defaults.days)
    if "days" in work.table:
        days = set()
        for name in work.strings("days", ()):
            days.add(_weekday(work, name))
        if not days:
            raise work.error("days", 'no working days: name at least one, e.g. ["mon"]')
    start = work.clock("start", defaults.start)
    end = work.clock("end", defaults.end)
    if end <= start:
        raise work.error("end", f"must be after start ({start:%H:%M}), got {end:%H:%M}")
    return WorkHours(days=tuple(sorted(days)), start=start, end=end)


def _weekday(work: Section, name: str) -> int:
    number = weekday_number(name)
    if number is not None:
        return number
    hint = did_you_mean(name.strip().lower(), WEEKDAY_NAMES + FULL_WEEKDAY_NAMES)
    raise work.error("days", f"unknown day {describe(name)}{hint}; use {', '.join(WEEKDAY_NAMES)}")


def _targets(top: Section) -> dict[str, int]:
    if "targets" not in top.table:
        return dict(DEFAULT_TARGETS)
    given = top.table["targets"]
    if isinstance(given, dict):
        for key in given:
            if key not in CATEGORIES:
                hint = did_you_mean(key, CATEGORIES)
                raise top.error(
                    f"[targets] {key}",
                    f"unknown category{hint}; the categories are {', '.join(CATEGORIES)}",
                )
    targets = top.section("targets", CATEGORIES)
    # Categories left out get 0, so "deep_work = 100" alone is a complete, valid table.
    shares = {key: targets.integer(key, 0, lo=0, hi=100) for key in CATEGORIES}
    total = sum(shares.values())
    if total != 100:
        given = " + ".join(f"{key} {shares[key]}" for key in CATEGORIES if key in targets.table)
        raise targets.error(
            None, f"must sum to 100, got {total}" + (f" ({given})" if given else "")
        )
    return shares


def _days_off(days_off: Section) -> str:
    pattern = days_off.string("pattern", DEFAULT_DAYS_OFF_PATTERN)
    if not pattern.strip():
        raise days_off.error("pattern", "must not be empty (an empty pattern matches every event)")
    try:
        re.compile(pattern, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError) as error:
        raise days_off.error("pattern", f"not a valid regular expression: {error}") from None
    return pattern


# Limits of every number in [import], [focus], [overload], [database] and [history], by key.
# Upper bounds keep later date arithmetic (timedelta, datetime) far from overflowing.
_LIMITS: dict[str, tuple[float, float]] = {
    "days_back": (0, 36_600),
    "days_ahead": (0, 36_600),
    "max_event_hours": (0, 24 * 366),
    "max_occurrences_per_series": (1, 10_000_000),
    "download_timeout_seconds": (1, 3600),
    "refresh_after_hours": (0, 24 * 366),
    "min_block_minutes": (1, 1440),
    "suggestion_minutes": (1, 1440),
    "fallback_minutes": (1, 1440),
    "max_suggested_hours_per_day": (0, 24),
    "meeting_buffer_minutes": (0, 1440),
    "meeting_share_percent": (0, 100),
    "heavy_day_hours": (0, 24),
    "back_to_back_gap_minutes": (0, 1440),
    "chain_min_meetings": (2, 1000),
    "chain_min_hours": (0, 24),
    "min_focus_hours_per_week": (0, 168),
    "busy_timeout_seconds": (0, 600),
    "keep_weeks": (1, 5200),
}
_ABOVE_LOWER_LIMIT = frozenset({"max_event_hours", "chain_min_hours"})


def _settings(section: Section, defaults: _Settings) -> _Settings:
    """Read every field of a settings dataclass from its table, by the type of its default."""
    values: dict[str, Any] = {}
    for name in _field_names(type(defaults)):
        default = getattr(defaults, name)
        if isinstance(default, bool):
            values[name] = section.boolean(name, default)
        elif isinstance(default, time):
            values[name] = section.clock(name, default)
        else:
            lo, hi = _LIMITS[name]
            if isinstance(default, int):
                values[name] = section.integer(name, default, lo=int(lo), hi=int(hi))
            else:
                above = name in _ABOVE_LOWER_LIMIT
                values[name] = section.number(name, default, lo=lo, hi=hi, above_lo=above)
    return replace(defaults, **values)


def _focus(section: Section) -> FocusSettings:
    focus = _settings(section, FocusSettings())
    if focus.fallback_minutes > focus.suggestion_minutes:
        raise section.error(
            "fallback_minutes",
            f"must not be longer than suggestion_minutes ({focus.suggestion_minutes}),"
            f" got {focus.fallback_minutes}",
        )
    if focus.preferred_end <= focus.preferred_start:
        raise section.error(
            "preferred_end",
            f"must be after preferred_start ({focus.preferred_start:%H:%M}),"
            f" got {focus.preferred_end:%H:%M}",
        )
    return focus


def _sources(top: Section, base_dir: Path | None) -> tuple[Source, ...]:
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for number, table in enumerate(top.tables("sources"), start=1):
        entry = Section(
            table, origin=top.origin, label=f"[[sources]] #{number}", known=("name", "location")
        )
        for key in ("name", "location"):
            if key not in table:
                raise entry.error(key, "missing (each source needs a name and a location)")
        name = entry.string("name", "").strip()
        if not name:
            raise entry.error("name", "must not be empty")
        if name.casefold() in seen:
            raise entry.error(
                "name", f"{describe(name)} is already the name of source #{seen[name.casefold()]}"
            )
        seen[name.casefold()] = number
        sources.append(Source(name=name, location=_location(entry, base_dir)))
    return tuple(sources)


def _location(entry: Section, base_dir: Path | None) -> str:
    location = entry.string("location", "").strip()
    if not location:
        raise entry.error("location", "must not be empty")
    scheme = _URL_SCHEME.match(location)
    if is_url(location) or is_file_url(location):
        return normalise(location)
    if scheme:
        kind = scheme[1].lower()
        raise entry.error(
            "location", f'unsupported URL scheme "{kind}" (expected a file path or an http(s) URL)'
        )
    path = Path(location).expanduser()
    if base_dir is not None and not path.is_absolute():
        path = base_dir / path
    return str(path)


def _rules(top: Section) -> tuple[Mapping[str, Any], ...]:
    rules = top.tables("rules")
    for number, rule in enumerate(rules, start=1):
        label = f"[[rules]] #{number}"
        for key in ("name", "category"):
            value = rule.get(key, MISSING)
            if value is MISSING:
                raise ConfigError(f"{top.origin}: {label} {key}: missing")
            if not isinstance(value, str):
                raise ConfigError(
                    f"{top.origin}: {label} {key}: expected a string, got {describe(value)}"
                )
    return tuple(rules)
