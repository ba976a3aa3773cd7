"""Reads iCalendar bytes into expanded Occurrences; the one home of icalendar and recurrence."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import x_wr_timezone
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ictime.ics.expand import EventAdapter, clean_text, expand_series
from ictime.ics.recurrence_limits import Unexpandable, instant, is_unbounded, rule_problem
from ictime.model import Occurrence


class IcsError(Exception):
    """The whole file is unusable; the message says what is wrong with it."""


@dataclass(frozen=True)
class Skipped:
    """A VEVENT that was left out, and why."""

    uid: str
    reason: str


@dataclass(frozen=True)
class ParsedCalendar:
    """What one calendar file says, expanded inside the import window."""

    occurrences: list[Occurrence]
    skipped: list[Skipped]
    warnings: list[str]
    calendar_name: str | None
    span: tuple[datetime, datetime] | None


# Properties without which an event's times cannot be trusted: a broken one skips the event.
_VITAL = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "RRULE", "RDATE", "EXDATE")
_BEGIN = re.compile(r"^BEGIN:VCALENDAR[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^END:VCALENDAR[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
# A line that is neither a content line ("NAME;PARAMS:VALUE") nor a folded continuation.
_UNREADABLE_LINE = re.compile(r"^(?![ \t])(?![A-Za-z0-9-]+[;:]).*(?:\r?\n|$)", re.MULTILINE)
_PROGRESS_EVERY = 200
# Every byte but the C0 controls; what is left after deleting these is "binary".
_TEXT_BYTES = bytes(b for b in range(256) if b >= 32 or b in b"\t\n\r\f")


def parse_calendar(
    data: bytes,
    *,
    window_start: datetime,
    window_end: datetime,
    default_tz: ZoneInfo,
    max_occurrences_per_series: int = 5000,
    progress: Callable[[int, int], None] | None = None,
) -> ParsedCalendar:
    """Parse an .ics file and expand every event overlapping [window_start, window_end).

    Args:
        data: the raw file contents.
        window_start: aware start of the import window (inclusive).
        window_end: aware end of the import window (exclusive).
        default_tz: the zone for floating times and all-day events.
        max_occurrences_per_series: a series producing more occurrences in the window is
            cut to its first ones, with a warning.
        progress: called now and then with (VEVENTs processed, VEVENTs in the file).

    Returns:
        The occurrences (grouped by series, in no particular order), the skipped events
        with reasons, warnings, X-WR-CALNAME and the span the file covers in the window.

    Raises:
        IcsError: the data is not a usable iCalendar file; the message says why.
        ValueError: the window is naive or empty (a caller's mistake, not the file's).
    """
    if window_start.tzinfo is None or window_end.tzinfo is None:
        raise ValueError("the import window must be timezone-aware")
    if window_end <= window_start:
        raise ValueError("the import window must end after it starts")
    try:
        return _parse(
            data, window_start, window_end, default_tz, max_occurrences_per_series, progress
        )
    except IcsError:
        raise
    except Exception as exc:  # any input must end as IcsError, never a traceback
        raise IcsError(f"could not read the calendar: {exc}") from exc


def _parse(
    data: bytes,
    window_start: datetime,
    window_end: datetime,
    tz: ZoneInfo,
    limit: int,
    progress: Callable[[int, int], None] | None,
) -> ParsedCalendar:
    warnings: list[str] = []
    calendars = _read(_calendar_text(_decode(data)), warnings)
    name = next(
        (clean_text(c["X-WR-CALNAME"]).strip() for c in calendars if "X-WR-CALNAME" in c), ""
    )
    components = [e for c in calendars for e in _to_standard(c, warnings).walk("VEVENT")]
    total = len(components)
    if progress is not None:
        progress(0, total)
    groups, skipped = _group(components, tz)
    # Library comparisons of floating and all-day times use the window's zone: make it ours.
    start, end = window_start.astimezone(tz), window_end.astimezone(tz)
    occurrences: list[Occurrence] = []
    unbounded = False
    done = reported = 0
    for uid, events in groups.items():
        try:
            found, capped = expand_series(events, start, end, tz, limit)
        except Unexpandable as exc:
            skipped.append(Skipped(uid, str(exc)))
        except Exception as exc:  # one bad series must not sink the file
            skipped.append(Skipped(uid, f"recurrence cannot be expanded: {exc}"))
        else:
            occurrences.extend(found)
            cores = sum("RECURRENCE-ID" not in event.component for event in events)
            if cores > 1:
                warnings.append(f"UID {uid}: {cores} VEVENTs; the highest SEQUENCE was kept")
            unbounded = unbounded or any(is_unbounded(event.component) for event in events)
            if capped:
                warnings.append(f"UID {uid}: {capped} series capped at {limit} occurrences")
        done += len(events)
        if progress is not None and done - reported >= _PROGRESS_EVERY:
            progress(done, total)
            reported = done
    if progress is not None:
        progress(total, total)
    span = _span(occurrences, unbounded, start, end, tz)
    return ParsedCalendar(occurrences, skipped, warnings, name or None, span)


def _decode(data: bytes) -> str:
    """Bytes to text, refusing what is plainly not text."""
    if not data.strip():
        raise IcsError("empty file")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    controls = len(sample.translate(None, _TEXT_BYTES))
    if controls * 20 > len(sample):  # over 5 %: text has almost none
        raise IcsError("binary data, not an iCalendar file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # RFC 5545 says UTF-8, but older Outlook exports are Windows-1252.
        return data.decode("cp1252", errors="replace")


def _calendar_text(text: str) -> str:
    """The text from the first BEGIN:VCALENDAR to the last END:VCALENDAR."""
    begin = _BEGIN.search(text)
    if begin is None:
        head = text.lstrip()[:1024].lower()
        if head.startswith("<") and ("<html" in head or "<!doctype html" in head):
            raise IcsError("not an iCalendar file: it looks like an HTML page")
        if head.startswith("<"):
            raise IcsError("not an iCalendar file: it looks like XML")
        if head.startswith(("{", "[")):
            raise IcsError("not an iCalendar file: it looks like JSON")
        raise IcsError("not an iCalendar file: no BEGIN:VCALENDAR line")
    ends = list(_END.finditer(text, begin.end()))
    if not ends:
        raise IcsError("truncated: no END:VCALENDAR")
    # Anything around the calendar (a BOM, a proxy's banner) would fail the whole parse.
    return text[begin.start() : ends[-1].end()]


def _read(text: str, warnings: list[str]) -> list[icalendar.Component]:
    """Parse with icalendar; on failure, drop unreadable lines once and try again."""
    try:
        components = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as first_error:  # icalendar raises several kinds
        cleaned, dropped = _UNREADABLE_LINE.subn("", text)
        try:
            components = icalendar.Calendar.from_ical(cleaned, multiple=True)
        except Exception:
            raise IcsError(f"not a valid iCalendar file: {first_error}") from first_error
        warnings.append(f"ignored {dropped} unreadable line(s)")
    calendars: list[icalendar.Component] = [c for c in components if c.name == "VCALENDAR"]
    if not calendars:
        raise IcsError(_structure_problem(text))
    return calendars


def _structure_problem(text: str) -> str:
    """Say why icalendar found no complete VCALENDAR (usually unbalanced BEGIN/END)."""
    for name in ("VEVENT", "VTIMEZONE", "VALARM", "VTODO"):
        begins = len(re.findall(rf"^BEGIN:{name}\b", text, re.IGNORECASE | re.MULTILINE))
        ends = len(re.findall(rf"^END:{name}\b", text, re.IGNORECASE | re.MULTILINE))
        if begins != ends:
            return f"malformed: {begins} BEGIN:{name} but {ends} END:{name} lines"
    return "malformed: no complete VCALENDAR could be read"


def _to_standard(calendar: icalendar.Component, warnings: list[str]) -> icalendar.Component:
    """Apply Google's X-WR-TIMEZONE (UTC and floating times mean that zone)."""
    zone_name = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    if not zone_name:
        return calendar
    try:
        zone = ZoneInfo(WINDOWS_TO_OLSON.get(zone_name, zone_name))
    except (ZoneInfoNotFoundError, ValueError):
        warnings.append(f"unknown X-WR-TIMEZONE {zone_name!r}: times read as written")
        return calendar
    try:
        result: icalendar.Component = x_wr_timezone.to_standard(calendar, timezone=zone)
    except Exception as exc:  # a broken value inside; keep the raw times
        warnings.append(f"X-WR-TIMEZONE {zone_name!r} not applied: {exc}")
        return calendar
    return result


def _group(
    components: list[icalendar.Component], tz: ZoneInfo
) -> tuple[dict[str, list[EventAdapter]], list[Skipped]]:
    """Validate each VEVENT and group the good ones by UID (a series and its overrides)."""
    groups: dict[str, list[EventAdapter]] = {}
    skipped: list[Skipped] = []
    for index, component in enumerate(components, start=1):
        uid = _uid(component)
        try:
            problem = _problem(component, tz)
        except Exception as exc:  # icalendar raises on some odd values
            problem = f"unreadable: {exc}"
        if problem is not None:
            reason = problem if uid else f"VEVENT #{index} (no UID): {problem}"
            skipped.append(Skipped(uid, reason))
            continue
        key = uid or _made_up_uid(component)
        groups.setdefault(key, []).append(EventAdapter(component, key))
    return groups, skipped


def _uid(component: icalendar.Component) -> str:
    value = component.get("UID")
    if isinstance(value, list):
        value = value[0] if value else None
    return "" if value is None else clean_text(value).strip()


def _made_up_uid(component: icalendar.Component) -> str:
    """A UID for a UID-less event, stable across re-exports (so DTSTAMP is left out)."""
    fingerprint = "\n".join(
        repr(component.get(name)) for name in ("DTSTART", "DTEND", "DURATION", "SUMMARY", "RRULE")
    )
    return f"ictime-no-uid-{hashlib.sha1(fingerprint.encode()).hexdigest()[:16]}"


def _problem(component: icalendar.Component, tz: ZoneInfo) -> str | None:
    """Why this VEVENT cannot be used, or None when it can."""
    # Broken values are checked on the properties: X-WR-TIMEZONE's copies drop `.errors`.
    for name in _VITAL:
        prop = component.get(name)
        for item in prop if isinstance(prop, list) else [prop]:
            if isinstance(item, icalendar.vBroken):
                return f"{name} unreadable: {item.parse_error}"
    if "DTSTART" not in component:
        errors: list[tuple[str | None, str]] = component.errors
        unread = [message for name, message in errors if name is None]
        return "DTSTART missing" + (f" ({unread[0]})" if unread else "")
    values: dict[str, Any] = {}
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID", "DURATION"):
        prop = component.get(name)
        if prop is None:
            continue
        if isinstance(prop, list):
            return f"{name} appears more than once"
        value = prop.dt
        tzid = prop.params.get("TZID")
        if tzid and isinstance(value, datetime) and value.tzinfo is None:
            return f"unknown time zone {str(tzid)!r}"
        expected = timedelta if name == "DURATION" else date
        if not isinstance(value, expected):
            return f"{name} has an unusable value {str(prop.to_ical(), 'utf-8', 'replace')!r}"
        values[name] = value
    rule_reason = rule_problem(component)
    if rule_reason is not None:
        return rule_reason
    start = instant(values["DTSTART"], tz)
    if "DTEND" in values and instant(values["DTEND"], tz) < start:
        return "DTEND before DTSTART"
    if "DTEND" not in values and values.get("DURATION", timedelta(0)) < timedelta(0):
        return "DURATION is negative"
    return None


def _span(
    occurrences: list[Occurrence],
    unbounded: bool,
    window_start: datetime,
    window_end: datetime,
    tz: ZoneInfo,
) -> tuple[datetime, datetime] | None:
    """Whole days in `tz` from the first start to the last end, clipped to the window."""
    if not occurrences:
        return None
    first = min(occurrence.start for occurrence in occurrences).astimezone(tz)
    first_day = datetime(first.year, first.month, first.day, tzinfo=tz)
    if unbounded:
        return max(first_day, window_start), window_end
    last = max(occurrence.end for occurrence in occurrences).astimezone(tz)
    last_day = datetime(last.year, last.month, last.day, tzinfo=tz)
    if last_day < last:
        last_day += timedelta(days=1)
    return max(first_day, window_start), min(last_day, window_end)
