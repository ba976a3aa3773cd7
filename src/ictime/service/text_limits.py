"""How much calendar text an import keeps: each text is cut at a limit, with a warning.

A title of 50 MB is no title: kept whole, it would slow the import, every list and every
explanation, and fill the database. The rules read the text as it is stored, so they see
the same cut text at the import and when blocks are re-tagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ictime.model import Attendee, Occurrence
from ictime.textsafe import plain

TEXT_LIMIT = 1_000
"""Characters kept of a title, location, UID, name, address, category or calendar name."""

DESCRIPTION_LIMIT = 10_000
"""Characters kept of a description."""


def clip(text: str, limit: int = TEXT_LIMIT) -> str:
    """The text, or its first `limit - 1` characters and "…" when it is longer than `limit`."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clip_occurrences(occurrences: Sequence[Occurrence]) -> tuple[list[Occurrence], list[str]]:
    """The occurrences with every text cut to its limit, and a warning per event and text.

    Args:
        occurrences: what the calendar file says.

    Returns:
        The occurrences (the same objects where nothing was cut) and the warnings, each
        naming the event by its UID and title.
    """
    kept: list[Occurrence] = []
    warned: dict[tuple[str, str], str] = {}
    for occ in occurrences:
        long = _long_texts(occ)
        if not long:
            kept.append(occ)
            continue
        for what, length in long:
            warned.setdefault(
                (occ.uid, what),
                f'UID {_shown(occ.uid)} "{_shown(occ.summary)}": {what} has {length:,}'
                f" characters; only the first {_limit(what):,} are kept",
            )
        kept.append(_clipped(occ))
    return kept, list(warned.values())


def _long_texts(occ: Occurrence) -> list[tuple[str, int]]:
    texts = [
        ("UID", occ.uid),
        ("title", occ.summary),
        ("description", occ.description),
        ("location", occ.location),
        ("organizer", occ.organizer),
        *(("a category", category) for category in occ.categories),
        *(("an attendee's address", attendee.email) for attendee in occ.attendees),
        *(("an attendee's name", attendee.name) for attendee in occ.attendees),
    ]
    return [(what, len(text)) for what, text in texts if len(text) > _limit(what)]


def _limit(what: str) -> int:
    return DESCRIPTION_LIMIT if what == "description" else TEXT_LIMIT


def _clipped(occ: Occurrence) -> Occurrence:
    return replace(
        occ,
        uid=clip(occ.uid),
        summary=clip(occ.summary),
        description=clip(occ.description, DESCRIPTION_LIMIT),
        location=clip(occ.location),
        organizer=clip(occ.organizer),
        categories=tuple(map(clip, occ.categories)),
        attendees=tuple(Attendee(clip(a.email), a.partstat, clip(a.name)) for a in occ.attendees),
    )


def _shown(text: str) -> str:
    """A short, one-line form of calendar text for a warning."""
    return clip(plain(text[:200]), 40)
