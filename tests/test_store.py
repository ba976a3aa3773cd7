"""The SQLite store itself: WAL, schema version and migrations, files that are not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ictime.store import SCHEMA_VERSION, Store, StoreError
from support.cli import run_ictime


def test_new_store_is_wal_with_the_current_schema(db_path: Path) -> None:
    Store.open(db_path).close()
    again = Store.open(db_path)  # migrating an up-to-date store is a no-op
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert again.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {"sources", "events", "blocks", "tags", "imports", "meta"} <= set(again.db.table_names())
    again.close()


def test_a_store_from_a_newer_ictime_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer ictime"):
        Store.open(db_path)


def test_a_file_that_is_not_sqlite_is_refused_by_name(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store.open(bogus)
    result = run_ictime("blocks", db=bogus)
    assert result.returncode == 1
    assert "notes.db" in result.stderr and "Traceback" not in result.stderr
    assert bogus.read_text().startswith("these are my notes")


def test_nothing_can_be_written_inside_read_only(store: Store) -> None:
    with store.read_only(), pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.set_meta("written", "by a read")
    store.set_meta("written", "by a write")
    assert store.get_meta("written") == "by a write"
