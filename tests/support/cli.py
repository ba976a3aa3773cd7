"""The CLI as a person runs it (`python -m ictime`), and everything a database holds."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def run_ictime(
    *args: str, db: Path, config: Path | None = None, today: str = "2026-11-25"
) -> subprocess.CompletedProcess[str]:
    """Run `python -m ictime` as a person would, with a pinned today and a given database."""
    return _run([sys.executable, "-m", "ictime", *args], db=db, config=config, today=today)


# Runs the command line after limiting every store it opens to its size then plus `extra`
# pages: SQLite's own "database or disk is full" (SQLITE_FULL), as on a full disk.
_FULL_DISK = """
import sys
from ictime.store import Store

opened = Store.open.__func__
extra = int(sys.argv.pop(1))

def open_nearly_full(cls, *args, **kwargs):
    store = opened(cls, *args, **kwargs)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + extra}")
    return store

Store.open = classmethod(open_nearly_full)
sys.argv[0] = "ictime"
from ictime.launch import main
main()
"""


def run_ictime_on_a_full_disk(
    *args: str, db: Path, config: Path | None = None, extra_pages: int = 0
) -> subprocess.CompletedProcess[str]:
    """Run the command line as `run_ictime` does, its database allowed to grow `extra_pages`.

    The limit is SQLite's `max_page_count`, set on the command's own connection once the
    store is open: a write that needs more pages fails as it would on a full disk.
    """
    command = [sys.executable, "-c", _FULL_DISK, str(extra_pages), *args]
    return _run(command, db=db, config=config, today="2026-11-25")


def _run(
    command: list[str], *, db: Path, config: Path | None, today: str
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ICTIME_")}
    env |= {"ICTIME_DB": str(db), "ICTIME_TODAY": today, "TZ": "America/New_York"}
    if config is not None:
        env["ICTIME_CONFIG"] = str(config)
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def db_state(path: Path) -> list[str]:
    """Everything a database holds, as SQL text, to compare before and after."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
