"""Blocks for the analysis tests, in local wall-clock terms, and a week of days to put them on."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ictime.model import Block
from support import BERLIN

# A week without a DST change in Berlin: Monday 2 March to Sunday 8 March 2026.
MON = date(2026, 3, 2)
TUE, WED, THU, FRI, SAT, SUN = (MON + timedelta(days=n) for n in range(1, 7))

_ids = itertools.count()


def at(day: date, hhmm: str, zone: ZoneInfo = BERLIN) -> datetime:
    """An aware local datetime from a day and "HH:MM"."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return datetime.combine(day, time(hours, minutes), zone)


def block(
    day: date,
    start: str,
    end: str,
    *,
    category: str = "communication",
    attendees: int = 0,
    counted: bool = True,
    summary: str = "",
    uid: str | None = None,
    recurring: bool = False,
    emails: tuple[str, ...] = (),
    end_day: date | None = None,
    zone: ZoneInfo = BERLIN,
    partstat: str = "ACCEPTED",
    reason: str = "",
    block_id: str | None = None,
) -> Block:
    """A timed block from local "HH:MM" times; `end_day` for blocks that cross midnight."""
    ident = block_id or f"b{next(_ids):05d}"
    return Block(
        id=ident,
        uid=uid or ident,
        recurrence_id=None,
        calendar="work",
        summary=summary or f"{category} {start}",
        start=at(day, start, zone),
        end=at(end_day or day, end, zone),
        all_day=False,
        status="CONFIRMED",
        my_partstat=partstat,
        attendees=attendees,
        counted=counted,
        category=category,
        tag_source="rule",
        rule=None,
        recurring=recurring,
        attendee_emails=emails,
        not_counted_reason=reason,
    )


def all_day(
    first: date,
    last: date,
    summary: str,
    *,
    partstat: str = "ACCEPTED",
    status: str = "CONFIRMED",
    reason: str = "all_day",
    zone: ZoneInfo = BERLIN,
) -> Block:
    """An all-day block covering `first`..`last` inclusive, as the importer stores it."""
    ident = f"b{next(_ids):05d}"
    return Block(
        id=ident,
        uid=ident,
        recurrence_id=None,
        calendar="work",
        summary=summary,
        start=datetime.combine(first, time(0), zone),
        end=datetime.combine(last + timedelta(days=1), time(0), zone),
        all_day=True,
        status=status,
        my_partstat=partstat,
        attendees=0,
        counted=False,
        category="untagged",
        tag_source="none",
        rule=None,
        not_counted_reason=reason,
    )
