"""A one-hour block with a title and other attendees, tagged by the built-in rules."""

from __future__ import annotations

from datetime import datetime, timedelta

from ictime.classify import Classifier, Tag
from ictime.model import Attendee, Occurrence
from support import BERLIN, ME

START = datetime(2026, 3, 3, 9, 30, tzinfo=BERLIN)
"""A Tuesday morning in working hours."""


def built_in_tag(title: str, others: int, minutes: int = 60) -> Tag:
    """The built-in rules' tag of a block I organise, with `others` other attendees."""
    guests = tuple(Attendee(f"p{n}@corp.example", "ACCEPTED", f"P {n}") for n in range(others))
    occurrence = Occurrence(
        uid="u",
        recurrence_id=None,
        summary=title,
        start=START,
        end=START + timedelta(minutes=minutes),
        organizer=ME,
        attendees=(Attendee(ME, "ACCEPTED"), *guests) if others else (),
    )
    return Classifier(me=[ME], tz=BERLIN).classify(occurrence)
