"""A small calendar that changes from one export to the next, for the incremental import tests.

`Calendar` is a model (events, their overrides, a VTIMEZONE of the file's own, the header);
`render` writes it as an export would, every DTSTAMP set to the export's time; `apply` makes
one of the edits a person's week brings (retitle, move an instance or a series, cancel,
delete, add, add an override, change the VTIMEZONE, ...). Strategies draw both.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from hypothesis import strategies as st

TODAY = date(2026, 11, 25)
PEOPLE = ("me@corp.example", "ana@corp.example", "bo@corp.example")
ZONES = ("America/New_York", "Custom/Office", "UTC", "floating", "date")
RULES = (
    "",
    "",
    "FREQ=DAILY;COUNT=4",
    "FREQ=WEEKLY",
    "FREQ=DAILY",
    "FREQ=WEEKLY;UNTIL",
    "FREQ=DAILY;INTERVAL=2",
    "FREQ=WEEKLY;INTERVAL=0",
    "FREQ=DAILY;COUNT=-2",
    "EMPTY",
)
EDITS = (
    "retitle",
    "move_instance",
    "move_series",
    "cancel",
    "delete",
    "add",
    "add_override",
    "zone",
    "sequence",
    "reinvite",
    "break",
    "rename_calendar",
    "x_wr_timezone",
    "window",
    "restamp_only",
)


@dataclass(frozen=True)
class Override:
    """A moved, retitled or cancelled occurrence (a VEVENT with RECURRENCE-ID)."""

    start: datetime
    minutes: int
    summary: str
    cancelled: bool = False


@dataclass(frozen=True)
class Event:
    """One UID: a one-off event or a series, with its overrides."""

    uid: str
    summary: str
    start: datetime
    minutes: int
    zone: str
    rule: str = ""
    status: str = "CONFIRMED"
    sequence: int = 0
    attendees: tuple[str, ...] = ()
    overrides: tuple[tuple[datetime, Override], ...] = ()
    broken: bool = False


@dataclass(frozen=True)
class Calendar:
    """What one export holds."""

    events: tuple[Event, ...]
    office_offset: int = -5
    name: str | None = None
    x_wr_timezone: str | None = None
    stamp: int = 0
    today: date = TODAY
    serial: int = field(default=100)


def render(calendar: Calendar) -> bytes:
    """The calendar as an export writes it (CRLF lines, every DTSTAMP the export's time)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ictime tests//edits//EN"]
    if calendar.name:
        lines.append(f"X-WR-CALNAME:{calendar.name}")
    if calendar.x_wr_timezone:
        lines.append(f"X-WR-TIMEZONE:{calendar.x_wr_timezone}")
    offset = f"{'-' if calendar.office_offset < 0 else '+'}{abs(calendar.office_offset):02d}00"
    lines += [
        "BEGIN:VTIMEZONE",
        "TZID:Custom/Office",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        "TZNAME:OFC",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    stamp = (datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=calendar.stamp)).strftime(
        "%Y%m%dT%H%M%SZ"
    )
    for event in calendar.events:
        lines += _vevent(event, stamp, calendar.office_offset)
        for rid, override in event.overrides:
            lines += _override(event, rid, override, stamp)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def _vevent(event: Event, stamp: str, office_offset: int) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{stamp}"]
    lines += _times(event.zone, event.start, event.minutes, broken=event.broken)
    if event.rule == "EMPTY":
        lines.append("RRULE:")  # an exporter's way of saying "does not repeat"
    elif event.rule:
        rule = event.rule
        if rule.endswith("UNTIL"):
            rule += "=" + _until(event, office_offset)
        lines.append(f"RRULE:{rule}")
    lines += [
        f"SUMMARY:{event.summary}",
        f"STATUS:{event.status}",
        f"SEQUENCE:{event.sequence}",
    ]
    if event.attendees:
        lines.append(f"ORGANIZER:mailto:{event.attendees[0]}")
        lines += [f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{a}" for a in event.attendees]
    lines.append("END:VEVENT")
    return lines


def _override(event: Event, rid: datetime, override: Override, stamp: str) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{stamp}"]
    lines.append(_time("RECURRENCE-ID", event.zone, rid))
    lines += _times(event.zone, override.start, override.minutes)
    lines += [
        f"SUMMARY:{override.summary}",
        f"STATUS:{'CANCELLED' if override.cancelled else 'CONFIRMED'}",
        f"SEQUENCE:{event.sequence}",
        "END:VEVENT",
    ]
    return lines


def _times(zone: str, start: datetime, minutes: int, *, broken: bool = False) -> list[str]:
    if zone == "date":
        end: datetime = start + timedelta(days=1)
    else:
        end = start + timedelta(minutes=-minutes if broken else minutes)
    return [_time("DTSTART", zone, start), _time("DTEND", zone, end)]


def _time(name: str, zone: str, value: datetime) -> str:
    if zone == "date":
        return f"{name};VALUE=DATE:{value:%Y%m%d}"
    if zone == "UTC":
        return f"{name}:{value:%Y%m%dT%H%M%S}Z"
    if zone == "floating":
        return f"{name}:{value:%Y%m%dT%H%M%S}"
    return f"{name};TZID={zone}:{value:%Y%m%dT%H%M%S}"


def _until(event: Event, office_offset: int) -> str:
    last = event.start + timedelta(weeks=6)
    if event.zone == "date":
        return f"{last:%Y%m%d}"
    if event.zone == "floating":
        return f"{last:%Y%m%dT%H%M%S}"
    hours = {"America/New_York": -5, "Custom/Office": office_offset}.get(event.zone, 0)
    return f"{last - timedelta(hours=hours):%Y%m%dT%H%M%S}Z"


def occurrence(event: Event, number: int) -> datetime:
    """The start of the series' occurrence `number` (for daily or weekly rules)."""
    step = timedelta(weeks=1) if "WEEKLY" in event.rule else timedelta(days=1)
    return event.start + step * number


def apply(calendar: Calendar, edit: tuple[str, int, int]) -> Calendar:
    """The next export: one edit, and every event restamped."""
    kind, index, amount = edit
    calendar = replace(calendar, stamp=calendar.stamp + 1 + amount)
    if kind == "window":
        return replace(calendar, today=calendar.today + timedelta(days=amount % 15))
    if kind == "zone":
        offsets = (-5, -4, 1)
        return replace(calendar, office_offset=offsets[amount % 3])
    if kind == "rename_calendar":
        names = (None, "me@corp.example", "Team")
        return replace(calendar, name=names[amount % 3])
    if kind == "x_wr_timezone":
        zones = (None, "Europe/Berlin", "America/New_York")
        return replace(calendar, x_wr_timezone=zones[amount % 3])
    if kind == "add":
        serial = calendar.serial + 1
        event = new_event(serial, amount, index)
        return replace(calendar, events=(*calendar.events, event), serial=serial)
    if not calendar.events or kind == "restamp_only":
        return calendar
    position = index % len(calendar.events)
    event = calendar.events[position]
    events = list(calendar.events)
    if kind == "delete":
        del events[position]
        return replace(calendar, events=tuple(events))
    events[position] = _edited(event, kind, amount)
    return replace(calendar, events=tuple(events))


def _edited(event: Event, kind: str, amount: int) -> Event:
    if kind == "retitle":
        return replace(event, summary=f"{event.summary} v{amount}")
    if kind == "cancel":
        return replace(event, status="CANCELLED")
    if kind == "sequence":
        return replace(event, sequence=event.sequence + 1)
    if kind == "reinvite":
        return replace(event, attendees=PEOPLE[amount % 3 :] + PEOPLE[: amount % 2])
    if kind == "break":
        return replace(event, broken=not event.broken)
    if kind == "move_series" or (kind == "move_instance" and not event.rule):
        shift = timedelta(days=amount % 7 - 3, hours=amount % 3)
        return replace(event, start=event.start + shift)
    rid = occurrence(event, amount % 5)
    moved = rid + timedelta(hours=1 + amount % 4) if kind == "move_instance" else rid
    override = Override(
        moved,
        event.minutes,
        f"{event.summary} (moved)" if kind == "move_instance" else event.summary,
        cancelled=kind == "add_override" and amount % 2 == 0,
    )
    overrides = dict(event.overrides)
    overrides[rid] = override
    return replace(event, overrides=tuple(sorted(overrides.items())))


def new_event(serial: int, amount: int, index: int) -> Event:
    """An event drawn from two numbers (for edits that add one)."""
    zone = ZONES[index % len(ZONES)]
    start = datetime.combine(TODAY, datetime.min.time()) + timedelta(
        days=amount % 80 - 40, hours=7 + index % 12
    )
    if zone == "date":
        start = start.replace(hour=0)
    return Event(
        uid=f"event-{serial}@tests",
        summary=f"Event {serial}",
        start=start,
        minutes=(30, 60, 90)[amount % 3],
        zone=zone,
        rule=RULES[(amount + index) % len(RULES)],
        attendees=PEOPLE[: amount % 4],
    )


@st.composite
def calendars(draw: st.DrawFn) -> Calendar:
    """A first export: a few events and series, some with overrides or broken."""
    count = draw(st.integers(1, 6))
    events = []
    for serial in range(count):
        event = new_event(serial, draw(st.integers(0, 200)), draw(st.integers(0, 60)))
        if draw(st.integers(0, 9)) == 0:
            event = replace(event, broken=True)
        if event.rule and draw(st.booleans()):
            event = _edited(event, "add_override", draw(st.integers(0, 20)))
        events.append(event)
    return Calendar(
        events=tuple(events),
        name=draw(st.sampled_from((None, "me@corp.example", "Team"))),
        x_wr_timezone=draw(st.sampled_from((None, None, "Europe/Berlin"))),
    )


def edits() -> st.SearchStrategy[list[tuple[str, int, int]]]:
    """A few weeks of edits, one per export."""
    # The window moves every week: the most common edit.
    kinds = st.one_of(st.sampled_from(EDITS), st.just("window"))
    edit = st.tuples(kinds, st.integers(0, 60), st.integers(0, 60))
    return st.lists(edit, min_size=1, max_size=5)
