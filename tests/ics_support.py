"""Helpers of the ICS reader tests: the fixtures, the default window and zone, local times."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ictime.ics import ParsedCalendar, parse_calendar
from ictime.model import Occurrence

FIXTURES = Path(__file__).parent / "fixtures"
NEW_YORK_NAME = "America/New_York"
NEW_YORK = ZoneInfo(NEW_YORK_NAME)
BERLIN = ZoneInfo("Europe/Berlin")
WINDOW_START = datetime(2026, 10, 1, tzinfo=NEW_YORK)
WINDOW_END = datetime(2027, 1, 1, tzinfo=NEW_YORK)


def parse(name: str, **options: Any) -> ParsedCalendar:
    """Parse a fixture in the default window (Q4 2026) and zone (New York)."""
    return parse_bytes((FIXTURES / name).read_bytes(), **options)


def parse_bytes(data: bytes, **options: Any) -> ParsedCalendar:
    arguments: dict[str, Any] = {
        "window_start": WINDOW_START,
        "window_end": WINDOW_END,
        "default_tz": NEW_YORK,
    }
    arguments.update(options)
    return parse_calendar(data, **arguments)


def local(parsed: ParsedCalendar, tz: ZoneInfo = NEW_YORK) -> list[tuple[str, str]]:
    """(start, end) of every occurrence in local ISO form, in time order."""
    return sorted(
        (o.start.astimezone(tz).isoformat(), o.end.astimezone(tz).isoformat())
        for o in parsed.occurrences
    )


def local_pair(occurrence: Occurrence) -> tuple[str, str]:
    return (
        occurrence.start.astimezone(NEW_YORK).isoformat(),
        occurrence.end.astimezone(NEW_YORK).isoformat(),
    )


def by_start(parsed: ParsedCalendar) -> list[Occurrence]:
    return sorted(parsed.occurrences, key=lambda o: o.start)
