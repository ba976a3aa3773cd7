"""Reading blocks through the standard `sqlite3` module, with no sqlite-utils in sight.

`ictime.store.database` (sqlite-utils) owns the schema and every write; reading stored blocks
needs neither, so the app can read the day's agenda before sqlite-utils is even imported.
`peek_blocks` is that first look: a read-only connection that writes nothing, migrates
nothing and answers only when the file already holds what the caller expects.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ictime.store.schema import SCHEMA_VERSION

# The meta keys the stored tags and the overlap search follow (written by the store).
FINGERPRINT_KEY = "rules_fingerprint"
LONGEST_BLOCK_KEY = "longest_block_seconds"

# A block stored by two sources (the same file imported under two names) shows once.
VISIBLE = (
    "NOT EXISTS (SELECT 1 FROM blocks AS other"
    " WHERE other.id = b.id AND other.source_id < b.source_id)"
)
# A block's manual tags: `o` for this occurrence, `r` for its series. A series tag covers the
# occurrences that keep the series' title (`events.summary`, compared without case, spaces,
# hyphens and colons), with at most a note added: a short suffix or any bracketed one ("Catch
# up (moved to Thu)"), or a short prefix ("Moved: Catch up"). An occurrence the organiser
# retitled ("Focus" turned into "Postmortem write-up", "Guild" into "Guild: Kacper – how we
# compute ETAs") is another kind of block.
_SERIES_TITLE = (
    "(SELECT e.summary FROM events AS e WHERE e.source_id = b.source_id AND e.uid = b.uid)"
)


def _squeezed(text: str) -> str:
    """SQL for a title compared loosely: lower case, without spaces, hyphens and colons."""
    return f"lower(replace(replace(replace({text}, ' ', ''), '-', ''), ':', ''))"


# (With no events row, as for the version of a block whose event is gone, the tag covers it.)
SERIES_TITLED = (
    f"EXISTS (SELECT 1 FROM (SELECT {_squeezed('b.summary')} AS mine,"
    f" {_squeezed(_SERIES_TITLE)} AS theirs)"
    " WHERE theirs IS NULL OR mine = theirs"
    " OR (instr(mine, theirs) = 1 AND (length(mine) - length(theirs) <= 10"
    "  OR substr(mine, length(theirs) + 1, 1) IN ('(', '[')))"
    " OR (instr(mine, theirs) BETWEEN 2 AND 14"
    "  AND substr(mine, length(mine) - length(theirs) + 1) = theirs))"
)
TAG_JOINS = (
    " LEFT JOIN tags AS o ON o.scope = 'occurrence' AND o.uid = b.uid"
    "  AND o.recurrence_id = COALESCE(b.recurrence_id, '')"
    " LEFT JOIN tags AS r ON r.scope = 'series' AND r.uid = b.uid AND r.recurrence_id = ''"
    f"  AND {SERIES_TITLED}"
)
TAGGED_SELECT = (
    "SELECT b.*, s.calendar AS calendar, o.category AS occurrence_tag, r.category AS series_tag"
    " FROM blocks AS b JOIN sources AS s ON s.id = b.source_id" + TAG_JOINS
)
CHUNK = 500
"""Ids per statement: SQLite's host parameters stay well under its limit."""


def block_rows(
    conn: sqlite3.Connection,
    start_ts: int | None = None,
    end_ts: int | None = None,
    *,
    ids: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """Visible blocks overlapping [start_ts, end_ts) (or with the given ids), by start.

    Args:
        conn: an open connection to an ictime database.
        start_ts: epoch seconds, or None for no lower bound.
        end_ts: epoch seconds (exclusive), or None for no upper bound.
        ids: only these block ids, when given.

    Returns:
        One dict a block: the stored columns plus `calendar`, `occurrence_tag` and
        `series_tag` (the manual tags, or None).
    """
    clauses = [VISIBLE]
    params: list[Any] = []
    if start_ts is not None:
        clause, bounds = starts_after(conn, start_ts)
        clauses.append(clause)
        params += bounds
    if end_ts is not None:
        clauses.append("b.start_ts < ?")
        params.append(end_ts)
    if ids:
        clauses.append(f"b.id IN ({', '.join('?' for _ in ids)})")
        params.extend(ids)
    sql = f"{TAGGED_SELECT} WHERE {' AND '.join(clauses)} ORDER BY b.start_ts, b.end_ts, b.id"
    return list(query(conn, sql, params))


def starts_after(conn: sqlite3.Connection, start_ts: int) -> tuple[str, list[int]]:
    """The SQL (on `b`) for blocks that end after `start_ts`, and its parameters.

    Only blocks starting less than the longest stored block earlier can end after it, so
    the clause also bounds the start: the start index then does the work.
    """
    longest = int(get_meta(conn, LONGEST_BLOCK_KEY) or 0)
    return "b.end_ts > ? AND b.start_ts >= ?", [start_ts, start_ts - longest]


def query(
    conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()
) -> Iterator[dict[str, Any]]:
    """The rows of a query, each a dict of column name to value."""
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    """`items` in runs of at most `CHUNK`, for `... IN (?, ?, ...)` queries."""
    for index in range(0, len(items), CHUNK):
        yield items[index : index + CHUNK]


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    """A value from the meta table, or None."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def peek_blocks(
    path: Path, start_ts: int, end_ts: int, *, fingerprint: str
) -> list[dict[str, Any]] | None:
    """The blocks of [start_ts, end_ts), read at once, if the file is ready to be read as is.

    Nothing is written, created or migrated: the answer is None when the file is missing,
    is not an ictime database of this schema, holds no block at all, or holds tags
    computed by other rules (`fingerprint` differs), and whenever SQLite refuses. The
    caller then opens the store the usual way, which brings everything up to date.

    Args:
        path: the SQLite file.
        start_ts: epoch seconds.
        end_ts: epoch seconds (exclusive).
        fingerprint: the fingerprint of the rules the tags must have been computed with.

    Returns:
        The rows as `block_rows` returns them, or None.
    """
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        if get_meta(conn, FINGERPRINT_KEY) != fingerprint:
            return None
        if conn.execute("SELECT 1 FROM blocks LIMIT 1").fetchone() is None:
            return None
        return block_rows(conn, start_ts, end_ts)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
