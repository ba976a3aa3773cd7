"""A deterministic generator of a busy synthetic calendar (~30 meetings a week) for benchmarks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HOME = "America/New_York"
ME = "bench.user@corp.example"
LAST_DAY = date(2026, 12, 31)
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")
OTHER_ZONES = ("Europe/London", "Europe/Berlin", "Asia/Kolkata")

_VTIMEZONES = {
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "19700308T020000", "2SU", "3", "1SU"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "19700329T010000", "-1SU", "3", "-1SU"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "19700329T020000", "-1SU", "3", "-1SU"),
}

_TOPICS = (
    "API review",
    "Roadmap sync",
    "Incident review",
    "Design review",
    "Hiring sync",
    "Coffee chat",
    "Interview",
    "Vendor call",
    "Architecture council",
    "Customer escalation",
    "Launch readiness",
    "Brown bag",
    "Catch up",
    "Pairing",
    "Onboarding",
    "Budget review",
)
_HOLDS = ("Focus time", "Prototype", "Deep work: migration", "Hold", "Write design doc")
_DAYS_OFF = ("PTO", "Vacation", "OOO", "Sick day")
_REMINDERS = ("Perf review due", "Release freeze", "Expense report", "On-call handoff")


@dataclass
class SynthEvent:
    """One VEVENT to write; times are naive local times in `tz`."""

    uid: str
    summary: str
    start: datetime | date
    end: datetime | date
    tz: str = HOME
    attendees: list[tuple[str, str]] = field(default_factory=list)
    organizer: str = ""
    rrule: str = ""
    exdates: list[datetime] = field(default_factory=list)
    recurrence_id: datetime | None = None
    status: str = "CONFIRMED"
    transparent: bool = False
    description: str = ""
    use_duration: bool = False
    utc: bool = False
    sequence: int = 0


class _Synth:
    """Builds the event list for one calendar, driven by one seeded `random.Random`."""

    def __init__(self, years: int, seed: int) -> None:
        self.rng = random.Random(seed)
        first = date(LAST_DAY.year - years + 1, 1, 1)
        self.first_monday = first + timedelta(days=(7 - first.weekday()) % 7)
        self.weeks = (LAST_DAY - self.first_monday).days // 7 + 1
        self.people = [f"colleague{n:03d}@corp.example" for n in range(150)]
        self.events: list[SynthEvent] = []
        self.serial = 0

    def uid(self) -> str:
        self.serial += 1
        return f"{self.rng.getrandbits(64):016x}{self.serial:06d}@google.com"

    def invitees(self, low: int, high: int) -> list[tuple[str, str]]:
        chosen = self.rng.sample(self.people, self.rng.randint(low, high))
        others = [(email, self.rng.choice(("ACCEPTED",) * 6 + ("TENTATIVE",))) for email in chosen]
        mine = self.rng.choices(
            ("ACCEPTED", "TENTATIVE", "NEEDS-ACTION", "DECLINED"), (85, 5, 5, 5)
        )[0]
        return [(ME, mine), *others]

    def description(self) -> str:
        if self.rng.random() < 0.4:
            return ""
        words = self.rng.choices(_TOPICS, k=self.rng.randint(3, 12))
        return f"Agenda: {'; '.join(words)}.\nJoin: https://meet.example.com/{self.serial:x}"

    def build(self) -> list[SynthEvent]:
        self.series()
        for week in range(self.weeks):
            monday = self.first_monday + timedelta(weeks=week)
            self.singles(monday)
            self.all_days(monday)
        return self.events

    # -- recurring series --------------------------------------------------------------

    def series(self) -> None:
        """Series come and go over the span, like a real calendar's; a few never end."""
        end = self.first_monday + timedelta(weeks=self.weeks)
        self.add_series(
            "Engineering all-hands", self.first_monday, None, "monthly", time(16), 60, 30, 60
        )
        kinds: list[tuple[str, str, int, int, int, int, int]] = [
            # title, frequency, minutes, min/max people, min/max weeks alive
            ("Daily standup", "daily", 15, 5, 8, 20, 40),
            ("1:1", "weekly", 30, 1, 1, 12, 60),
            ("1:1", "weekly", 30, 1, 1, 12, 60),
            ("1:1", "biweekly", 30, 1, 1, 12, 60),
            ("Team sync", "weekly", 45, 4, 10, 12, 50),
            ("Program sync", "weekly", 30, 3, 8, 8, 30),
            ("Sprint planning", "biweekly", 60, 6, 9, 20, 60),
            ("Cross-site sync", "weekly", 30, 2, 5, 10, 40),
            ("Reading group", "weekly", 60, 3, 12, 10, 30),
            ("Skip-level", "monthly", 45, 1, 1, 20, 60),
        ]
        for title, freq, minutes, low, high, min_weeks, max_weeks in kinds:
            cursor = self.first_monday - timedelta(weeks=self.rng.randint(0, 8))
            while cursor < end:
                weeks_alive = self.rng.randint(min_weeks, max_weeks)
                until: date | None = cursor + timedelta(weeks=weeks_alive)
                # A series started in the last year may run on with no end, as real ones do.
                if until is not None and until >= end and self.rng.random() < 0.5:
                    until = None
                start_time = time(self.rng.choice((9, 10, 11, 13, 14, 15, 16)), 0)
                if freq == "daily":
                    start_time = time(9, 30)
                self.add_series(
                    f"{title} ({self.serial})",
                    max(cursor, self.first_monday),
                    until,
                    freq,
                    start_time,
                    minutes,
                    low,
                    high,
                    zone=OTHER_ZONES[0] if title == "Cross-site sync" else HOME,
                )
                cursor = (until or end) + timedelta(days=self.rng.randint(0, 10))

    def add_series(
        self,
        title: str,
        first: date,
        until: date | None,
        freq: str,
        start_time: time,
        minutes: int,
        low: int,
        high: int,
        *,
        zone: str = HOME,
    ) -> None:
        # DTSTART is always an occurrence of its own rule (RFC 5545 leaves the rest undefined).
        weekday = 0 if freq == "daily" else self.rng.randrange(5)
        day = first + timedelta(days=(weekday - first.weekday()) % 7)
        if freq == "monthly":
            day = _first_weekday_of_month(day, weekday)
        if freq == "daily":
            rule = "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"
        elif freq == "weekly":
            rule = f"FREQ=WEEKLY;BYDAY={WEEKDAYS[weekday]}"
        elif freq == "biweekly":
            rule = f"FREQ=WEEKLY;INTERVAL=2;BYDAY={WEEKDAYS[weekday]}"
        else:
            rule = f"FREQ=MONTHLY;BYDAY=1{WEEKDAYS[weekday]}"
        if zone != HOME:
            # The same instant as start_time in New York, written in the other zone.
            start_time = _convert(datetime.combine(day, start_time), HOME, zone).time()
        start = datetime.combine(day, start_time)
        stop = min(until or LAST_DAY, LAST_DAY)
        if until is not None:
            last_instant = datetime.combine(until, time(23, 59, 59), ZoneInfo(zone))
            rule = f"{rule};UNTIL={last_instant.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        master = SynthEvent(
            uid=self.uid(),
            summary=title,
            start=start,
            end=start + timedelta(minutes=minutes),
            tz=zone,
            attendees=self.invitees(low, high),
            organizer=self.rng.choice(self.people),
            rrule=rule,
            description=self.description(),
        )
        self.events.append(master)
        if freq == "monthly":
            return
        for occurrence in _occurrences(start, stop, freq):
            roll = self.rng.random()
            if roll < 0.02:
                master.exdates.append(occurrence)
            elif roll < 0.04:
                self.override(master, occurrence, minutes, cancelled=roll < 0.027)

    def override(
        self, master: SynthEvent, occurrence: datetime, minutes: int, *, cancelled: bool
    ) -> None:
        moved = occurrence + timedelta(minutes=self.rng.choice((-60, -30, 30, 60, 90, 1440)))
        start = occurrence if cancelled else moved
        self.events.append(
            SynthEvent(
                uid=master.uid,
                summary=master.summary,
                start=start,
                end=start + timedelta(minutes=minutes),
                tz=master.tz,
                attendees=master.attendees,
                organizer=master.organizer,
                recurrence_id=occurrence,
                status="CANCELLED" if cancelled else "CONFIRMED",
                description=master.description,
            )
        )

    # -- one-off events ----------------------------------------------------------------

    def singles(self, monday: date) -> None:
        """About 20 one-off meetings and 3 solo holds a week, on working days."""
        for offset in range(5):
            day = monday + timedelta(days=offset)
            for _ in range(self.rng.choice((2, 3, 4, 4, 4, 5, 6))):
                self.single(day, meeting=True)
            if self.rng.random() < 0.6:
                self.single(day, meeting=False)

    def single(self, day: date, *, meeting: bool) -> None:
        start = datetime.combine(day, time(self.rng.randint(8, 17), self.rng.choice((0, 30))))
        minutes = self.rng.choice((15, 25, 30, 30, 45, 60, 60, 90) if meeting else (60, 120, 180))
        event = SynthEvent(
            uid=self.uid(),
            summary=self.rng.choice(_TOPICS if meeting else _HOLDS),
            start=start,
            end=start + timedelta(minutes=minutes),
            description=self.description() if meeting else "",
        )
        if meeting:
            event.attendees = self.invitees(1, 8)
            event.organizer = self.rng.choice([ME, *self.people[:20]])
            event.status = "CANCELLED" if self.rng.random() < 0.03 else "CONFIRMED"
        roll = self.rng.random()
        if roll < 0.08:
            event.tz = self.rng.choice(OTHER_ZONES)
            event.start = _convert(start, HOME, event.tz)
            event.end = event.start + timedelta(minutes=minutes)
        elif roll < 0.12:
            event.utc = True
        event.use_duration = self.rng.random() < 0.05
        self.events.append(event)

    def all_days(self, monday: date) -> None:
        """Days off (sometimes several days long), and free reminders."""
        roll = self.rng.random()
        if roll < 0.25:
            first = monday + timedelta(days=self.rng.randrange(5))
            length = self.rng.choice((1, 1, 1, 2, 3, 5))
            self.events.append(
                SynthEvent(self.uid(), self.rng.choice(_DAYS_OFF), first, first + timedelta(length))
            )
        if self.rng.random() < 0.25:
            day = monday + timedelta(days=self.rng.randrange(5))
            self.events.append(
                SynthEvent(
                    self.uid(),
                    self.rng.choice(_REMINDERS),
                    day,
                    day + timedelta(days=1),
                    transparent=True,
                )
            )


def _convert(local: datetime, from_zone: str, to_zone: str) -> datetime:
    aware = local.replace(tzinfo=ZoneInfo(from_zone))
    return aware.astimezone(ZoneInfo(to_zone)).replace(tzinfo=None)


def _first_weekday_of_month(day: date, weekday: int) -> date:
    """The first `weekday` of `day`'s month, or of the next month when that is before `day`."""
    candidate = day.replace(day=1)
    while True:
        found = candidate + timedelta(days=(weekday - candidate.weekday()) % 7)
        if found >= day:
            return found
        candidate = (candidate + timedelta(days=32)).replace(day=1)


def _occurrences(start: datetime, stop: date, freq: str) -> Iterator[datetime]:
    """The series' occurrences (local times) up to `stop`, as its RRULE produces them."""
    step = timedelta(days=1 if freq == "daily" else 14 if freq == "biweekly" else 7)
    current = start
    while current.date() <= stop:
        if freq != "daily" or current.weekday() < 5:
            yield current
        current += step


def _fold(line: str) -> Iterator[str]:
    data = line.encode()
    limit = 75
    while len(data) > limit:
        cut = limit
        while data[cut] & 0xC0 == 0x80:
            cut -= 1
        yield data[:cut].decode()
        data = b" " + data[cut:]
        limit = 75
    yield data.decode()


def _text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _when(name: str, value: datetime | date, event: SynthEvent) -> str:
    if not isinstance(value, datetime):
        return f"{name};VALUE=DATE:{value:%Y%m%d}"
    if event.utc:
        instant = value.replace(tzinfo=ZoneInfo(event.tz)).astimezone(UTC)
        return f"{name}:{instant:%Y%m%dT%H%M%SZ}"
    return f"{name};TZID={event.tz}:{value:%Y%m%dT%H%M%S}"


def _event_lines(event: SynthEvent, stamp: str = "20261231T120000Z") -> Iterator[str]:
    yield "BEGIN:VEVENT"
    yield _when("DTSTART", event.start, event)
    if event.use_duration and isinstance(event.start, datetime):
        assert isinstance(event.end, datetime)
        yield f"DURATION:PT{int((event.end - event.start).total_seconds() // 60)}M"
    else:
        yield _when("DTEND", event.end, event)
    if event.rrule:
        yield f"RRULE:{event.rrule}"
    for exdate in event.exdates:
        yield _when("EXDATE", exdate, event)
    yield f"DTSTAMP:{stamp}"
    if event.sequence:
        yield f"SEQUENCE:{event.sequence}"
    if event.organizer:
        yield f"ORGANIZER;CN={event.organizer.split('@')[0]}:mailto:{event.organizer}"
    yield f"UID:{event.uid}"
    if event.recurrence_id is not None:
        yield _when("RECURRENCE-ID", event.recurrence_id, event)
    for email, partstat in event.attendees:
        yield (
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
            f"CN={email.split('@')[0]};X-NUM-GUESTS=0:mailto:{email}"
        )
    yield f"DESCRIPTION:{_text(event.description)}"
    yield f"STATUS:{event.status}"
    yield f"SUMMARY:{_text(event.summary)}"
    yield f"TRANSP:{'TRANSPARENT' if event.transparent else 'OPAQUE'}"
    yield "END:VEVENT"


def _vtimezone_lines() -> Iterator[str]:
    for zone, (
        std,
        dst,
        std_name,
        dst_name,
        dst_start,
        dst_day,
        dst_month,
        std_day,
    ) in _VTIMEZONES.items():
        std_month = "11" if zone == HOME else "10"
        std_start = "19701101T020000" if zone == HOME else "19701025T030000"
        yield from (
            "BEGIN:VTIMEZONE",
            f"TZID:{zone}",
            "BEGIN:DAYLIGHT",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            f"TZNAME:{dst_name}",
            f"DTSTART:{dst_start}",
            f"RRULE:FREQ=YEARLY;BYMONTH={dst_month};BYDAY={dst_day}",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            f"TZNAME:{std_name}",
            f"DTSTART:{std_start}",
            f"RRULE:FREQ=YEARLY;BYMONTH={std_month};BYDAY={std_day}",
            "END:STANDARD",
            "END:VTIMEZONE",
        )
    # Asia/Kolkata is left to the reader's zone database, as some exporters do.


def synth_calendar(years: int, *, seed: int = 2026) -> str:
    """The text of a synthetic calendar.

    Args:
        years: How many calendar years it spans, ending on 2026-12-31.
        seed: The seed of the generator; the same seed gives the same text.

    Returns:
        iCalendar text with CRLF line ends.
    """
    return render_events(build_events(years, seed=seed), "20261231T120000Z")


def build_events(years: int, *, seed: int = 2026) -> list[SynthEvent]:
    """The events of a synthetic calendar (`synth_calendar` writes them).

    Args:
        years: How many calendar years it spans, ending on 2026-12-31.
        seed: The seed of the generator.

    Returns:
        Its events, series overrides after their series.
    """
    return _Synth(years, seed).build()


def render_events(events: list[SynthEvent], stamp: str) -> str:
    """A calendar of these events, every DTSTAMP `stamp`, as Google exports it."""
    head = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ME}",
        f"X-WR-TIMEZONE:{HOME}",
    ]
    lines = [*head, *_vtimezone_lines()]
    for event in events:
        lines.extend(_event_lines(event, stamp))
    lines.append("END:VCALENDAR")
    return "".join(f"{folded}\r\n" for line in lines for folded in _fold(line))


def span(years: int) -> tuple[date, date]:
    """The first and last day a calendar of `years` years covers (inclusive)."""
    synth = _Synth(years, 0)
    return synth.first_monday, LAST_DAY


def write_calendar(path: Path, years: int, *, seed: int = 2026) -> Path:
    """Write a synthetic busy calendar of `years` years, ending 2026-12-31, to `path`.

    Args:
        path: The .ics file to write.
        years: How many calendar years it spans.
        seed: The seed of the generator.

    Returns:
        The path written.
    """
    path.write_bytes(synth_calendar(years, seed=seed).encode())
    return path
