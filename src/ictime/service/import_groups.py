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
import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ictime import __version__
from ictime.config import Config
from ictime.ics.split import SPLIT_VERSION, split_calendar
from ictime.model import Occurrence
from ictime.service.block_rows import EventRow, block_rows
from ictime.service.blocks import decider, make_classifier, rules_fingerprint
from ictime.service.group_plan import GroupPlan, plan_groups, with_everything
from ictime.store import BlockRow, Change, SourceState, Store
from ictime.store.database import BLOCK_COLUMNS
from ictime.store.groups import (
    FileState,
    GroupState,
    file_state,
    group_states,
    replace_group_blocks,
    save_groups,
)

if TYPE_CHECKING:
    from ictime.ics.groups import ParsedGroup

Prepare = Callable[[list[Occurrence]], tuple[list[Occurrence], list[str]]]
"""What the import does to a group's occurrences before storing them, with its warnings."""


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
    found: dict[str, _Found] = field(repr=False)
    state: FileState = field(repr=False)
    kept_outside: int = 0

    def store(self, store: Store, source_id: int) -> Change:
        """Inside the import's transaction: replace the blocks, and remember the groups.

        Returns:
            How many blocks were added, updated and removed: what replacing the source's
            blocks by all of the file's would say.
        """
        plan, found = self.plan, self.found.values()
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


@dataclass
class _Found:
    """One group read now: its rows, and what to store about it."""

    rows: dict[str, BlockRow]
    events: list[EventRow]
    state: GroupState
    old_uid: str


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
    split = split_calendar(data)
    if split is None:
        return None
    epoch = (int(window[0].timestamp()), int(window[1].timestamp()))
    # A source without a content hash is to be read whole again (a migration asks for it).
    state = file_state(store, source.id) if source and source.content_hash else None
    stored = group_states(store, source.id) if source and state else {}
    settings = group_settings(config, calendar)
    usable = (
        state
        if state
        and (state.settings, state.header)
        == (
            settings,
            split.header_fingerprint,
        )
        else None
    )
    plan = plan_groups(split, stored, usable, epoch)

    from ictime.classify import attendee_counts, infer_me_from_counts
    from ictime.ics import IcsError
    from ictime.ics.groups import GroupMismatch, GroupReader
    from ictime.service.import_workers import read_groups

    total = sum(len(group.events) for group in split.groups)
    done = total - sum(len(group.events) for group in plan.read)

    def advance(events: int) -> None:
        nonlocal done
        done += events
        if progress is not None:
            progress(done, total)

    reader = GroupReader(
        split.frame,
        window[0],
        window[1],
        config.timezone,
        config.import_.max_occurrences_per_series,
        usable.warnings if usable else (),
    )
    try:
        if usable is None:
            reader, facts = reader.read_frame(split.groups[0] if split.groups else None)
            calendar_name, file_warnings = facts.calendar_name, facts.warnings
        else:
            calendar_name, file_warnings = usable.calendar_name, usable.warnings
        advance(0)
        parsed = read_groups(reader, plan.read, workers=workers, progress=advance)
        prepared = {key: prepare(group.occurrences) for key, group in parsed.items()}
        if config.me_emails:
            me, me_how = config.me_emails, "from the config"
        else:
            with_attendees, counts = _stored_people(plan.kept.values())
            for occurrences, _ in prepared.values():
                more_with, more_counts = attendee_counts(occurrences)
                with_attendees += more_with
                counts.update(more_counts)
            me, me_how = infer_me_from_counts(calendar_name, with_attendees, counts)
            if plan.kept and source is not None and ",".join(me) != source.me:
                # The kept blocks were decided for someone else: decide every group again.
                rest = [group for group in split.groups if group.key in plan.kept]
                done -= sum(len(group.events) for group in rest)
                plan = with_everything(plan, split)
                more = read_groups(reader, rest, workers=workers, progress=advance)
                parsed.update(more)
                prepared.update((key, prepare(group.occurrences)) for key, group in more.items())
    except (IcsError, GroupMismatch):
        return None

    decide = decider(make_classifier(config, me), me, config.import_.max_event_hours)
    label = name_calendar(calendar_name)
    found: dict[str, _Found] = {}
    for group in plan.read:
        occurrences, clipped = prepared[group.key]
        rows, events = block_rows(occurrences, decide, label)
        old = stored.get(group.key)
        found[group.key] = _Found(
            rows,
            events,
            _group_state(
                group.key,
                group.fingerprint,
                parsed[group.key],
                occurrences,
                clipped,
                rows,
                events,
                epoch[0],
            ),
            old.uid if old else "",
        )
    if not _separate(plan, found):
        return None  # two groups share blocks or an event: only a whole read merges them

    skipped: list[tuple[str, str]] = []
    warnings = list(file_warnings)
    occurrences_total = duplicates = 0
    for group in split.groups:
        kept = plan.kept.get(group.key)
        group_state = kept if kept is not None else found[group.key].state
        notes = json.loads(group_state.notes) if group_state.notes else {}
        skipped.extend((uid, reason) for uid, reason in notes.get("skipped", ()))
        warnings.extend(notes.get("warnings", ()))
        occurrences_total += len(group_state.block_ids)
        duplicates += group_state.occurrences - len(group_state.block_ids)
    if duplicates:
        warnings.append(f"{duplicates} duplicate occurrence(s) (same UID and time) merged")
    states = [*plan.kept.values(), *(group.state for group in found.values())]
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
        occurrences=occurrences_total,
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


def _group_state(
    key: str,
    fingerprint: str,
    parsed: ParsedGroup,
    occurrences: list[Occurrence],
    clipped: list[str],
    rows: dict[str, BlockRow],
    events: list[EventRow],
    window_start: int,
) -> GroupState:
    from ictime.classify import attendee_counts

    notes: dict[str, Any] = {}
    if parsed.skipped:
        notes["skipped"] = [[item.uid, item.reason] for item in parsed.skipped]
    if parsed.warnings or clipped:
        notes["warnings"] = [*parsed.warnings, *clipped]
    with_attendees, counts = attendee_counts(occurrences)
    start = BLOCK_COLUMNS.index("start_ts")
    return GroupState(
        key=key,
        fingerprint=fingerprint,
        uid=events[0][0] if events else "",
        block_ids=tuple(rows),
        occurrences=len(occurrences),
        # Floor and ceiling keep the days of the span exact for times with fractions.
        first_ts=math.floor(min(o.start for o in occurrences).timestamp()) if occurrences else None,
        last_ts=math.ceil(max(o.end for o in occurrences).timestamp()) if occurrences else None,
        early=sum(1 for row in rows.values() if row[start] < window_start),
        unbounded=parsed.unbounded,
        notes=json.dumps(notes, ensure_ascii=False) if notes else "",
        people=json.dumps([with_attendees, dict(sorted(counts.items()))]) if counts else "",
    )


def _stored_people(groups: Iterable[GroupState]) -> tuple[int, Counter[str]]:
    with_attendees, counts = 0, Counter[str]()
    for group in groups:
        if group.people:
            more_with, more_counts = json.loads(group.people)
            with_attendees += more_with
            counts.update(more_counts)
    return with_attendees, counts


def _separate(plan: GroupPlan, found: dict[str, _Found]) -> bool:
    """Whether no two groups share a block id or an event UID (the reader keeps UIDs apart;
    texts cut to a limit might not)."""
    ids = {bid for group in plan.kept.values() for bid in group.block_ids}
    uids = {group.uid for group in plan.kept.values() if group.uid}
    for group in found.values():
        if len(group.events) > 1 or ids.intersection(group.rows):
            return False
        ids.update(group.rows)
        for uid, *_ in group.events:
            if uid in uids:
                return False
            uids.add(uid)
    return True
