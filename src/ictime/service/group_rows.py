"""What a group of VEVENTs read now becomes: block rows, events, and what is kept about it.

Also what the file's groups say together: the span the file covers, who attends most
(for "me"), and whether the groups keep their blocks apart.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ictime.config import Config
from ictime.model import Occurrence
from ictime.service.block_rows import EventRow, block_rows
from ictime.service.blocks import Decision
from ictime.store import BLOCK_COLUMNS, BlockRow, GroupState

if TYPE_CHECKING:
    from ictime.ics import ParsedGroup

_START = BLOCK_COLUMNS.index("start_ts")


@dataclass
class ReadGroup:
    """One group read now: its rows, and what to store about it."""

    rows: dict[str, BlockRow]
    events: list[EventRow]
    state: GroupState
    old_uid: str = ""
    """The UID its events had at the last import ("" when it had none)."""


Prepare = Callable[[list[Occurrence]], tuple[list[Occurrence], list[str]]]
"""What the import does to a group's occurrences before storing them, with its warnings."""


class RowMaker:
    """Turns groups read now into rows, as one import decides them.

    Picklable, so a worker process makes the rows of the batches it reads: it builds the
    rule engine once, on first use.
    """

    def __init__(
        self,
        config: Config,
        me: tuple[str, ...],
        calendar: str,
        window_start: int,
        prepare: Prepare,
    ) -> None:
        """Remember how this import decides blocks (see `service.blocks.decider`)."""
        self.config = config
        self.me = me
        self.calendar = calendar
        self.window_start = window_start
        self.prepare = prepare
        self._decide: Callable[[Occurrence, str], Decision] | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Everything but the rule engine, which each process builds for itself."""
        return {**vars(self), "_decide": None}

    def rows(
        self,
        parsed: ParsedGroup,
        fingerprint: str,
        prepared: tuple[list[Occurrence], list[str]] | None = None,
    ) -> ReadGroup:
        """The group's rows and state.

        Args:
            parsed: what the reader found.
            fingerprint: the group's fingerprint.
            prepared: its occurrences prepared already, with the warnings that gave.
        """
        if self._decide is None:
            from ictime.service.blocks import decider, make_classifier

            classifier = make_classifier(self.config, self.me)
            self._decide = decider(classifier, self.me, self.config.import_.max_event_hours)
        occurrences, clipped = prepared or self.prepare(parsed.occurrences)
        rows, events = block_rows(occurrences, self._decide, self.calendar)
        state = group_state(
            parsed, fingerprint, occurrences, clipped, rows, events, self.window_start
        )
        return ReadGroup(rows, events, state)


def group_state(
    parsed: ParsedGroup,
    fingerprint: str,
    occurrences: list[Occurrence],
    clipped: list[str],
    rows: dict[str, BlockRow],
    events: list[EventRow],
    window_start: int,
) -> GroupState:
    """What is kept about a group read now."""
    from ictime.classify import attendee_counts

    notes: dict[str, Any] = {}
    if parsed.skipped:
        notes["skipped"] = [[item.uid, item.reason] for item in parsed.skipped]
    if parsed.warnings or clipped:
        notes["warnings"] = [*parsed.warnings, *clipped]
    with_attendees, counts = attendee_counts(occurrences)
    return GroupState(
        key=parsed.key,
        fingerprint=fingerprint,
        uid=events[0][0] if events else "",
        block_ids=tuple(rows),
        occurrences=len(occurrences),
        # Floor and ceiling keep the days of the span exact for times with fractions.
        first_ts=math.floor(min(o.start for o in occurrences).timestamp()) if occurrences else None,
        last_ts=math.ceil(max(o.end for o in occurrences).timestamp()) if occurrences else None,
        early=sum(1 for row in rows.values() if row[_START] < window_start),
        unbounded=parsed.unbounded,
        notes=json.dumps(notes, ensure_ascii=False) if notes else "",
        people=json.dumps([with_attendees, dict(sorted(counts.items()))]) if counts else "",
    )


def people(
    stored: Iterable[GroupState], read: Iterable[list[Occurrence]]
) -> tuple[int, Counter[str]]:
    """Occurrences with attendees, and occurrences per address, over groups stored and read."""
    from ictime.classify import attendee_counts

    with_attendees, counts = 0, Counter[str]()
    for group in stored:
        if group.people:
            more_with, more_counts = json.loads(group.people)
            with_attendees += more_with
            counts.update(more_counts)
    for occurrences in read:
        more_with, more_counts = attendee_counts(occurrences)
        with_attendees += more_with
        counts.update(more_counts)
    return with_attendees, counts


def separate(kept: Iterable[GroupState], read: Sequence[ReadGroup]) -> bool:
    """Whether no two groups share a block id or an event UID.

    The reader keeps UIDs apart, but texts cut to a limit (a UID of 2,000 characters) may
    not be; then only a whole read merges them as it should.
    """
    ids: set[str] = set()
    uids: set[str] = set()
    for group in kept:
        ids.update(group.block_ids)
        if group.uid:
            uids.add(group.uid)
    for found in read:
        if len(found.events) > 1 or ids.intersection(found.rows):
            return False
        ids.update(found.rows)
        for uid, *_ in found.events:
            if uid in uids:
                return False
            uids.add(uid)
    return True


def file_span(
    groups: Iterable[GroupState], window: tuple[datetime, datetime], tz: ZoneInfo
) -> tuple[int, int] | None:
    """The span the file covers (`docs/storage.md`), from its groups' first and last times.

    Whole days in `tz` from the first occurrence's start to the last one's end, clipped to
    the window; to the window's end when a group repeats forever; None without occurrences.

    Args:
        groups: every group of the file.
        window: the import window.
        tz: the configured zone.

    Returns:
        [start, end) in epoch seconds, or None.
    """
    firsts, lasts, unbounded = [], [], False
    for group in groups:
        unbounded = unbounded or group.unbounded
        if group.first_ts is not None and group.last_ts is not None:
            firsts.append(group.first_ts)
            lasts.append(group.last_ts)
    if not firsts:
        return None
    first = datetime.fromtimestamp(min(firsts), tz)
    start = max(datetime(first.year, first.month, first.day, tzinfo=tz), window[0])
    if unbounded:
        return int(start.timestamp()), int(window[1].timestamp())
    last = datetime.fromtimestamp(max(lasts), tz)
    last_day = datetime(last.year, last.month, last.day, tzinfo=tz)
    if last_day < last:
        last_day += timedelta(days=1)
    return int(start.timestamp()), int(min(last_day, window[1]).timestamp())
