"""The history of each block: what every import found, kept as versions, and read back.

A version of a block is valid from the import that stored it (`from_import`) until the import
that changed or removed it (`to_import`, NULL while it is current). Import ids grow with
time, so "the calendar as import X found it" is every version with
`from_import <= X < to_import`. Only what the history is read for is kept, and an import
that leaves a block as it was adds nothing. Described in `docs/storage.md`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ictime.store.database import Change, Store, _now_iso
from ictime.store.reads import TAG_JOINS, TAGGED_SELECT, chunks, query, starts_after

HISTORY_COLUMNS: tuple[str, ...] = (
    "uid",
    "recurrence_id",
    "summary",
    "start_ts",
    "end_ts",
    "all_day",
    "status",
    "my_partstat",
    "attendees",
    "recurring",
    "counted",
    "not_counted_reason",
    "category",
    "rule",
)
"""The columns of `blocks` a version keeps, after its source and block id."""

_READ = "outcome IN ('imported', 'unchanged')"
# A version of the source current at some import from the first to the last: made by the
# last or before (`from_import <= ?`), not ended by the first or before (`to_import > ?`).
_CURRENT_FROM_TO = (
    "b.source_id = ? AND b.from_import <= ? AND (b.to_import IS NULL OR b.to_import > ?)"
)
# A version as `Store.block_rows` gives a block: the columns it does not keep are empty, the
# manual tags and the calendar are today's.
_VERSION_SELECT = (
    "SELECT b.*, '' AS description, '' AS location, '[]' AS categories, '' AS organizer,"
    " '[]' AS attendee_list, s.calendar AS calendar, o.category AS occurrence_tag,"
    " r.category AS series_tag"
    " FROM block_versions AS b JOIN sources AS s ON s.id = b.source_id" + TAG_JOINS
)


@dataclass(frozen=True)
class ImportMark:
    """One import of a source that read it whole (imported, or found unchanged)."""

    id: int
    finished_at: datetime
    """When it was made, in UTC."""


def record_versions(store: Store, source_id: int, import_id: int, change: Change) -> int:
    """Inside the import's transaction: the new versions of the blocks the import changed.

    Only the blocks the change names (stored anew or removed) are compared with their current
    versions; a block whose kept columns are as they were gets no new version.

    Args:
        store: the open database.
        source_id: the source imported.
        import_id: the import's id in the import log.
        change: what replacing the source's blocks did.

    Returns:
        How many versions were added or closed.
    """
    ids = sorted(change.touched | change.gone)
    columns = ", ".join(HISTORY_COLUMNS)
    now: dict[str, tuple[Any, ...]] = {}
    was: dict[str, tuple[Any, ...]] = {}
    for chunk in chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        for row in store.conn.execute(
            f"SELECT id, {columns} FROM blocks WHERE source_id = ? AND id IN ({marks})",
            [source_id, *chunk],
        ):
            now[row[0]] = tuple(row[1:])
        for row in store.conn.execute(
            f"SELECT id, {columns} FROM block_versions"
            f" WHERE source_id = ? AND to_import IS NULL AND id IN ({marks})",
            [source_id, *chunk],
        ):
            was[row[0]] = tuple(row[1:])
    closed = [block_id for block_id, values in was.items() if now.get(block_id) != values]
    opened = [block_id for block_id, values in now.items() if was.get(block_id) != values]
    store.db.conn.executemany(
        "UPDATE block_versions SET to_import = ?"
        " WHERE source_id = ? AND id = ? AND to_import IS NULL",
        [(import_id, source_id, block_id) for block_id in closed],
    )
    store.db.conn.executemany(
        f"INSERT INTO block_versions (source_id, id, from_import, to_import, {columns})"
        f" VALUES (?, ?, ?, NULL, {', '.join('?' for _ in HISTORY_COLUMNS)})",
        [(source_id, block_id, import_id, *now[block_id]) for block_id in opened],
    )
    return len(closed) + len(opened)


def prune_versions(store: Store, source_id: int, keep_from: datetime) -> int:
    """Inside a transaction: forget the versions no week from `keep_from` on can need.

    A week's baseline is an import made before it began, or during it: the oldest import
    any week from `keep_from` on can use is the newest one made before `keep_from`. Versions
    that ended at or before it are dropped; every version valid at it or later is kept.

    Args:
        store: the open database.
        source_id: the source whose history is pruned.
        keep_from: the start of the first week whose changes must stay answerable.

    Returns:
        How many versions were dropped.
    """
    since = _now_iso(keep_from)
    row = store.conn.execute(
        f"SELECT min(id) FROM imports WHERE source_id = ? AND {_READ} AND (finished_at >= ?"
        f" OR id = (SELECT id FROM imports WHERE source_id = ? AND {_READ}"
        "  AND finished_at < ? ORDER BY finished_at DESC, id DESC LIMIT 1))",
        [source_id, since, source_id, since],
    ).fetchone()
    if row[0] is None:
        return 0
    cursor = store.db.execute(
        "DELETE FROM block_versions WHERE source_id = ? AND to_import IS NOT NULL"
        " AND to_import <= ?",
        [source_id, row[0]],
    )
    return int(cursor.rowcount)


def latest_import(store: Store, source_id: int) -> ImportMark | None:
    """The source's newest import: the one its stored blocks are from; None when none."""
    row = store.conn.execute(
        f"SELECT id, finished_at FROM imports WHERE source_id = ? AND {_READ}"
        " ORDER BY id DESC LIMIT 1",
        [source_id],
    ).fetchone()
    return None if row is None else ImportMark(row[0], datetime.fromisoformat(row[1]))


def baseline_import(
    store: Store, source_id: int, began: datetime, ended: datetime
) -> ImportMark | None:
    """The import a period's plan is read from: the newest one before it began, else the
    first one made while it lasted.

    Args:
        store: the open database.
        source_id: the source.
        began: when the period began (its first working day's start).
        ended: when it ended.

    Returns:
        The import, or None when the source was first imported after the period.
    """
    before = store.conn.execute(
        f"SELECT id, finished_at FROM imports WHERE source_id = ? AND {_READ}"
        " AND finished_at < ? ORDER BY finished_at DESC, id DESC LIMIT 1",
        [source_id, _now_iso(began)],
    ).fetchone()
    row = (
        before
        or store.conn.execute(
            f"SELECT id, finished_at FROM imports WHERE source_id = ? AND {_READ}"
            " AND finished_at < ? ORDER BY finished_at, id LIMIT 1",
            [source_id, _now_iso(ended)],
        ).fetchone()
    )
    return None if row is None else ImportMark(row[0], datetime.fromisoformat(row[1]))


def versions_at(
    store: Store,
    source_id: int,
    import_id: int,
    span: tuple[int, int] | None = None,
    *,
    ids: Collection[str] = (),
) -> list[dict[str, Any]]:
    """The source's blocks as the import found them, overlapping `span` or with the ids.

    Rows have the shape of `Store.block_rows` rows (description, location, categories,
    organizer and attendees empty); manual tags and the calendar name are today's.
    """
    return _versions(store, _CURRENT_FROM_TO, [source_id, import_id, import_id], span, ids)


def versions_between(
    store: Store, source_id: int, first_import: int, last_import: int, span: tuple[int, int]
) -> list[dict[str, Any]]:
    """Every version overlapping `span` that was current at some import from the first to the
    last (both included), oldest first."""
    return _versions(store, _CURRENT_FROM_TO, [source_id, last_import, first_import], span, ())


def last_versions(
    store: Store, source_id: int, import_id: int, ids: Collection[str]
) -> list[dict[str, Any]]:
    """The newest version of each block made by the import or before it: how it last stood."""
    valid = (
        "b.source_id = ? AND b.from_import = (SELECT max(v.from_import) FROM block_versions"
        " AS v WHERE v.source_id = b.source_id AND v.id = b.id AND v.from_import <= ?)"
    )
    return _versions(store, valid, [source_id, import_id], None, ids)


def current_blocks(
    store: Store,
    source_id: int,
    span: tuple[int, int] | None = None,
    *,
    ids: Collection[str] = (),
) -> list[dict[str, Any]]:
    """The source's stored blocks (as its newest import left them) overlapping `span` or with
    the ids, in `Store.block_rows`' shape, whether or not another source has them too."""
    return _select(store, TAGGED_SELECT, "b.source_id = ?", [source_id], span, ids)


def _versions(
    store: Store,
    valid: str,
    params: list[Any],
    span: tuple[int, int] | None,
    ids: Collection[str],
) -> list[dict[str, Any]]:
    return _select(store, _VERSION_SELECT, valid, params, span, ids, "b.from_import")


def _select(
    store: Store,
    select: str,
    valid: str,
    params: list[Any],
    span: tuple[int, int] | None,
    ids: Collection[str],
    *order: str,
) -> list[dict[str, Any]]:
    """Rows of `select` meeting `valid` and overlapping `span` or with the ids, by start."""
    if span is None and not ids:
        return []
    clauses, params = _where(store, valid, params, span)
    found: list[dict[str, Any]] = []
    for chunk in chunks(sorted(ids)) if ids else [()]:
        extra = f" AND b.id IN ({', '.join('?' for _ in chunk)})" if chunk else ""
        order_by = ", ".join(("b.start_ts", "b.id", *order))
        found += query(
            store.conn, f"{select} WHERE {clauses}{extra} ORDER BY {order_by}", [*params, *chunk]
        )
    return found


def _where(
    store: Store, clauses: str, params: list[Any], span: tuple[int, int] | None
) -> tuple[str, list[Any]]:
    if span is None:
        return clauses, params
    after, bounds = starts_after(store.conn, span[0])
    return f"{clauses} AND {after} AND b.start_ts < ?", [*params, *bounds, span[1]]
