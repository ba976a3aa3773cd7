"""Domain values shared by every layer: what the importer reads and what the store keeps."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

CATEGORIES: tuple[str, ...] = ("deep_work", "relationships", "communication", "learning")
UNTAGGED = "untagged"
NOT_WORK = "not_work"
"""How the store keeps a person's "this is not work" (a tag, an example, a learned tag).

Such a block is shown as `untagged` with the tag source that decided it (never `none`):
it counts in no category, and it is decided, so Triage does not ask about it again.
"""
NOT_WORK_WORDS: tuple[str, ...] = ("none", "untagged")
"""What `ictime tag` accepts for "not work"."""

CATEGORY_LABELS: dict[str, str] = {
    "deep_work": "Deep work",
    "relationships": "Relationships",
    "communication": "Communication",
    "learning": "Learning",
    UNTAGGED: "Untagged",
}
"""What each category, and untagged time, is called in reports."""

CATEGORY_SHORT_LABELS: dict[str, str] = {
    "deep_work": "Deep work",
    "relationships": "Relations",
    "communication": "Comms",
    "learning": "Learning",
    UNTAGGED: "Untagged",
}
"""The same names short enough for an 80-column terminal: the app's panels, keys and tables."""

CATEGORY_ABBREVIATIONS: dict[str, str] = {
    "deep_work": "deep",
    "relationships": "relat.",
    "communication": "comm.",
    "learning": "learn.",
}
"""Column headers of narrow tables (the report's trend)."""


def category_label(category: str, *, short: bool = False) -> str:
    """What a category key is called; anything unknown is untagged.

    Args:
        category: a category key (or `untagged`).
        short: the 80-column form (`Comms` rather than `Communication`).

    Returns:
        The label.
    """
    labels = CATEGORY_SHORT_LABELS if short else CATEGORY_LABELS
    return labels.get(category, labels[UNTAGGED])


# Tag sources, as the JSON contract names them.
TAG_RULE = "rule"
TAG_MANUAL = "manual"
TAG_SERIES = "series"
TAG_LEARNED = "learned"
TAG_NONE = "none"
_DECIDED_BY_PERSON = frozenset({TAG_MANUAL, TAG_SERIES, TAG_LEARNED})

# Why a block is not counted as worked time (`Block.not_counted_reason`; "" when it is).
NOT_COUNTED_CANCELLED = "cancelled"
NOT_COUNTED_DECLINED = "declined"
NOT_COUNTED_TRANSPARENT = "transparent"
NOT_COUNTED_ALL_DAY = "all-day"
NOT_COUNTED_TOO_LONG = "too long"
NOT_BUSY_REASONS = frozenset({NOT_COUNTED_CANCELLED, NOT_COUNTED_DECLINED, NOT_COUNTED_TRANSPARENT})
"""The reasons that make a block free time rather than busy (so never time off)."""


@dataclass(frozen=True)
class Attendee:
    """One ATTENDEE of an event, e-mail lower-cased without `mailto:`."""

    email: str
    partstat: str = "NEEDS-ACTION"
    name: str = ""


@dataclass(frozen=True)
class Occurrence:
    """One expanded occurrence of a VEVENT, as the calendar file says it.

    Timed occurrences carry aware datetimes. All-day ones carry midnight of their first day
    and of the day after their last, in the configured zone, with `all_day` set.
    """

    uid: str
    recurrence_id: str | None
    summary: str
    start: datetime
    end: datetime
    all_day: bool = False
    description: str = ""
    location: str = ""
    categories: tuple[str, ...] = ()
    status: str = ""
    transparent: bool = False
    organizer: str = ""
    attendees: tuple[Attendee, ...] = ()
    recurring: bool = False

    @property
    def attendee_emails(self) -> tuple[str, ...]:
        """Each attendee's address, as on `Block`."""
        return tuple(attendee.email for attendee in self.attendees)


@dataclass(frozen=True)
class Block:
    """A stored occurrence with what ictime decided about it (counted, category)."""

    id: str
    uid: str
    recurrence_id: str | None
    calendar: str
    summary: str
    start: datetime
    end: datetime
    all_day: bool
    status: str
    my_partstat: str
    attendees: int
    counted: bool
    category: str
    tag_source: str
    rule: str | None
    recurring: bool = False
    description: str = ""
    location: str = ""
    categories: tuple[str, ...] = ()
    organizer: str = ""
    attendee_emails: tuple[str, ...] = field(default=())
    not_counted_reason: str = ""
    # False for a guess: a tag from weak evidence, counted and marked wherever it is shown.
    confident: bool = True

    @property
    def minutes(self) -> int:
        """Length in whole minutes."""
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def not_work(self) -> bool:
        """Decided not to be work (by hand, or learned from such a correction)."""
        return self.category == UNTAGGED and self.tag_source in _DECIDED_BY_PERSON

    @property
    def undecided(self) -> bool:
        """Untagged and nobody decided: counted, but in no category until triaged."""
        return self.category == UNTAGGED and not self.not_work

    @property
    def guess(self) -> bool:
        """Tagged from weak evidence (a category, or a learned "not work"): marked and asked."""
        return not self.confident and not self.undecided

    @property
    def tentative(self) -> bool:
        """Tentative or unanswered: counted, but flagged wherever the block is shown."""
        return self.status == "TENTATIVE" or self.my_partstat in ("TENTATIVE", "NEEDS-ACTION")

    @property
    def is_meeting(self) -> bool:
        """A counted block with at least one attendee other than me."""
        return self.counted and self.attendees > 0


BUILD_TIME_UID_PREFIX = "ictime-build-"
BUILD_TIME_UID_SUFFIX = "@ictime"
"""The UIDs of ictime's own build-time export: `ictime-build-<start>-<end>@ictime`."""


def is_build_time_uid(uid: str) -> bool:
    """Whether a UID is one of ictime's build-time blocks, imported back from a calendar."""
    return uid.startswith(BUILD_TIME_UID_PREFIX) and uid.endswith(BUILD_TIME_UID_SUFFIX)


def block_id(uid: str, recurrence_id: str | None) -> str:
    """Stable short id of one occurrence: the same event gets the same id on every import.

    Args:
        uid: the event's UID.
        recurrence_id: the occurrence's recurrence id, or None for a single event.

    Returns:
        Twelve hex digits.
    """
    key = f"{uid}\x00{recurrence_id or ''}".encode()
    return hashlib.sha1(key, usedforsecurity=False).hexdigest()[:12]


NOT_WORK_LABEL = "Not work"
"""What a block decided not to be work is called where blocks are shown."""
NOT_WORK_WORD = "not work"
"""The same in the command line's words, beside category keys."""


RETITLED_NOTE = "retitled from its series, so only this occurrence"
"""Why a series correction made on an occurrence the organiser retitled tags it alone."""


def tag_word(block: Block) -> str:
    """A block's tag as the command line says it: its category key, or `not work`."""
    return NOT_WORK_WORD if block.not_work else block.category


def tag_label(block: Block, *, short: bool = False) -> str:
    """What a block's tag is called: its category's label, or `Not work` when decided so.

    Args:
        block: the block.
        short: the 80-column form of a category's label.

    Returns:
        The label.
    """
    return NOT_WORK_LABEL if block.not_work else category_label(block.category, short=short)
