"""Relationship hygiene: people met one-to-one regularly who have not been met lately."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise
from statistics import median

from ictime.analysis.results import LapsedRelationship
from ictime.classify import infer_me, normalise_email
from ictime.config import Config
from ictime.model import Block


def _other_person(block: Block, me: frozenset[str]) -> str | None:
    if not block.is_meeting or block.all_day or block.attendees != 1:
        return None
    # The organizer is another attendee even when the ATTENDEE list leaves them out.
    others = {email.lower() for email in (*block.attendee_emails, block.organizer) if email}
    others -= me
    return next(iter(others)) if len(others) == 1 else None


def lapsed_relationships(
    blocks: Sequence[Block],
    config: Config,
    today: date,
    *,
    lookback_weeks: int = 26,
    min_meetings: int = 3,
) -> list[LapsedRelationship]:
    """People with a regular one-to-one whose last one is `lapsed_relationship_weeks` old.

    A one-to-one is a counted timed meeting with exactly one other attendee: the attendee (or
    organizer) address that is not mine (`config.me_emails`, else inferred as the most
    frequent attendee). "Regular" means at least `min_meetings` one-to-ones on distinct days
    within the `lookback_weeks` up to today. Group meetings do not keep a relationship alive.

    Args:
        blocks: blocks covering at least the lookback window (later ones find the next 1:1).
        config: supplies the zone, my addresses and the lapse in weeks.
        today: the local day the question is asked on.
        lookback_weeks: how far back a regular one-to-one is looked for.
        min_meetings: the fewest one-to-ones that make a relationship regular.

    Returns:
        The lapsed relationships, longest lapsed first.
    """
    zone = config.timezone
    me = frozenset(map(normalise_email, config.me_emails)) or frozenset(infer_me(None, blocks)[0])
    horizon = today - timedelta(weeks=lookback_weeks)
    met: dict[str, set[date]] = {}
    latest_summary: dict[str, tuple[date, str]] = {}
    upcoming: dict[str, date] = {}
    for block in blocks:
        person = _other_person(block, me)
        if person is None:
            continue
        day = block.start.astimezone(zone).date()
        if day > today:
            upcoming[person] = min(day, upcoming.get(person, day))
        elif day >= horizon:
            met.setdefault(person, set()).add(day)
            if day >= latest_summary.get(person, (date.min, ""))[0]:
                latest_summary[person] = (day, block.summary)
    lapse_days = 7 * config.lapsed_relationship_weeks
    lapsed: list[LapsedRelationship] = []
    for person, days in met.items():
        ordered = sorted(days)
        since = (today - ordered[-1]).days
        if len(ordered) < min_meetings or since < lapse_days:
            continue
        lapsed.append(
            LapsedRelationship(
                email=person,
                last_met=ordered[-1],
                weeks_since=since // 7,
                meetings=len(ordered),
                typical_gap_days=round(median((b - a).days for a, b in pairwise(ordered))),
                summary=latest_summary[person][1],
                next_meeting=upcoming.get(person),
            )
        )
    lapsed.sort(key=lambda person: (person.last_met, person.email))
    return lapsed
