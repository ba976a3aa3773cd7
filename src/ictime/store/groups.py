"""What the last read of each source's file found, by group; replacing some groups' blocks.

A group is the VEVENTs of one UID. `source_files` holds, per source, what every group was
read with (settings, window, the calendar's header and VTIMEZONEs); `event_groups` holds,
per group, its fingerprint and what reading it gave that the blocks do not keep (skipped
events, warnings, how many occurrences, who attended). The service decides what they mean;
this module only keeps them. Described in `docs/storage.md`.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ictime.store.database import BLOCK_COLUMNS, BlockRow, Change, Store
from ictime.store.reads import chunks


@dataclass(frozen=True)
class FileState:
    """What a source's groups were read with."""

    settings: str
    window: tuple[int, int]
    header: str
    zones: dict[str, str]
    calendar_name: str | None
    warnings: tuple[str, ...]


class GroupState(NamedTuple):
    """One group as last read: its fingerprint and what reading it gave.

    A named tuple: a large file has tens of thousands, read at every import.
    """

    key: str
    fingerprint: str
    uid: str
    block_ids: tuple[str, ...]
    occurrences: int
    first_ts: int | None
    last_ts: int | None
    early: int
    unbounded: bool
    notes: str
    """JSON `{"skipped": [[uid, reason], ...], "warnings": [...]}`, or "" when it had none."""
    people: str
    """JSON `[occurrences with attendees, {email: occurrences}]`, or "" when none had any."""


_GROUP_COLUMNS = (
    "key, fingerprint, uid, block_ids, occurrences, first_ts, last_ts, early, unbounded, notes,"
    " people"
)


def file_state(store: Store, source_id: int) -> FileState | None:
    """What the source's stored groups were read with, or None when none are stored."""
    row = store.conn.execute(
        "SELECT settings, window_start, window_end, header, zones, calendar_name, warnings"
        " FROM source_files WHERE source_id = ?",
        [source_id],
    ).fetchone()
    if row is None:
        return None
    settings, start, end, header, zones, name, warnings = row
    return FileState(
        settings, (start, end), header, json.loads(zones), name, tuple(json.loads(warnings))
    )


def group_states(store: Store, source_id: int) -> dict[str, GroupState]:
    """The source's stored groups, by key."""
    cursor = store.conn.execute(
        f"SELECT {_GROUP_COLUMNS} FROM event_groups WHERE source_id = ?", [source_id]
    )
    states = {}
    for (
        key,
        fingerprint,
        uid,
        ids,
        occurrences,
        first,
        last,
        early,
        unbounded,
        notes,
        people,
    ) in cursor:
        states[key] = GroupState(
            key,
            fingerprint,
            uid,
            tuple(ids.split()),
            occurrences,
            first,
            last,
            early,
            bool(unbounded),
            notes,
            people,
        )
    return states


def save_groups(
    store: Store,
    source_id: int,
    state: FileState,
    groups: Iterable[GroupState],
    removed: Collection[str] = (),
    *,
    replace_all: bool,
) -> None:
    """Inside a transaction: record what the source's groups were read with, and the groups.

    Args:
        store: the open database.
        source_id: the source.
        state: the settings, window and frame every stored group now stands for.
        groups: groups read in this import.
        removed: keys of groups no longer in the file.
        replace_all: forget every stored group of the source first.
    """
    store.db.execute(
        "INSERT OR REPLACE INTO source_files (source_id, settings, window_start, window_end,"
        " header, zones, calendar_name, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            source_id,
            state.settings,
            *state.window,
            state.header,
            json.dumps(state.zones, sort_keys=True),
            state.calendar_name,
            json.dumps(list(state.warnings)),
        ],
    )
    if replace_all:
        store.db.execute("DELETE FROM event_groups WHERE source_id = ?", [source_id])
    else:
        store.db.conn.executemany(
            "DELETE FROM event_groups WHERE source_id = ? AND key = ?",
            [(source_id, key) for key in removed],
        )
    store.db.conn.executemany(
        f"INSERT OR REPLACE INTO event_groups (source_id, {_GROUP_COLUMNS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                source_id,
                group.key,
                group.fingerprint,
                group.uid,
                " ".join(group.block_ids),
                group.occurrences,
                group.first_ts,
                group.last_ts,
                group.early,
                int(group.unbounded),
                group.notes,
                group.people,
            )
            for group in groups
        ),
    )


def forget_groups(store: Store, source_id: int) -> None:
    """Inside a transaction: drop the source's groups (its next import reads the whole file)."""
    store.db.execute("DELETE FROM event_groups WHERE source_id = ?", [source_id])
    store.db.execute("DELETE FROM source_files WHERE source_id = ?", [source_id])


def replace_group_blocks(
    store: Store,
    source_id: int,
    span: tuple[int, int] | None,
    rows: Sequence[BlockRow],
    events: Iterable[tuple[str, str, bool, int]],
    *,
    kept_ids: Collection[str],
    kept_outside: int,
    old_uids: Iterable[str],
) -> Change:
    """Inside a transaction: what `Store.replace_blocks` does, knowing most blocks are kept.

    The blocks of the groups not read again (`kept_ids`) are already stored as the new file
    has them. Every other block of the source that starts in the span is replaced by `rows`,
    exactly as `replace_blocks` with all of the file's rows would replace it, and the counts
    are the ones it would give.

    Args:
        store: the open database.
        source_id: the source.
        span: [start, end) in epoch seconds that the new file covers, or None.
        rows: the blocks of the groups read again.
        events: their events table rows (uid, summary, recurring, occurrences).
        kept_ids: the ids of the blocks of the groups not read again.
        kept_outside: how many of those start outside the span (`replace_blocks` counts
            them as added).
        old_uids: the UIDs the blocks of the groups read again or removed had before.

    Returns:
        How many blocks were added, updated and removed.
    """
    db = store.db
    existing: dict[str, tuple[Any, ...]] = {}
    if span is not None:
        cursor = db.execute(
            "SELECT id FROM blocks WHERE source_id = ? AND start_ts >= ? AND start_ts < ?",
            [source_id, *span],
        )
        stale = [block_id for (block_id,) in cursor if block_id not in kept_ids]
        for chunk in chunks(stale):
            marks = ", ".join("?" for _ in chunk)
            found = db.execute(
                f"SELECT {', '.join(BLOCK_COLUMNS)} FROM blocks"
                f" WHERE source_id = ? AND id IN ({marks})",
                [source_id, *chunk],
            )
            existing.update((row[0], tuple(row)) for row in found)
        db.conn.executemany(
            "DELETE FROM blocks WHERE source_id = ? AND id = ?",
            [(source_id, block_id) for block_id in stale],
        )
    added, updated, touched = store.insert_blocks(source_id, rows, existing)
    added += kept_outside
    db.conn.executemany(
        "DELETE FROM events WHERE source_id = ? AND uid = ?",
        [(source_id, uid) for uid in set(old_uids)],
    )
    db.conn.executemany(
        "INSERT OR REPLACE INTO events (source_id, uid, summary, recurring, occurrences)"
        " VALUES (?, ?, ?, ?, ?)",
        [(source_id, *event) for event in events],
    )
    return Change(added, updated, len(existing), touched, frozenset(existing))
