"""Calendar sources in, Occurrences out: fetching, reading and expanding iCalendar.

The one home of icalendar, recurring-ical-events and x-wr-timezone. Reading a source's bytes
(`fetch`) does not import them: `parse_calendar` and its friends load on first use, so an
unchanged file is recognised without paying for the parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ictime.ics.errors import IcsError
from ictime.ics.fetch import SourceError, is_file_url, is_url, normalise, read_source
from ictime.lazy import lazy_exports

if TYPE_CHECKING:
    from ictime.ics.extent import group_extent, repeats_forever
    from ictime.ics.groups import FrameFacts, GroupMismatch, GroupReader, ParsedGroup
    from ictime.ics.read import ParsedCalendar, Skipped, parse_calendar
    from ictime.ics.split import (
        SPLIT_VERSION,
        CalendarFrame,
        EventGroup,
        SplitCalendar,
        split_calendar,
    )


__all__ = [
    "SPLIT_VERSION",
    "CalendarFrame",
    "EventGroup",
    "FrameFacts",
    "GroupMismatch",
    "GroupReader",
    "IcsError",
    "ParsedCalendar",
    "ParsedGroup",
    "Skipped",
    "SourceError",
    "SplitCalendar",
    "group_extent",
    "is_file_url",
    "is_url",
    "normalise",
    "parse_calendar",
    "read_source",
    "repeats_forever",
    "split_calendar",
]

# Splitting a file and bounding its events is text work; reading groups loads icalendar.
__getattr__ = lazy_exports(
    __name__,
    {
        "read": ("ParsedCalendar", "Skipped", "parse_calendar"),
        "split": (
            "SPLIT_VERSION",
            "CalendarFrame",
            "EventGroup",
            "SplitCalendar",
            "split_calendar",
        ),
        "extent": ("group_extent", "repeats_forever"),
        "groups": ("FrameFacts", "GroupMismatch", "GroupReader", "ParsedGroup"),
    },
)
