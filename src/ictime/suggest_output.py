"""How `ictime suggest` shows a plan: a rich table, the JSON contract, an .ics of focus blocks.

The .ics text is written here by hand (RFC 5545: CRLF line ends, lines folded at 75 octets,
TEXT values escaped, times in UTC) so that icalendar keeps its one home in `ictime.ics`.
Importing the file back gives solo blocks titled `SUMMARY`, which the default rules tag
`deep_work`; each carries `CATEGORIES:deep_work` too.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ictime.analysis import format_minutes
from ictime.suggest import Suggestion, SuggestionPlan

if TYPE_CHECKING:
    from rich.console import Console

SUMMARY = "Focus: build time (ictime)"
CALENDAR_NAME = "ictime build time"
PRODID = "-//ictime//protected build time//EN"
_FOLD_OCTETS = 75
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def suggestion_record(suggestion: Suggestion) -> dict[str, Any]:
    """One suggestion as the JSON contract names it: {start, end, minutes, reason}, plus extras.

    Args:
        suggestion: the suggestion.

    Returns:
        The contract's fields (times ISO 8601 with offset) and `uid`, `fallback`,
        `preferred_minutes`, `rescues_day`, and the booked deep-work shares before and after.
    """
    return {
        "start": suggestion.start.isoformat(),
        "end": suggestion.end.isoformat(),
        "minutes": suggestion.minutes,
        "reason": suggestion.reason,
        "uid": suggestion.uid,
        "fallback": suggestion.fallback,
        "preferred_minutes": suggestion.preferred_minutes,
        "rescues_day": suggestion.rescues_day,
        "deep_work_share_before": round(suggestion.share_before, 4),
        "deep_work_share_after": round(suggestion.share_after, 4),
    }


def suggestions_json(plan: SuggestionPlan) -> str:
    """The `suggest --format json` document.

    Args:
        plan: the plan.

    Returns:
        A JSON list of suggestion records, in time order.
    """
    return json.dumps(
        [suggestion_record(item) for item in plan.suggestions], indent=2, ensure_ascii=False
    )


def _escape(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped, controls removed."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
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


def print_suggestions_table(plan: SuggestionPlan, console: Console | None = None) -> None:
    """Print the plan: the suggestions as a table, the summary, what to renegotiate.

    Args:
        plan: the plan.
        console: where to print; None means a console on stdout.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ictime.textsafe import plain

    out = console or Console()
    if plan.suggestions:
        table = Table(box=None, header_style="bold", pad_edge=False)
        for name in ("day", "time", "length", "deep work", "why"):
            table.add_column(name, no_wrap=name != "why")
        for item in plan.suggestions:
            table.add_row(
                f"{item.start:%a %Y-%m-%d}",
                f"{item.start:%H:%M}-{item.end:%H:%M}",
                format_minutes(item.minutes),
                f"{item.share_before * 100:.0f} -> {item.share_after * 100:.0f} %",
                Text(item.detail or item.reason),
            )
        out.print(table)
        out.print()
    out.print(Text(plan.message))
    if plan.report_deep_work_share > plan.deep_work_share_before + 0.005:
        out.print(
            Text(
                f"Booked deep work counts deep-work blocks on the calendar; the report also "
                f"counts open focus time as deep work ({plan.report_deep_work_share * 100:.0f} %).",
                style="dim",
            )
        )
    if plan.renegotiate:
        out.print()
        out.print(Text("Worth renegotiating:", style="bold"))
        for meeting in plan.renegotiate:
            out.print(Text(f"  • {plain(meeting.reason)}"))
