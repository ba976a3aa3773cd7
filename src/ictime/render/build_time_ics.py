"""Suggested build time as an .ics file, for the person to import into their own calendar.

The text is written by hand (RFC 5545: CRLF line ends, lines folded at 75 octets, TEXT values
escaped, times in UTC) so that icalendar keeps its one home in `ictime.ics`. Importing the
file back gives solo blocks titled `SUMMARY`, which the built-in rules tag `deep_work`; each
carries `CATEGORIES:deep_work` too.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from ictime.suggest import SuggestionPlan
from ictime.textsafe import strip_controls

SUMMARY = "Focus: build time (ictime)"
CALENDAR_NAME = "ictime build time"
PRODID = "-//ictime//protected build time//EN"
_FOLD_OCTETS = 75


def _escape(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped, controls removed."""
    text = strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        text = text.replace(raw, escaped)
    return text


def _fold(line: str) -> str:
    """A content line folded into lines of at most 75 octets, never inside a character."""
    parts: list[str] = []
    current, size, limit = "", 0, _FOLD_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            # A continuation line starts with a space, which counts towards its 75 octets.
            current, size, limit = "", 0, _FOLD_OCTETS - 1
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def suggestions_ics(plan: SuggestionPlan, tz: ZoneInfo) -> bytes:
    """The `suggest --format ics` file: one opaque focus block per suggestion.

    Args:
        plan: the plan; `plan.now` is the DTSTAMP, so the same plan gives the same bytes.
        tz: the person's zone, named in `X-WR-TIMEZONE` for calendar apps.

    Returns:
        UTF-8 iCalendar text with CRLF line ends.
    """
    stamp = _utc(plan.now or datetime.now(UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(CALENDAR_NAME)}",
        f"X-WR-TIMEZONE:{tz.key}",
    ]
    for item in plan.suggestions:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{item.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_utc(item.start)}",
            f"DTEND:{_utc(item.end)}",
            f"SUMMARY:{_escape(SUMMARY)}",
            f"DESCRIPTION:{_escape(item.reason)}",
            "CATEGORIES:deep_work",
            "X-ICTIME-CATEGORY:deep_work",
            "TRANSP:OPAQUE",
            "STATUS:CONFIRMED",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines).encode("utf-8")
