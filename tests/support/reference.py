"""ictime's reader against recurring-ical-events (the reference), one calendar file at a time.

Both read the same bytes over the same wide window, and each side's occurrences become rows
`(uid, recurrence id, start, end)` that compare exactly:

- The window is [2000-01-01, 2030-12-31) in `ZONE`. The reference reads a naive window in
  each event's own zone, so it is asked for two more days at each end and its occurrences
  are then kept by the rule it uses itself, applied to instants: an occurrence with a length
  is kept when it starts before the window ends and ends after it starts; one without a
  length when it starts inside the window.
- Floating times are that wall time in `ZONE`; all-day dates are midnight in `ZONE`, and an
  all-day occurrence whose end is not after its start covers its start day (ictime's rule).
  Start and end are compared as whole epoch seconds, as the store keeps them.
- The UID is the UID text without surrounding blanks; an event without a UID (or with a
  blank one) has the UID "" on both sides (ictime makes one up, the reference uses the
  component's Python id or the blank text).
- The recurrence id is None for a one-off event (no RRULE, RDATE or RECURRENCE-ID, as
  ictime stores it); else the event's own RECURRENCE-ID for an occurrence that is that
  component, and for a generated occurrence the slot it was generated for (its start, less
  a THISANDFUTURE move), in UTC ("…Z") or as a date.
- icalendar's memory of VTIMEZONEs read before (process-wide) is emptied before each read.
- X-WR-TIMEZONE is applied as ictime applies it (a Windows zone name is mapped) before the
  reference reads the calendar; the reference is otherwise used as published:
  `recurring_ical_events.of(calendar)` with its defaults.
- ictime's side is what its import stores: `parse_calendar` with its default cap of 5000
  occurrences per series, rows keyed by (uid, recurrence id), the last one winning. The
  reference has no cap, so each series' rows are cut to their earliest 5000 there too.

Occurrences are read through `CalendarQuery._occurrences_between`, the method `between`
itself calls, because the components `between` returns no longer tell a generated
occurrence from the event's own.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
import x_wr_timezone
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ictime.config import ImportSettings
from ictime.ics import IcsError, parse_calendar
from ictime.ics.zones import ZoneNames

ZONE = ZoneInfo("America/New_York")
"""The zone of floating times, all-day dates and the window."""
WINDOW_START = datetime(2000, 1, 1, tzinfo=ZONE)
WINDOW_END = datetime(2030, 12, 31, tzinfo=ZONE)
_PAD = timedelta(days=2)
_DAY = timedelta(days=1)
_MADE_UP_UID = "ictime-no-uid-"
_BLANK_UID = re.compile(rb"^UID:[ \t]*(\r?\n)", re.MULTILINE)
_TZID_PARAM = re.compile(rb';TZID=("[^"\r\n]*"|[^;:\r\n]*)')
CAP = ImportSettings().max_occurrences_per_series
"""ictime's cap on occurrences per series (its default), applied to the reference's rows too."""

Row = tuple[str, str | None, int, int]
"""(uid, recurrence id, start, end): one stored occurrence, times in epoch seconds."""


class ReferenceFailed(Exception):
    """The reference could not read or expand the file; the message says why."""


@dataclass
class Comparison:
    """One file read by both sides."""

    reference: frozenset[Row] | None
    """The reference's rows, None when it failed (see `reference_error`)."""
    reference_error: str = ""
    ictime: frozenset[Row] | None = None
    """ictime's rows, None when it refused the file (see `ictime_error`)."""
    ictime_error: str = ""
    corrected: frozenset[Row] | None = None
    """The reference's rows from `deliberate_input`, when that differs from the file."""
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def compared(self) -> bool:
        """Whether the reference expanded at least one occurrence: the files that count."""
        return bool(self.reference)

    @property
    def same(self) -> bool:
        """Whether ictime stores exactly what the reference expands."""
        return self.reference is not None and self.reference == (self.ictime or frozenset())

    @property
    def explained(self) -> bool:
        """Whether ictime stores what the reference expands when given ictime's readings.

        Those are the deliberate differences (see `deliberate_input`): a TZID that ictime
        resolves and the reference reads as floating, and events with a blank UID, which
        the reference merges into one series.
        """
        return self.corrected is not None and self.corrected == (self.ictime or frozenset())

    @property
    def missing(self) -> frozenset[Row]:
        """Rows the reference has and ictime does not."""
        return (self.reference or frozenset()) - (self.ictime or frozenset())

    @property
    def extra(self) -> frozenset[Row]:
        """Rows ictime has and the reference does not."""
        return (self.ictime or frozenset()) - (self.reference or frozenset())


def compare(data: bytes) -> Comparison:
    """Read `data` with the reference and with ictime.

    Args:
        data: the file's bytes.

    Returns:
        Both sides' rows, or why either side read nothing.
    """
    result = read_with_reference(data)
    read_with_ictime(data, result)
    return result


def read_with_reference(data: bytes) -> Comparison:
    """The reference's side of a comparison: its rows, and those given ictime's readings."""
    try:
        result = Comparison(reference_rows(data))
    except ReferenceFailed as exc:
        return Comparison(None, str(exc))
    changed = deliberate_input(data)
    if changed is not None:
        with contextlib.suppress(ReferenceFailed):
            result.corrected = reference_rows(changed)
    return result


def deliberate_input(data: bytes) -> bytes | None:
    """The file as ictime deliberately reads it where the reference reads it otherwise.

    A TZID that icalendar cannot resolve and ictime can (a VTIMEZONE's TZID with other
    spacing or case, an IANA name or Windows id so written, an Outlook display name) is
    replaced by the name ictime resolves it to; a blank UID by a unique one (which compares
    as "", like the UIDs ictime makes up).

    Args:
        data: the file's bytes.

    Returns:
        The changed bytes, or None when nothing changes (or the file does not parse).
    """
    changed = _BLANK_UID.sub(_unique_uid(), data)
    try:
        icalendar.use_zoneinfo()  # type: ignore[no-untyped-call]
        calendar = icalendar.Calendar.from_ical(data)
    except Exception:  # the reference cannot read it either
        return changed if changed != data else None
    names = ZoneNames(calendar)

    def replace(match: re.Match[bytes]) -> bytes:
        # icalendar reads a parameter without the blanks around it.
        tzid = match.group(1).decode("utf-8", "replace").strip().strip('"')
        if tzp.timezone(tzid) is not None:
            return match.group(0)
        name = names.name(tzid)
        return match.group(0) if name is None else f';TZID="{name}"'.encode()

    changed = _TZID_PARAM.sub(replace, changed)
    return changed if changed != data else None


def _unique_uid() -> Callable[[re.Match[bytes]], bytes]:
    count = 0

    def uid(match: re.Match[bytes]) -> bytes:
        nonlocal count
        count += 1
        return f"UID:{_MADE_UP_UID}blank-{count}".encode() + match.group(1)

    return uid


def read_with_ictime(data: bytes, result: Comparison) -> None:
    """Fill in ictime's side of `result`: its rows, or why it refused the file."""
    try:
        parsed = parse_calendar(
            data,
            window_start=WINDOW_START,
            window_end=WINDOW_END,
            default_tz=ZONE,
            max_occurrences_per_series=CAP,
        )
    except IcsError as exc:
        result.ictime_error = str(exc)
        return
    rows: dict[tuple[str, str | None], Row] = {}
    for occurrence in parsed.occurrences:
        key = (occurrence.uid, occurrence.recurrence_id)
        uid = "" if occurrence.uid.startswith(_MADE_UP_UID) else occurrence.uid
        start, end = int(occurrence.start.timestamp()), int(occurrence.end.timestamp())
        rows[key] = (uid, occurrence.recurrence_id, start, end)
    result.ictime = frozenset(rows.values())
    result.skipped = [f"{item.uid}: {item.reason}" for item in parsed.skipped]
    result.warnings = list(parsed.warnings)


def reference_rows(data: bytes) -> frozenset[Row]:
    """The rows recurring-ical-events expands from `data` in the window.

    Args:
        data: the file's bytes.

    Returns:
        The rows.

    Raises:
        ReferenceFailed: icalendar or recurring-ical-events raised.
    """
    try:
        icalendar.use_zoneinfo()  # type: ignore[no-untyped-call]  # forget other files' zones
        calendar = _standard(icalendar.Calendar.from_ical(data))
        query = recurring_ical_events.of(calendar)
        occurrences = query._occurrences_between(
            WINDOW_START.replace(tzinfo=None) - _PAD, WINDOW_END.replace(tzinfo=None) + _PAD
        )
        # Keyed by series (the library's UID: a UID-less event's is its Python id).
        rows = {(occurrence.uid, _row(occurrence)) for occurrence in occurrences}
    except Exception as exc:  # whatever the reference raises, it did not read the file
        raise ReferenceFailed(f"{type(exc).__name__}: {exc}") from exc
    series: dict[str, list[Row]] = {}
    for key, row in rows:
        if row is not None:
            series.setdefault(key, []).append(row)
    return frozenset(row for found in series.values() for row in sorted(found, key=_start)[:CAP])


def _start(row: Row) -> int:
    return row[2]


def _standard(calendar: Any) -> Any:
    """Apply X-WR-TIMEZONE the way ictime does, and take it off so it is not applied twice."""
    name = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    if not name:
        return calendar
    try:
        zone = ZoneInfo(WINDOWS_TO_OLSON.get(name, name))
    except (ZoneInfoNotFoundError, ValueError):
        result = calendar
    else:
        result = x_wr_timezone.to_standard(calendar, timezone=zone)
    if result is calendar:
        result = calendar.copy()
        result.subcomponents = calendar.subcomponents
    del result["X-WR-TIMEZONE"]
    return result


def _row(occurrence: Any) -> Row | None:
    """The occurrence's row, or None when it lies outside the window."""
    adapter = occurrence._adapter
    component = adapter._component
    start, end = instant(occurrence.start), instant(occurrence.end)
    if not isinstance(occurrence.start, datetime) and end <= start:
        end = start + _DAY
    if start == end:
        if not WINDOW_START <= start < WINDOW_END:
            return None
    elif not (start < WINDOW_END and end > WINDOW_START):
        return None
    uid = str(component.get("UID", "")).strip()
    uid = "" if uid.startswith(_MADE_UP_UID) else uid
    recurrence_id: str | None = None
    if any(name in component for name in ("RRULE", "RDATE", "RECURRENCE-ID")):
        if "RECURRENCE-ID" in component and occurrence.start == adapter.start:
            recurrence_id = recurrence_text(component["RECURRENCE-ID"].dt)
        else:
            recurrence_id = recurrence_text(occurrence.start - adapter.move_recurrences_by)
    return (uid, recurrence_id, int(start.timestamp()), int(end.timestamp()))


def instant(value: date) -> datetime:
    """A date (midnight), floating time or aware time as an aware datetime, in `ZONE`."""
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=ZONE)
    return value.replace(tzinfo=ZONE) if value.tzinfo is None else value


def recurrence_text(value: date) -> str:
    """A recurrence id as ictime writes it: "2026-11-24T14:00:00Z", or "2026-11-24"."""
    if not isinstance(value, datetime):
        return value.isoformat()
    utc = instant(value).astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="seconds") + "Z"
