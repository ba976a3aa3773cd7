"""Reads iCalendar bytes into expanded Occurrences; the one home of icalendar and recurrence."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from ictime.ics.errors import IcsError
from ictime.ics.events import check_event
from ictime.ics.expand import EventAdapter, clean_text, expand_series, uid_of
from ictime.ics.parsing import parse_text
from ictime.ics.recurrence_limits import Unexpandable, is_unbounded, rules_of
from ictime.ics.text import calendar_text, decode
from ictime.ics.zones import resolve_zones, to_standard
from ictime.model import Occurrence


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


_PROGRESS_EVERY = 200


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
    parsed = parse_text(calendar_text(decode(data)), warnings)
    calendars = parsed.calendars
    name = next(
        (clean_text(c["X-WR-CALNAME"]).strip() for c in calendars if "X-WR-CALNAME" in c), ""
    )
    components: list[icalendar.Component] = []
    for calendar in calendars:
        resolve_zones(calendar, warnings)
        components += to_standard(calendar, warnings).walk("VEVENT")
    total = len(components)
    if progress is not None:
        progress(0, total)
    skipped = [Skipped(uid, reason) for uid, reason in parsed.unreadable_events]
    groups = _group(components, skipped, warnings)
    # Library comparisons of floating and all-day times use the window's zone: make it ours.
    start, end = window_start.astimezone(tz), window_end.astimezone(tz)
    occurrences: list[Occurrence] = []
    unbounded = False
    done = reported = 0
    for uid, events in groups.items():
        try:
            found, capped = _expand(uid, events, start, end, tz, limit, warnings)
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


def _group(
    components: list[icalendar.Component], skipped: list[Skipped], warnings: list[str]
) -> dict[str, list[EventAdapter]]:
    """Check each VEVENT and group the usable ones by UID (a series and its overrides)."""
    groups: dict[str, list[EventAdapter]] = {}
    for index, component in enumerate(components, start=1):
        uid = uid_of(component)
        label = f"UID {uid}" if uid else f"VEVENT #{index} (no UID)"
        try:
            problem = check_event(component, label, warnings)
        except Exception as exc:  # icalendar raises on some odd values
            problem = f"unreadable: {exc}"
        if problem is not None:
            reason = problem if uid else f"VEVENT #{index} (no UID): {problem}"
            skipped.append(Skipped(uid, reason))
            continue
        key = uid or _made_up_uid(component)
        groups.setdefault(key, []).append(EventAdapter(component, key))
    return groups


def _expand(
    uid: str,
    events: list[EventAdapter],
    start: datetime,
    end: datetime,
    tz: ZoneInfo,
    limit: int,
    warnings: list[str],
) -> tuple[list[Occurrence], str]:
    """Expand a series; one whose RRULE the library cannot read is read without it."""
    try:
        return expand_series(events, start, end, tz, limit)
    except Unexpandable:
        raise
    except Exception as exc:
        if not any(rules_of(event.component) for event in events):
            raise
        for event in events:
            if "RRULE" in event.component:
                # An empty rule adds nothing but keeps the event recurring, like the others.
                event.component["RRULE"] = icalendar.vRecur()
        warnings.append(f"UID {uid}: RRULE cannot be expanded ({exc}): read as a single event")
        fresh = [EventAdapter(event.component, uid) for event in events]
        return expand_series(fresh, start, end, tz, limit)


def _made_up_uid(component: icalendar.Component) -> str:
    """A UID for a UID-less event, stable across re-exports (so DTSTAMP is left out)."""
    fingerprint = "\n".join(
        repr(component.get(name)) for name in ("DTSTART", "DTEND", "DURATION", "SUMMARY", "RRULE")
    )
    return f"ictime-no-uid-{hashlib.sha1(fingerprint.encode()).hexdigest()[:16]}"


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
