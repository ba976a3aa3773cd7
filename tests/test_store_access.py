"""Opening the store from several programs at once, and a database that cannot be written."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from ictime.store import SCHEMA_VERSION, Store

# Each child says it is ready, then waits for the word to open the store: all at once.
_OPEN_AT_ONCE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ictime.store import Store, StoreError

    print("ready", flush=True)
    sys.stdin.readline()
    try:
        Store.open(Path(sys.argv[1])).close()
    except StoreError as exc:
        print(exc)
        sys.exit(3)
    """
)


def test_several_programs_creating_one_new_database_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_AT_ONCE, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(6)
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    outputs = [child.communicate(timeout=120)[0] for child in children]
    assert [child.returncode for child in children] == [0] * len(children), outputs
    store = Store.open(db)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {"sources", "blocks", "tags", "imports", "meta"} <= set(store.db.table_names())
    finally:
        store.close()


def test_threads_creating_one_new_database_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    barrier = threading.Barrier(6)
    errors: list[BaseException] = []

    def open_it() -> None:
        barrier.wait()
        try:
            Store.open(db).close()
        except BaseException as exc:  # every failure is reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
