"""Occurrences with a title and other attendees, and their tags by the built-in rules."""

from __future__ import annotations

import importlib
import sys
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from ictime.classify import Classifier, Tag
from ictime.model import Attendee, Occurrence
from support import BERLIN, ME

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
TUESDAY_0930 = datetime(2026, 3, 3, 9, 30, tzinfo=BERLIN)
"""A Tuesday morning in working hours."""


def people(count: int) -> tuple[Attendee, ...]:
    """`count` other attendees."""
    return tuple(Attendee(f"p{n}@corp.example", "ACCEPTED", f"Person {n}") for n in range(count))


def make_occ(
    summary: str = "Untitled",
    *,
    others: int = 0,
    organizer_is_me: bool = True,
    minutes: int = 30,
    start: datetime = TUESDAY_0930,
    my_status: str = "ACCEPTED",
    organizer: str = "",
    **fields: Any,
) -> Occurrence:
    """An occurrence with me and `others` other people on it (`organizer`: someone else's)."""
    guests = people(others)
    attendees = (Attendee(ME, my_status), *guests) if others else ()
    if not organizer:
        organizer = ME if organizer_is_me or not guests else guests[0].email
    return Occurrence(
        uid="uid-1",
        recurrence_id=None,
        summary=summary,
        start=start,
        end=start + timedelta(minutes=minutes),
        organizer=organizer,
        attendees=attendees,
        **fields,
    )


def built_in_tag(title: str, others: int, minutes: int = 60) -> Tag:
    """The built-in rules' tag of a block I organise, with `others` other attendees."""
    occurrence = make_occ(title, others=others, minutes=minutes)
    return Classifier(me=[ME], tz=BERLIN).classify(occurrence)


def script(name: str) -> ModuleType:
    """`scripts/<name>.py` as a module (the tagging scripts import each other as neighbours)."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(SCRIPTS))
