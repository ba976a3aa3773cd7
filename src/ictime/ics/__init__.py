"""Calendar sources in, Occurrences out: fetching, reading and expanding iCalendar.

The one home of icalendar, recurring-ical-events and x-wr-timezone. Reading a source's bytes
(`fetch`) does not import them: `parse_calendar` and its friends load on first use, so an
unchanged file is recognised without paying for the parser.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ictime.ics.fetch import SourceError, is_url, normalise, read_source

if TYPE_CHECKING:
    from ictime.ics.read import IcsError, ParsedCalendar, Skipped, parse_calendar

_PARSER_NAMES = ("IcsError", "ParsedCalendar", "Skipped", "parse_calendar")

__all__ = [
    "IcsError",
    "ParsedCalendar",
    "Skipped",
    "SourceError",
    "is_url",
    "normalise",
    "parse_calendar",
    "read_source",
]


def __getattr__(name: str) -> Any:
    """Load the parser's names on first use."""
    if name in _PARSER_NAMES:
        return getattr(import_module("ictime.ics.read"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
