"""Lapsed relationships: regular one-to-ones that stopped, found from attendee lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ictime.analysis import lapsed_relationships
from ictime.config import Config
from ictime.model import Block
from support import BERLIN, ME
from support.blocks import block

CONFIG = Config(timezone=BERLIN, me_emails=(ME,))
TODAY = date(2026, 3, 27)  # a Friday; four weeks back is Friday 27 February


def one_to_one(day: date, person: str) -> Block:
    """A half-hour one-to-one with `person`, my address on the list too."""
    return block(
        day,
        "10:00",
        "10:30",
        category="relationships",
        attendees=1,
        emails=(ME, person),
        summary=f"1:1 {person.split('@')[0]}",
    )


def weekly(first: date, count: int, person: str) -> list[Block]:
    """`count` weekly one-to-ones from `first`."""
    return [one_to_one(first + timedelta(weeks=n), person) for n in range(count)]


def test_regular_one_to_ones_that_stopped_are_lapsed() -> None:
    blocks = [
        *weekly(date(2026, 1, 6), 8, "alex@corp.example"),  # last on 24 Feb
        *weekly(date(2026, 1, 6), 12, "bo@corp.example"),  # last on 24 Mar
        *weekly(date(2026, 1, 6), 2, "cy@corp.example"),  # never regular
        *weekly(date(2026, 1, 6), 6, "dee@corp.example"),  # last on 10 Feb, one booked
        one_to_one(date(2026, 4, 7), "dee@corp.example"),
        *weekly(date(2026, 1, 16), 7, "eve@corp.example"),  # last on 27 Feb: exactly 4 weeks
        *weekly(date(2026, 1, 17), 7, "fay@corp.example"),  # last on 28 Feb: 27 days
        # A group meeting does not keep a relationship alive.
        block(
            date(2026, 3, 20),
            "15:00",
            "16:00",
            attendees=3,
            emails=(ME, "alex@corp.example", "bo@corp.example", "gus@corp.example"),
        ),
    ]
    lapsed = lapsed_relationships(blocks, CONFIG, TODAY)
    assert [(p.email, p.last_met, p.weeks_since, p.next_meeting) for p in lapsed] == [
        ("dee@corp.example", date(2026, 2, 10), 6, date(2026, 4, 7)),
        ("alex@corp.example", date(2026, 2, 24), 4, None),
        ("eve@corp.example", date(2026, 2, 27), 4, None),
    ]
    assert lapsed[1].meetings == 8 and lapsed[1].typical_gap_days == 7
    assert lapsed[1].summary == "1:1 alex"


def test_my_address_is_inferred_when_the_config_has_none() -> None:
    blocks = [
        *weekly(date(2026, 1, 6), 8, "alex@corp.example"),
        *weekly(date(2026, 1, 7), 12, "bo@corp.example"),
    ]
    lapsed = lapsed_relationships(blocks, replace(CONFIG, me_emails=()), TODAY)
    assert [p.email for p in lapsed] == ["alex@corp.example"]


def test_the_lapse_comes_from_the_config() -> None:
    blocks = weekly(date(2026, 1, 6), 8, "alex@corp.example")
    assert lapsed_relationships(blocks, replace(CONFIG, lapsed_relationship_weeks=5), TODAY) == []
