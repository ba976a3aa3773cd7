"""Recurrence for ics: recurring-ical-events' series, bounded, turned into Occurrences."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

import icalendar
import recurring_ical_events

from ictime.classify import normalise_email
from ictime.ics.events import sequence_of
from ictime.ics.recurrence_limits import instant, plan, value_of
from ictime.model import Attendee, Occurrence
from ictime.textsafe import strip_controls

_DAY = timedelta(days=1)
_ZERO = timedelta(0)
_SLICE = timedelta(minutes=15)


def clean_text(value: object) -> str:
    """A property value as text without control characters (tab and newline stay).

    Args:
        value: an icalendar property value, or a list of them (the first is used).

    Returns:
        The cleaned text.
    """
    if isinstance(value, list):
        value = value[0] if value else ""
    return strip_controls(str(value))


def uid_of(component: icalendar.Component) -> str:
    """An event's UID as text (the first, when a broken file gives it twice), or ""."""
    return clean_text(component.get("UID", "")).strip()


def recurrence_text(value: date, tz: tzinfo) -> str:
    """The recurrence id text: "2026-11-24T14:00:00Z" in UTC, or "2026-11-24" for a day.

    Args:
        value: the original start of the occurrence.
        tz: the zone for floating times.

    Returns:
        The text.
    """
    if not isinstance(value, datetime):
        return value.isoformat()
    utc = instant(value, tz).astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="seconds") + "Z"


class EventAdapter(recurring_ical_events.EventAdapter):  # type: ignore[misc]
    """The library's VEVENT adapter, plus the values ictime copies into every occurrence."""

    def __init__(self, component: icalendar.Component, uid: str) -> None:
        """Wrap a validated VEVENT that ictime knows by `uid`."""
        super().__init__(component)
        self.component = component
        self.ictime_uid = uid
        self.recurring = any(name in component for name in ("RRULE", "RDATE", "RECURRENCE-ID"))
        self.shift = _ZERO
        self.head: tuple[str, str] | None = None
        self.tail: tuple[Any, ...] = ()
        self.own_rid: str | None = None
        self.move = _ZERO

    @property
    def uid(self) -> str:
        """The UID (made up for a UID-less event, so it still is a series of its own)."""
        return self.ictime_uid

    @property
    def sequence(self) -> int:
        """SEQUENCE as a number, even when the file's is not one (the library compares it)."""
        return sequence_of(self.component)

    @property
    def raw_start(self) -> date:
        """DTSTART, moved forward by `shift` when the series was re-anchored."""
        value: date = super().raw_start
        return value + self.shift if self.shift else value

    @property
    def raw_end(self) -> date:
        """The end, moved like the start."""
        value: date = super().raw_end
        return value + self.shift if self.shift else value

    def prepare(self, tz: tzinfo) -> tuple[str, str]:
        """Read the per-component values once; every occurrence of it shares them."""
        component = self.component
        self.head = (self.ictime_uid, clean_text(component.get("SUMMARY", "")))
        self.tail = (
            clean_text(component.get("DESCRIPTION", "")),
            clean_text(component.get("LOCATION", "")),
            _categories(component.get("CATEGORIES")),
            clean_text(component.get("STATUS", "")).strip().upper(),
            clean_text(component.get("TRANSP", "")).strip().upper() == "TRANSPARENT",
            _address(component.get("ORGANIZER", "")),
            _attendees(component.get("ATTENDEE")),
            self.recurring,
        )
        if "RECURRENCE-ID" in component:
            self.own_rid = recurrence_text(value_of(component, "RECURRENCE-ID"), tz)
            # RANGE=THISANDFUTURE shifts the later occurrences: their ids are start - move.
            self.move = self.move_recurrences_by
        return self.head


class _Hit(recurring_ical_events.Occurrence):  # type: ignore[misc]
    """The library's occurrence, keeping its adapter public for the conversion."""

    def __init__(self, adapter: EventAdapter, start: date | None, end: date | None) -> None:
        super().__init__(adapter, start, end)
        self.event = adapter


class _Series(recurring_ical_events.Series):  # type: ignore[misc]
    """A series whose occurrences are `_Hit`s: no per-occurrence component copies."""

    def occurrence(
        self, adapter: EventAdapter, start: date | None = None, end: date | None = None
    ) -> _Hit:
        return _Hit(adapter, start, end)


def expand_series(
    events: list[EventAdapter], start: datetime, end: datetime, tz: tzinfo, limit: int
) -> tuple[list[Occurrence], str]:
    """Expand one UID's VEVENTs (the series and its overrides) inside [start, end).

    Args:
        events: the adapted VEVENTs sharing a UID.
        start: window start, in tz.
        end: window end, in tz.
        tz: the zone for floating times and all-day events.
        limit: most occurrences to keep; the earliest are kept.

    Returns:
        The occurrences, and "" or a label such as "FREQ=MINUTELY" when capped.

    Raises:
        ics_rules.Unexpandable: the series is too large to expand at all.
    """
    window_days = (end - start) / _DAY
    bound, freq = 0.0, ""
    for event in events:
        event_bound, event_freq, event.shift = plan(event.component, start, window_days, tz)
        bound, freq = bound + event_bound, freq or event_freq
    series = _Series(events)
    if bound <= limit:
        hits = list(series.between(start, end))
        more = len(hits) > limit
        if more:
            hits = sorted(hits, key=lambda hit: instant(hit.start, tz))[:limit]
    else:
        hits, more = _bounded(series, start, end, bound, limit, tz)
    label = (f"FREQ={freq}" if freq else "recurring") if more else ""
    return _convert(hits, tz), label


def _bounded(
    series: _Series, start: datetime, end: datetime, bound: float, limit: int, tz: tzinfo
) -> tuple[list[_Hit], bool]:
    """The first `limit` occurrences, expanding the window piece by piece.

    The library computes a whole window at once, so an exploding series is asked for a
    slice expected to hold about `limit` occurrences, then for slices sized by what the
    previous one held, until there are enough.
    """
    begin = max(start, min(instant(event.start, tz) for event in series.components))
    size = max((end - start) * min(1.0, 1.1 * (limit + 1) / bound), _SLICE)
    kept: list[_Hit] = []
    low, high = start, _advance(begin, size, end)
    while low < end and len(kept) <= limit:
        # An occurrence that started in an earlier slice was returned there already.
        chunk = [
            hit
            for hit in series.between(low, high)
            if low is start or instant(hit.start, tz) >= low
        ]
        chunk.sort(key=lambda hit: instant(hit.start, tz))
        kept.extend(chunk)
        needed = limit + 1 - len(kept)
        # Density is measured from the series' first start, not from the window's.
        size = (high - max(low, begin)) * (1.2 * needed / len(chunk) if chunk else 2.0)
        low, high = high, _advance(high, max(size, _SLICE), end)
    return kept[:limit], len(kept) > limit


def _advance(point: datetime, size: timedelta, end: datetime) -> datetime:
    """`point + size`, but no further than `end` (a slice may grow past the year 9999)."""
    return end if size >= end - point else point + size


def _convert(hits: Iterable[_Hit], tz: tzinfo) -> list[Occurrence]:
    """Library occurrences to ictime's, reusing each component's prepared values."""
    result: list[Occurrence] = []
    append = result.append
    for hit in hits:
        event = hit.event
        uid, summary = event.head or event.prepare(tz)
        start, end = hit.start, hit.end
        recurrence_id = None
        if event.recurring:
            if event.own_rid is not None and start == event.start:
                recurrence_id = event.own_rid
            else:
                recurrence_id = recurrence_text(start - event.move, tz)
        if isinstance(start, datetime):
            all_day = False
            if start.tzinfo is None:
                start = start.replace(tzinfo=tz)
            end = instant(end, tz)
        else:
            all_day = True
            start, end = instant(start, tz), instant(end, tz)
            if end <= start:
                end = start + _DAY
        append(Occurrence(uid, recurrence_id, summary, start, end, all_day, *event.tail))
    return result


def _address(value: object) -> str:
    return normalise_email(clean_text(value))


def _categories(value: object) -> tuple[str, ...]:
    """CATEGORIES may repeat and each may list several, comma separated."""
    if value is None:
        return ()
    found: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        names = getattr(item, "cats", None)
        for name in names if names is not None else str(item).split(","):
            text = clean_text(name).strip()
            if text and text not in found:
                found.append(text)
    return tuple(found)


def _attendees(value: object) -> tuple[Attendee, ...]:
    if value is None:
        return ()
    found: dict[str, Attendee] = {}
    for item in value if isinstance(value, list) else [value]:
        email = _address(item)
        if email and email not in found:
            params = getattr(item, "params", {})
            partstat = clean_text(params.get("PARTSTAT", "")).strip().upper() or "NEEDS-ACTION"
            found[email] = Attendee(email, partstat, clean_text(params.get("CN", "")).strip())
    return tuple(found.values())
