"""How far in time a group of VEVENTs can reach, read from its text alone (no icalendar).

When the import window moves, a group whose occurrences cannot touch the days that entered
or left the window expands to the same occurrences as before, so it need not be read again.
The extent is generous (days of margin for time zones) and gives up (None) rather than guess.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, timedelta

_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DURATION = re.compile(r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_TIMES = ("DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "RDATE")
# A content line that says when an event happens, with its folded continuations.
_TIME_LINE = re.compile(
    rb"\n(?:DTSTART|DTEND|DUE|RECURRENCE-ID|RDATE|DURATION|RRULE)[;:][^\n]*(?:\n[ \t][^\n]*)*",
    re.IGNORECASE,
)
_FOLD = re.compile(rb"\r?\n[ \t]")
# UTC offsets, X-WR-TIMEZONE and the day an all-day event lasts stay well inside this.
_MARGIN = timedelta(days=3)


class _Unknown(Exception):
    """The text says something the extent does not model: assume it reaches anywhere."""


def group_extent(events: Iterable[bytes]) -> tuple[date, date | None] | None:
    """The first and last day the VEVENTs' occurrences can touch, with a margin.

    Args:
        events: the raw text of each VEVENT of one UID (BEGIN to END line).

    Returns:
        (first day, last day or None for a series without end), or None when the text
        cannot be bounded (no DTSTART, a RANGE, an unreadable date or duration).
    """
    low: date | None = None
    high: date | None = None
    try:
        for event in events:
            first, last = _event_extent(event)
            low = first if low is None else min(low, first)
            if last is None:
                return low - _MARGIN, None
            high = last if high is None else max(high, last)
        if low is None or high is None:
            return None
        return low - _MARGIN, high + _MARGIN
    except (_Unknown, OverflowError):
        return None


def repeats_forever(events: Iterable[bytes]) -> bool | None:
    """Whether any VEVENT has an RRULE with neither COUNT nor UNTIL, when plainly written.

    Args:
        events: the raw text of each VEVENT of one UID.

    Returns:
        True when one of its rules has no end, False when none has; None when a rule is
        written oddly (empty, no FREQ, blanks): only the reader can say how it reads it.
    """
    forever = False
    for event in events:
        if b"RRULE" not in event:
            continue
        try:
            for name, _, value in _properties(event):
                if name != "RRULE":
                    continue
                parts = value.upper().split(";")
                keys = {part.partition("=")[0] for part in parts}
                if "FREQ" not in keys or not value.strip() or any(" " in part for part in parts):
                    return None
                forever = forever or not keys & {"COUNT", "UNTIL"}
        except _Unknown:
            return None
    return forever


def _event_extent(event: bytes) -> tuple[date, date | None]:
    days: list[date] = []
    starts: list[date] = []
    ends: list[date] = []
    length = timedelta(0)
    rules: list[str] = []
    for name, params, value in _properties(event):
        if "RANGE=" in params:
            raise _Unknown  # THISANDFUTURE moves every later occurrence
        if name in _TIMES:
            found = _dates(value)
            if name == "RDATE":
                length = max(length, _period_length(value))
            days.extend(found)
            if name == "DTSTART":
                starts.extend(found)
            elif name == "DTEND":
                ends.extend(found)
        elif name == "DURATION":
            length = max(length, _duration(value))
        elif name == "RRULE":
            rules.append(value.upper())
    if not starts:
        raise _Unknown
    if ends:
        length = max(length, max(ends) - min(starts))
    length += timedelta(days=1)
    first, last = min(days), max(days) + length
    for rule in rules:
        until = re.search(r"(?:^|;)UNTIL=([^;]*)", rule)
        if until is None:
            return first, None  # forever, or COUNT times: not bounded here
        last = max(last, max(_dates(until.group(1))) + length)
    return first, last


def _properties(event: bytes) -> Iterable[tuple[str, str, str]]:
    """(NAME, ;PARAMS, value) of the VEVENT's lines that say when it happens.

    Only those lines are unfolded and decoded: the others (attendees, descriptions) are most
    of an event. A nested component's (an alarm's DURATION) count too, which only widens
    the extent.
    """
    for found in _TIME_LINE.finditer(event):
        line = _FOLD.sub(b"", found.group(0)[1:]).rstrip(b"\r").decode("utf-8")
        head, _, value = _split_line(line)
        name, _, params = head.partition(";")
        yield name.upper(), params.upper(), value


def _split_line(line: str) -> tuple[str, str, str]:
    """Split at the first colon outside double quotes."""
    if '"' not in line:
        head, colon, value = line.partition(":")
        if colon:
            return head, colon, value
        raise _Unknown
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], ":", line[index + 1 :]
    raise _Unknown


def _dates(value: str) -> list[date]:
    found = []
    for year, month, day in _DATE.findall(value):
        try:
            found.append(date(int(year), int(month), int(day)))
        except ValueError as exc:
            raise _Unknown from exc
    if not found:
        raise _Unknown
    return found


def _period_length(value: str) -> timedelta:
    """The longest duration of RDATE periods written start/duration (0 for plain dates)."""
    longest = timedelta(0)
    for part in value.split(","):
        _, _, end = part.partition("/")
        if end.lstrip("+-").upper().startswith("P"):
            longest = max(longest, _duration(end))
    return longest


def _duration(value: str) -> timedelta:
    match = _DURATION.fullmatch(value.strip().upper())
    if match is None:
        raise _Unknown
    sign, weeks, days, hours, minutes, seconds = match.groups()
    if sign == "-":
        return timedelta(0)
    total = timedelta(
        weeks=int(weeks or 0),
        days=int(days or 0),
        hours=int(hours or 0),
        minutes=int(minutes or 0),
        seconds=int(seconds or 0),
    )
    return timedelta(days=math.ceil(total / timedelta(days=1)))
