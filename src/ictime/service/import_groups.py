"""Importing a calendar file group by group, reading only the groups that changed.

The file is split into its VEVENTs grouped by UID (`ics.split`), each group fingerprinted
without the DTSTAMP lines an export restamps, and compared with the groups stored at the
source's last import (`group_plan`). Only the changed, new and window-touched groups are
parsed, in worker processes for a large file (`import_workers`); the others' blocks stand.
What the whole import says (skipped events, warnings, the span, "me", the counts) is put
together from every group, read now or stored, so the database ends exactly as a full read
of the file would leave it (`docs/storage.md`).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from ictime import __version__
from ictime.config import Config
from ictime.ics import SPLIT_VERSION, EventGroup, SplitCalendar, split_calendar
from ictime.model import Occurrence
from ictime.service.blocks import rules_fingerprint
from ictime.service.group_plan import GroupPlan, plan_groups, with_everything
from ictime.service.group_rows import Prepare, ReadGroup, RowMaker, file_span, people, separate
from ictime.store import (
    Change,
    FileState,
    GroupState,
    SourceState,
    Store,
    file_state,
    group_states,
    replace_group_blocks,
    save_groups,
)

if TYPE_CHECKING:
    from ictime.ics import GroupReader, ParsedGroup


@dataclass(frozen=True)
class GroupCounts:
    """How the file compares with the one read last, in groups (a group: one UID's VEVENTs)."""

    added: int
    updated: int
    removed: int
    unchanged: int
    read: int
    """Groups parsed: the added and updated ones, and unchanged ones read again."""


@dataclass
class GroupedRead:
    """A file read group by group: what to report, and what to store."""

    calendar_name: str | None
    me: tuple[str, ...]
    me_how: str
    skipped: list[tuple[str, str]]
    warnings: list[str]
    occurrences: int
    span: tuple[int, int] | None
    counts: GroupCounts
    plan: GroupPlan = field(repr=False)
    found: dict[str, ReadGroup] = field(repr=False)
    state: FileState = field(repr=False)
    kept_outside: int = 0

    def store(self, store: Store, source_id: int) -> Change:
        """Inside the import's transaction: replace the blocks, and remember the groups.

        Returns:
            How many blocks were added, updated and removed: what replacing the source's
            blocks by all of the file's would say.
        """
        plan = self.plan
        found = [self.found[group.key] for group in plan.read]  # in file order
        rows = [row for group in found for row in group.rows.values()]
        events = [event for group in found for event in group.events]
        if plan.full:
            change = store.replace_blocks(source_id, self.span, rows, events)
        else:
            change = replace_group_blocks(
                store,
                source_id,
                self.span,
                rows,
                events,
                kept_ids={bid for group in plan.kept.values() for bid in group.block_ids},
                kept_outside=self.kept_outside,
                old_uids=[group.old_uid for group in found if group.old_uid]
                + [group.uid for group in plan.removed if group.uid],
            )
        save_groups(
            store,
            source_id,
            self.state,
            [group.state for group in found],
            [group.key for group in plan.removed],
            replace_all=plan.full,
        )
        return change


def group_settings(config: Config, calendar: str | None) -> str:
    """A fingerprint of what shapes a group's blocks, the window aside.

    Args:
        config: the person's settings.
        calendar: the calendar name given for the source, if any.

    Returns:
        The fingerprint; stored groups read with another are all read again.
    """
    settings = [
        SPLIT_VERSION,
        __version__,
        config.timezone.key,
        list(config.me_emails),
        config.import_.max_event_hours,
        config.import_.max_occurrences_per_series,
        calendar,
        rules_fingerprint(config),
    ]
    return hashlib.sha256(json.dumps(settings, default=str).encode()).hexdigest()


def read_in_groups(
    store: Store,
    config: Config,
    data: bytes,
    *,
    calendar: str | None,
    source: SourceState | None,
    window: tuple[datetime, datetime],
    name_calendar: Callable[[str | None], str],
    prepare: Prepare,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> GroupedRead | None:
    """Read a calendar file group by group: only the groups that need it.

    Args:
        store: the open database (only read here).
        config: the person's settings.
        data: the file's bytes.
        calendar: the calendar name given for the source, if any.
        source: the source as stored, or None for a new one.
        window: the import window.
        name_calendar: the calendar's name for the report and the rules, from X-WR-CALNAME.
        prepare: what to do to each group's occurrences before they are stored.
        progress: called with (VEVENTs read, VEVENTs in the file).
        workers: processes to read with (None: every core for a large file).

    Returns:
        What was read, or None when the file must be read whole: its shape is unusual, or
        reading it in parts would not say what reading it whole says.
    """
    # A source without a content hash is to be read whole again (a migration asks for it).
    state = file_state(store, source.id) if source and source.content_hash else None
    if state is None:
        from ictime.service.import_workers import start_early

        start_early(data.count(b"BEGIN:VEVENT"), workers)  # a first read: every event
    split = split_calendar(data)
    if split is None:
        return None
    epoch = (int(window[0].timestamp()), int(window[1].timestamp()))
    stored = group_states(store, source.id) if source and state else {}
    settings = group_settings(config, calendar)
    same = state is not None and (state.settings, state.header) == (
        settings,
        split.header_fingerprint,
    )
    usable = state if same else None
    plan = plan_groups(split, stored, usable, epoch)

    from ictime.ics import GroupMismatch, GroupReader, IcsError

    reader = GroupReader(
        split.frame,
        window[0],
        window[1],
        config.timezone,
        config.import_.max_occurrences_per_series,
        usable.warnings if usable else (),
    )
    reading = _Reading(split, stored, prepare, progress, workers)
    try:
        if usable is None:
            reader, facts = reader.read_frame(split.groups[0] if split.groups else None)
            calendar_name, file_warnings = facts.calendar_name, facts.warnings
        else:
            calendar_name, file_warnings = usable.calendar_name, usable.warnings
        reading.start(total_left=sum(len(group.events) for group in plan.read))
        known = _known_me(config, calendar_name)
        if known is not None:
            label = name_calendar(calendar_name)
            reading.maker = RowMaker(config, known[0], label, epoch[0], prepare)
        reading.read(reader, plan.read)
        me, me_how = known or _inferred_me(calendar_name, plan, reading)
        if known is None and plan.kept and source is not None and ",".join(me) != source.me:
            # The kept blocks were decided for someone else: decide every group again.
            rest = [group for group in split.groups if group.key in plan.kept]
            plan = with_everything(plan, split)
            reading.done -= sum(len(group.events) for group in rest)
            reading.read(reader, rest)
    except (IcsError, GroupMismatch):
        return None
    if known is None:
        reading.decide(RowMaker(config, me, name_calendar(calendar_name), epoch[0], prepare))
    found = reading.found
    if not separate(plan.kept.values(), list(found.values())):
        return None  # two groups share blocks or an event: only a whole read merges them
    states = [plan.kept.get(group.key) or found[group.key].state for group in split.groups]
    skipped, warnings, occurrences = _said(states, file_warnings)
    span = file_span(states, window, config.timezone)
    kept_outside = 0
    if span is not None and span[0] == epoch[0]:
        kept_outside = sum(group.early for group in plan.kept.values())
    return GroupedRead(
        calendar_name=calendar_name,
        me=me,
        me_how=me_how,
        skipped=skipped,
        warnings=warnings,
        occurrences=occurrences,
        span=span,
        counts=GroupCounts(
            plan.added, plan.updated, len(plan.removed), plan.unchanged, len(plan.read)
        ),
        plan=plan,
        found=found,
        state=FileState(
            settings,
            epoch,
            split.header_fingerprint,
            split.zone_fingerprints(),
            calendar_name,
            tuple(file_warnings),
        ),
        kept_outside=kept_outside,
    )


class _Reading:
    """Groups being read: made into rows where they are read once "me" is known, else here."""

    def __init__(
        self,
        split: SplitCalendar,
        stored: dict[str, GroupState],
        prepare: Prepare,
        progress: Callable[[int, int], None] | None,
        workers: int | None,
    ) -> None:
        self.fingerprints = {group.key: group.fingerprint for group in split.groups}
        self.stored = stored
        self.prepare = prepare
        self.progress = progress
        self.workers = workers
        self.total = sum(len(group.events) for group in split.groups)
        self.done = 0
        self.maker: RowMaker | None = None
        self.found: dict[str, ReadGroup] = {}
        self.waiting: dict[str, tuple[ParsedGroup, list[Occurrence], list[str]]] = {}

    def start(self, total_left: int) -> None:
        """Count the groups kept as read, and say so."""
        self.done = self.total - total_left
        self.advance(0)

    def advance(self, events: int) -> None:
        self.done += events
        if self.progress is not None:
            self.progress(self.done, self.total)

    def read(self, reader: GroupReader, groups: list[EventGroup]) -> None:
        """Read the groups (in worker processes when it pays), each batch as it comes in."""
        from ictime.service.import_workers import read_groups

        read_groups(reader, groups, take=self.take, workers=self.workers, maker=self.maker)

    def take(self, batch: tuple[list[ParsedGroup], list[ReadGroup]], events: int) -> None:
        parsed, made = batch
        for found in made:
            self._found(found)
        for group in parsed:
            occurrences, clipped = self.prepare(group.occurrences)
            self.waiting[group.key] = (group, occurrences, clipped)
        self.advance(events)

    def decide(self, maker: RowMaker) -> None:
        """Turn the groups read before "me" was known into rows."""
        for key, (group, occurrences, clipped) in self.waiting.items():
            self._found(maker.rows(group, self.fingerprints[key], (occurrences, clipped)))
        self.waiting.clear()

    def _found(self, found: ReadGroup) -> None:
        old = self.stored.get(found.state.key)
        found.old_uid = old.uid if old else ""
        self.found[found.state.key] = found


def _known_me(config: Config, calendar_name: str | None) -> tuple[tuple[str, ...], str] | None:
    """ "Me" when it does not depend on the attendees: from the config or X-WR-CALNAME."""
    if config.me_emails:
        return config.me_emails, "from the config"
    from ictime.classify import infer_me_from_counts

    me, how = infer_me_from_counts(calendar_name, 0, Counter())
    return (me, how) if me else None


def _inferred_me(
    calendar_name: str | None, plan: GroupPlan, reading: _Reading
) -> tuple[tuple[str, ...], str]:
    """ "Me" as the attendee on most occurrences, over the groups kept and read."""
    from ictime.classify import infer_me_from_counts

    read = [occurrences for _, occurrences, _ in reading.waiting.values()]
    return infer_me_from_counts(calendar_name, *people(plan.kept.values(), read))


def _said(
    states: list[GroupState], file_warnings: tuple[str, ...]
) -> tuple[list[tuple[str, str]], list[str], int]:
    """Skipped events, warnings and blocks of the whole file, from its groups in order."""
    skipped: list[tuple[str, str]] = []
    warnings = list(file_warnings)
    occurrences = duplicates = 0
    for state in states:
        notes = json.loads(state.notes) if state.notes else {}
        skipped.extend((uid, reason) for uid, reason in notes.get("skipped", ()))
        warnings.extend(notes.get("warnings", ()))
        occurrences += len(state.block_ids)
        duplicates += state.occurrences - len(state.block_ids)
    if duplicates:
        warnings.append(f"{duplicates} duplicate occurrence(s) (same UID and time) merged")
    return skipped, warnings, occurrences
