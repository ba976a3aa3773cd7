"""Who is on an event: e-mail addresses, "me", the other attendees and my own answer.

Other attendees are the people on the event (its attendees and its organizer, each e-mail
once, Google room resources left out) who are not me. When `me` is empty, I am assumed to
be one of them, so one fewer is counted (an organizer alone on an event is then mine). My
status is the PARTSTAT of my attendee entry; with no entry it is ACCEPTED when the event has
no attendees or I organize it, and unknown ("") otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from operator import attrgetter

from ictime.model import Attendee, Block, Occurrence

RESOURCE_SUFFIX = "@resource.calendar.google.com"
_EMAIL = attrgetter("email")
_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def normalise_email(address: str) -> str:
    """Lower-case an address and drop a `mailto:` prefix."""
    return address.strip().lower().removeprefix("mailto:").strip()


def other_attendees(occ: Occurrence, me: Collection[str]) -> int:
    """Count the people on an event other than me (see the module docstring).

    Args:
        occ: the occurrence.
        me: my e-mail addresses, lower-cased, without `mailto:`.

    Returns:
        The number of other attendees, never negative.
    """
    organizer = normalise_email(occ.organizer) if occ.organizer else ""
    return count_others(occ.attendees, organizer, frozenset(me))


def count_others(attendees: tuple[Attendee, ...], organizer: str, me: frozenset[str]) -> int:
    if not attendees:
        if not organizer or not me or organizer in me or organizer.endswith(RESOURCE_SUFFIX):
            return 0
        return 1
    # Set operations and one joined search keep this in C: it runs once per occurrence.
    people = set(map(_EMAIL, attendees))
    if organizer:
        people.add(organizer)
    people.discard("")
    people.difference_update(me)
    count = len(people)
    if count and RESOURCE_SUFFIX in "\n".join(people):
        count -= sum(1 for email in people if email.endswith(RESOURCE_SUFFIX))
    return count if me else max(count - 1, 0)


def my_partstat(occ: Occurrence, me: Collection[str]) -> str:
    """My participation status on an event (see the module docstring).

    Args:
        occ: the occurrence.
        me: my e-mail addresses, lower-cased, without `mailto:`.

    Returns:
        An upper-case PARTSTAT, or "" when it cannot be known.
    """
    for attendee in occ.attendees:
        if attendee.email in me:
            return attendee.partstat.upper()
    organizer = normalise_email(occ.organizer) if occ.organizer else ""
    if not occ.attendees or (organizer and organizer in me):
        return "ACCEPTED"
    return ""


def infer_me(
    calendar_name: str | None, events: Iterable[Occurrence | Block]
) -> tuple[tuple[str, ...], str]:
    """Guess the calendar owner's e-mail addresses, and say how.

    Args:
        calendar_name: X-WR-CALNAME of the file (Google names a calendar after its owner).
        events: the calendar's occurrences or blocks.

    Returns:
        (emails, explanation); ((), "no attendees to infer from") when nothing fits.
    """
    return infer_me_from_counts(calendar_name, *attendee_counts(events))


def attendee_counts(events: Iterable[Occurrence | Block]) -> tuple[int, Counter[str]]:
    """How many events have attendees, and on how many events each address appears.

    Args:
        events: occurrences or blocks.

    Returns:
        (events with attendees, events per address): what `infer_me_from_counts` reads.
    """
    counts: Counter[str] = Counter()
    with_attendees = 0
    for emails in (set(event.attendee_emails) for event in events):
        if emails:
            with_attendees += 1
            counts.update(emails)
    return with_attendees, counts


def infer_me_from_counts(
    calendar_name: str | None, with_attendees: int, counts: Counter[str]
) -> tuple[tuple[str, ...], str]:
    """`infer_me` from counts gathered piece by piece (`attendee_counts`, added up).

    Args:
        calendar_name: X-WR-CALNAME of the file.
        with_attendees: how many events have attendees.
        counts: on how many events each address appears.

    Returns:
        (emails, explanation), as `infer_me`.
    """
    name = (calendar_name or "").strip()
    if name.lower().startswith("mailto:"):
        name = name[7:]
    if _ADDRESS.fullmatch(name):
        return (name.lower(),), "inferred from X-WR-CALNAME"
    counts = +counts  # no zero counts
    if not counts:
        return (), "no attendees to infer from"
    email, count = min(counts.items(), key=lambda item: (-item[1], item[0]))
    return (email,), f"most frequent attendee ({count} of {with_attendees} events)"
