"""Writing .ics text (`vevent`, `calendar`), and the ICS reader's fixtures, window and zone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ictime.ics import ParsedCalendar, parse_calendar
from ictime.model import Occurrence
from support import FIXTURES, NEW_YORK

WINDOW_START = datetime(2026, 10, 1, tzinfo=NEW_YORK)
WINDOW_END = datetime(2027, 1, 1, tzinfo=NEW_YORK)

WriteIcs = Callable[..., Path]
"""The `write_ics` fixture: VEVENT texts (and name=, calname=) in, the written file out."""


def vevent(
    uid: str,
    start: str,
    end: str,
    summary: str = "Event",
    *,
    tzid: str = "America/New_York",
    extra: str = "",
    attendees: tuple[str, ...] = (),
) -> str:
    """One VEVENT in New York time (start/end as 20261124T090000)."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T000000Z",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        f"SUMMARY:{summary}",
    ]
    if attendees:
        lines.append(f"ORGANIZER:mailto:{attendees[0]}")
        lines += [f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{a}" for a in attendees]
    if extra:
        lines += extra.strip().splitlines()
    lines.append("END:VEVENT")
    return "\n".join(lines)


def calendar(*events: str, name: str | None = None) -> str:
    """A VCALENDAR around the given VEVENTs."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ictime tests//EN"]
    if name:
        head.append(f"X-WR-CALNAME:{name}")
    return (
        "\r\n".join([*head, *events, "END:VCALENDAR", ""])
        .replace("\n", "\r\n")
        .replace("\r\r\n", "\r\n")
    )


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
