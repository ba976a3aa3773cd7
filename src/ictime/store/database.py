"""The SQLite store: sources, imported events and their blocks, manual tags, the import log.

Only this package touches sqlite-utils: every write goes through it, and it is imported by
the first write. Reads use the standard `sqlite3` connection beneath it, so a command or the
app that only reads never loads it. Times are stored as UTC epoch seconds so that range
queries are plain integer comparisons; the service turns them back into aware datetimes.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ictime.store.reads import (
    LONGEST_BLOCK_KEY,
    SERIES_TITLED,
    VISIBLE,
    block_rows,
    get_meta,
    query,
)
from ictime.store.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_SECONDS = 10.0
"""How long a write waits for another program's write lock, unless told otherwise."""

# Columns of `blocks` after `source_id`, in insert order; `BlockRow` tuples follow it.
BLOCK_COLUMNS: tuple[str, ...] = (
    "id",
    "uid",
    "recurrence_id",
    "summary",
    "description",
    "location",
    "categories",
    "start_ts",
    "end_ts",
    "all_day",
    "status",
    "transparent",
    "my_partstat",
    "attendees",
    "attendee_list",
    "organizer",
    "recurring",
    "counted",
    "not_counted_reason",
    "category",
    "rule",
    "confident",
)
BlockRow = tuple[Any, ...]


class StoreError(Exception):
    """The database file cannot be used (not SQLite, newer schema, locked)."""


class StoreReadOnly(StoreError):
    """A change was asked of a database that can only be read (a backup, a read-only mount)."""


class StoreBusy(StoreError):
    """Another program held the write lock past the busy timeout: the change was not made."""


class StoreFull(StoreError):
    """The disk (or the database's size limit) filled up: the change was rolled back."""


@dataclass(frozen=True)
class SourceState:
    """What the store remembers about one source."""

    id: int
    location: str
    calendar: str
    content_hash: str | None
    settings_hash: str | None
    me: str


@dataclass(frozen=True)
class Change:
    """What replacing a source's blocks did."""

    added: int
    updated: int
    removed: int
    touched: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    """Ids of the blocks stored anew (added or changed): the history compares only these."""
    gone: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    """Ids of the blocks removed."""


def _now_iso(at: datetime | None = None) -> str:
    """`at` (default: now) in UTC as ISO 8601 text: such strings sort as their moments do."""
    return (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")


class Store:
    """An open ictime database."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, writable: bool = True) -> None:
        self.conn = conn
        self.path = path
        self.writable = writable
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as sqlite-utils wraps it, for writes (imported on first use)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @classmethod
    def open(cls, path: Path, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Store:
        """Open (creating and migrating when needed) the database at `path`.

        Args:
            path: the SQLite file; its folder is created when missing.
            busy_timeout: seconds a write waits for another program's write lock.

        A file that cannot be written (a backup, a read-only mount) is opened read-only:
        it can be read, and every change raises `StoreReadOnly`.

        Returns:
            The open store.

        Raises:
            StoreError: the file is not an ictime database or is from a newer ictime, or it
                cannot be created (its folder is a file, a read-only file system).
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(_cannot_create(path, exc)) from None
        writable = _can_write(path)
        try:
            conn = _connect(path, timeout=busy_timeout) if writable else _connect_read_only(path)
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            if writable:
                _use_wal(conn, busy_timeout)
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            store = cls(conn, path, writable=writable)
            store._migrate()
        except sqlite3.DatabaseError as exc:
            if _error_code(exc) == sqlite3.SQLITE_CANTOPEN and not path.exists():
                raise StoreError(_cannot_create(path, _why_not_created(path))) from exc
            raise StoreError(f"{path}: not a usable ictime database ({exc})") from exc
        return store

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def _migrate(self) -> None:
        version = self._schema_version()
        if version == SCHEMA_VERSION:
            return
        if not self.writable:
            made = f"made by an older ictime (schema {version})" if version else "not ictime's"
            raise StoreError(
                f"{self.path}: read-only, and {made}; open it once where it can be written"
            )
        # Several programs may open a new file at once: the version is read again under the
        # write lock, so only the first one migrates and the others find it done.
        with self.transaction():
            version = self._schema_version()
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {target}")

    def _schema_version(self) -> int:
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: made by a newer ictime (schema {version}, this one knows "
                f"{SCHEMA_VERSION})"
            )
        return version

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the body in one write transaction: all of it lands, or none of it does."""
        if not self.writable:
            raise StoreReadOnly(
                f"{self.path}: the database is read-only: it can be listed and reported,"
                " not imported into or tagged"
            )
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            if (meaning := self._write_error(exc)) is None:
                raise
            raise meaning from exc
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite may have rolled back already (after a full disk, for one).
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and (meaning := self._write_error(exc)):
                raise meaning from exc
            raise

    def _write_error(self, error: sqlite3.Error) -> StoreError | None:
        """What a failed write means to the person (busy, full), or None: SQLite's error."""
        code = _error_code(error)
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            waited = int(self.conn.execute("PRAGMA busy_timeout").fetchone()[0]) / 1000
            return StoreBusy(
                f"the database {self.path} is busy (another program has held its write lock"
                f" for over {waited:g} s); the change was not made"
            )
        if code == sqlite3.SQLITE_FULL:
            return StoreFull(
                f"the disk holding the database {self.path} is full (or the database reached"
                " its size limit); the change was not made, the database is as it was"
            )
        return None

    @contextmanager
    def read_only(self) -> Iterator[None]:
        """Refuse every write in the body (SQLite's `query_only`): a read that writes fails."""
        conn = self.conn
        conn.execute("PRAGMA query_only = ON")
        try:
            yield
        finally:
            conn.execute("PRAGMA query_only = OFF")

    def data_version(self) -> int:
        """A number that changes when another connection commits a change (`PRAGMA
        data_version`); this connection's own commits leave it as it is. Cheap: no disk I/O.
        """
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    # -- meta -------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        """A value from the meta table, or None."""
        return get_meta(self.conn, key)

    def set_meta(self, key: str, value: str) -> None:
        """Set a value in the meta table (inside the caller's transaction, if any)."""
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def delete_meta(self, key: str) -> None:
        """Remove a value from the meta table (inside the caller's transaction, if any)."""
        self.db.execute("DELETE FROM meta WHERE key = ?", [key])

    # -- sources ----------------------------------------------------------------------

    def source(self, location: str) -> SourceState | None:
        """The stored state of a source, by its location."""
        row = self.conn.execute(
            "SELECT id, location, calendar, content_hash, settings_hash, me FROM sources"
            " WHERE location = ?",
            [location],
        ).fetchone()
        return None if row is None else SourceState(*row)

    def sources(self) -> list[SourceState]:
        """Every source ever imported."""
        rows = self.conn.execute(
            "SELECT id, location, calendar, content_hash, settings_hash, me FROM sources"
            " ORDER BY id"
        ).fetchall()
        return [SourceState(*row) for row in rows]

    def upsert_source(self, location: str, calendar: str) -> int:
        """The id of the source at `location`, created when new; its calendar name updated."""
        self.db.execute(
            "INSERT INTO sources (location, calendar) VALUES (?, ?)"
            " ON CONFLICT (location) DO UPDATE SET calendar = excluded.calendar",
            [location, calendar],
        )
        row = self.db.execute("SELECT id FROM sources WHERE location = ?", [location]).fetchone()
        return int(row[0])

    def mark_source_imported(
        self,
        source_id: int,
        *,
        content_hash: str,
        settings_hash: str,
        me: str,
        span: tuple[int, int] | None,
        at: datetime | None = None,
    ) -> None:
        """Remember what was imported, so an unchanged file is recognised next time.

        `at` is when the import was made (default: now).
        """
        self.db.execute(
            "UPDATE sources SET content_hash = ?, settings_hash = ?, me = ?, imported_at = ?,"
            " span_start = COALESCE(?, span_start), span_end = COALESCE(?, span_end)"
            " WHERE id = ?",
            [
                content_hash,
                settings_hash,
                me,
                _now_iso(at),
                span[0] if span else None,
                span[1] if span else None,
                source_id,
            ],
        )

    # -- blocks -----------------------------------------------------------------------

    def replace_blocks(
        self,
        source_id: int,
        span: tuple[int, int] | None,
        rows: Sequence[BlockRow],
        events: Iterable[tuple[str, str, bool, int]],
    ) -> Change:
        """Replace a source's blocks that start inside `span` with `rows`.

        Call inside `transaction()`. Blocks of the source outside the span stay: a file that
        covers one week does not erase the weeks imported before it.

        Args:
            source_id: the source.
            span: [start, end) in epoch seconds that the new file covers; None when the file
                has no events, which removes nothing.
            rows: the new blocks, in `BLOCK_COLUMNS` order (without the source id).
            events: (uid, summary, recurring, occurrence count) for the events table.

        Returns:
            How many blocks were added, updated and removed.
        """
        existing: dict[str, tuple[Any, ...]] = {}
        if span is not None:
            cursor = self.db.execute(
                f"SELECT {', '.join(BLOCK_COLUMNS)} FROM blocks"
                " WHERE source_id = ? AND start_ts >= ? AND start_ts < ?",
                [source_id, span[0], span[1]],
            )
            existing = {row[0]: tuple(row) for row in cursor}
            self.db.execute(
                "DELETE FROM blocks WHERE source_id = ? AND start_ts >= ? AND start_ts < ?",
                [source_id, span[0], span[1]],
            )
        added, updated, touched = self.insert_blocks(source_id, rows, existing)
        self.db.execute("DELETE FROM events WHERE source_id = ?", [source_id])
        self.conn.executemany(
            "INSERT INTO events (source_id, uid, summary, recurring, occurrences)"
            " VALUES (?, ?, ?, ?, ?)",
            [(source_id, *event) for event in events],
        )
        return Change(added, updated, len(existing), touched, frozenset(existing))

    def insert_blocks(
        self, source_id: int, rows: Sequence[BlockRow], existing: dict[str, tuple[Any, ...]]
    ) -> tuple[int, int, frozenset[str]]:
        """Store a source's block rows (inside the caller's transaction), counting changes.

        Args:
            source_id: the source the rows belong to.
            rows: the new rows, in `BLOCK_COLUMNS` order.
            existing: the rows they replace, by block id; each one matched is popped, so
                what is left afterwards was removed.

        Returns:
            How many rows were added and how many updated, and the ids of both.
        """
        placeholders = ", ".join("?" for _ in BLOCK_COLUMNS)
        # OR REPLACE: a block that started outside the span and moved into it replaces itself.
        self.conn.executemany(
            f"INSERT OR REPLACE INTO blocks (source_id, {', '.join(BLOCK_COLUMNS)})"
            f" VALUES (?, {placeholders})",
            ((source_id, *row) for row in rows),
        )
        self._note_longest(rows)
        added = updated = 0
        touched = []
        for row in rows:
            old = existing.pop(row[0], None)
            if old is None:
                added += 1
            elif old != tuple(row):
                updated += 1
            else:
                continue
            touched.append(row[0])
        return added, updated, frozenset(touched)

    def _note_longest(self, rows: Sequence[BlockRow]) -> None:
        # Range queries bound the start by the longest block, so the start index does the work.
        start, end = BLOCK_COLUMNS.index("start_ts"), BLOCK_COLUMNS.index("end_ts")
        longest = max((row[end] - row[start] for row in rows), default=0)
        if longest > self._longest_block_seconds():
            self.set_meta(LONGEST_BLOCK_KEY, str(longest))

    def _longest_block_seconds(self) -> int:
        return int(self.get_meta(LONGEST_BLOCK_KEY) or 0)

    def block_rows(
        self,
        start_ts: int | None = None,
        end_ts: int | None = None,
        *,
        ids: Sequence[str] = (),
    ) -> list[dict[str, Any]]:
        """Visible blocks overlapping [start_ts, end_ts) (or with the given ids), by start.

        Each row carries the stored columns plus `calendar`, `occurrence_tag` and
        `series_tag` (the manual tags, or None).
        """
        return block_rows(self.conn, start_ts, end_ts, ids=ids)

    def first_block_start(self) -> int | None:
        """Epoch seconds of the earliest stored block, or None when there is none."""
        row = self.conn.execute("SELECT min(start_ts) FROM blocks").fetchone()
        return None if row[0] is None else int(row[0])

    def ids_with_prefix(self, prefix: str) -> list[str]:
        """Block ids starting with `prefix` (ids may be abbreviated, like git hashes)."""
        rows = self.conn.execute(
            "SELECT DISTINCT id FROM blocks WHERE id >= ? AND id < ? ORDER BY id LIMIT 10",
            [prefix, prefix + "g"],
        ).fetchall()
        return [str(row[0]) for row in rows]

    def rule_inputs(self) -> Iterator[dict[str, Any]]:
        """Every stored block with what the rules read, for re-tagging after rules change."""
        yield from query(
            self.conn,
            "SELECT b.source_id, b.id, b.uid, b.recurrence_id, b.summary, b.description,"
            " b.location, b.categories, b.start_ts, b.end_ts, b.all_day, b.status,"
            " b.transparent, b.attendee_list, b.organizer, b.recurring, s.calendar"
            " FROM blocks AS b JOIN sources AS s ON s.id = b.source_id",
        )

    def update_blocks(self, columns: Sequence[str], updates: Iterable[BlockRow]) -> None:
        """Store recomputed values of some columns (re-tagging, inside a transaction).

        Args:
            columns: names from `BLOCK_COLUMNS`.
            updates: per block, the values of `columns` in order, then its source id and id.
        """
        unknown = set(columns).difference(BLOCK_COLUMNS)
        if unknown:
            raise ValueError(f"not columns of blocks: {sorted(unknown)}")
        assignments = ", ".join(f"{column} = ?" for column in columns)
        self.conn.executemany(
            f"UPDATE blocks SET {assignments} WHERE source_id = ? AND id = ?", updates
        )

    # -- manual tags ------------------------------------------------------------------

    def set_tag(self, uid: str, scope: str, recurrence_id: str, category: str) -> None:
        """Record a manual tag for one occurrence or (scope 'series') a whole series."""
        self.db.execute(
            "INSERT INTO tags (uid, scope, recurrence_id, category, tagged_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (uid, scope, recurrence_id)"
            " DO UPDATE SET category = excluded.category, tagged_at = excluded.tagged_at",
            [uid, scope, recurrence_id, category, _now_iso()],
        )

    def keeps_series_title(self, block_id: str) -> bool:
        """Whether a tag of its series would cover this block (the organiser did not retitle it)."""
        row = self.conn.execute(
            f"SELECT {SERIES_TITLED} FROM blocks AS b WHERE b.id = ?", [block_id]
        ).fetchone()
        return bool(row and row[0])

    def clear_occurrence_tags(self, uid: str) -> None:
        """Forget the per-occurrence tags of a series (a series tag now decides them).

        An occurrence the organiser retitled keeps its own tag: the series tag does not
        cover it.
        """
        self.db.execute(
            "DELETE FROM tags WHERE uid = ? AND scope = 'occurrence' AND recurrence_id NOT IN"
            " (SELECT COALESCE(b.recurrence_id, '') FROM blocks AS b"
            f"  WHERE b.uid = ? AND NOT ({SERIES_TITLED}))",
            [uid, uid],
        )

    # -- import log -------------------------------------------------------------------

    def last_fetched(self) -> dict[str, datetime]:
        """When each location was last read whole (imported or found unchanged), in UTC."""
        rows = self.conn.execute(
            "SELECT location, MAX(finished_at) FROM imports"
            " WHERE outcome IN ('imported', 'unchanged') GROUP BY location"
        ).fetchall()
        return {location: datetime.fromisoformat(finished) for location, finished in rows}

    def log_import(
        self,
        location: str,
        source_id: int | None,
        outcome: str,
        change: Change | None = None,
        skipped: int = 0,
        message: str = "",
        at: datetime | None = None,
    ) -> int:
        """Append one line to the import log, made `at` (default: now); return its id."""
        cursor = self.db.execute(
            "INSERT INTO imports (source_id, location, finished_at, outcome, added, updated,"
            " removed, skipped, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                source_id,
                location,
                _now_iso(at),
                outcome,
                change.added if change else 0,
                change.updated if change else 0,
                change.removed if change else 0,
                skipped,
                message,
            ],
        )
        return int(cursor.lastrowid or 0)

    def count_blocks(self) -> int:
        """How many visible blocks the store holds."""
        row = self.conn.execute(f"SELECT count(*) FROM blocks AS b WHERE {VISIBLE}").fetchone()
        return int(row[0])


def _can_write(path: Path) -> bool:
    """Whether the file can be written: WAL also needs its folder for the -wal and -shm files.

    A file that does not exist yet counts as writable: creating it says what is wrong.
    """
    if not path.exists():
        return True
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _connect(
    target: Path | str, *, uri: bool = False, timeout: float = BUSY_TIMEOUT_SECONDS
) -> sqlite3.Connection:
    # The TUI reads from worker threads; sqlite3 serialises calls on one connection.
    return sqlite3.connect(
        target, timeout=timeout, isolation_level=None, check_same_thread=False, uri=uri
    )


def _use_wal(conn: sqlite3.Connection, wait: float) -> None:
    """Switch the file to WAL, trying again while another program holds it up.

    Programs opening a new file at once each switch it; SQLite answers one of two that would
    deadlock "locked" at once, without waiting, so that one tries again (for as long as a
    write would wait).
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if _error_code(exc) != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _error_code(error: sqlite3.Error) -> int:
    """SQLite's primary result code of an error (SQLITE_BUSY, SQLITE_FULL, ...), or 0."""
    return int(getattr(error, "sqlite_errorcode", 0)) & 0xFF


def _cannot_create(path: Path, error: OSError) -> str:
    """Why the database at `path` cannot be created, naming the path and the problem."""
    for folder in reversed(path.parents):
        if folder.exists() and not folder.is_dir():
            return f"cannot create the database {path}: {folder} is a file, not a folder"
    return f"cannot create the database {path}: {error.strerror or error}"


def _why_not_created(path: Path) -> OSError:
    """The operating system's reason SQLite could not create `path` (asked by trying)."""
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644))
    except OSError as error:
        return error
    path.unlink()  # it could be made after all: SQLite's reason is all there is
    return OSError(0, "SQLite cannot create it there")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; in a folder that cannot be written, one that takes no locks.

    Reading a WAL database needs its -shm file; where that cannot be made (a read-only
    mount), the file is opened as immutable: nobody can be writing to it there.
    """
    uri = path.resolve().as_uri()
    conn = _connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        conn = _connect(f"{uri}?immutable=1", uri=True)
    return conn


def dumps(value: Any) -> str:
    """Compact JSON for list-valued columns."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
