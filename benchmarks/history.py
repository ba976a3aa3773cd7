"""How much each weekly re-import adds to the database, now that every import keeps history.

The base database (one import of the synthetic calendar) is imported into again, once a
week for a few weeks, each time from that week's export (1 % of the events edited, a
different 1 % each week, so each import also undoes the week before's edits: about 2 % of
the events change per import, more than a real week). Each import is recorded as made a
week after the one before. The growth per import, times 52, is what a year of weekly
imports adds; `[history] keep_weeks` bounds what the history keeps.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from synth import HOME, LAST_DAY
from weekly import weekly_export

Run = Callable[..., float]
"""`Importer.run`: (database, expected outcome, source file, **import options) -> seconds."""


@dataclass(frozen=True)
class HistoryGrowth:
    """What weekly re-imports added to the database, per import."""

    imports: int
    bytes_per_import: float
    versions_per_import: float
    history_bytes_per_import: float | None
    """Of `bytes_per_import`, the history's table and index (None without SQLite's dbstat)."""
    total_bytes: int
    """The database's used bytes after the last import."""


def used(path: Path) -> tuple[int, int, int | None]:
    """The database's used bytes (pages not on the free list), its history rows, and the
    bytes of the history's table and index (None where SQLite has no `dbstat`)."""
    conn = sqlite3.connect(path)
    try:
        page_size, pages, free = (
            conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("page_size", "page_count", "freelist_count")
        )
        versions = conn.execute("SELECT count(*) FROM block_versions").fetchone()[0]
        try:
            history = conn.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'block_versions%'"
            ).fetchone()[0]
        except sqlite3.OperationalError:
            history = None
    finally:
        conn.close()
    return page_size * (pages - free), versions, history


def history_growth(
    run: Run, base: Path, source: Path, years: int, *, imports: int = 6, **options: Any
) -> HistoryGrowth:
    """Re-import `imports` weekly exports into a copy of `base`, measuring the growth.

    Args:
        run: imports a file into a database (`Importer.run`).
        base: a closed database holding one import of `source`.
        source: the file the base was imported from; each week's export replaces it.
        years: the synthetic calendar's size.
        imports: how many weekly re-imports.
        options: more options for each import.

    Returns:
        The growth per import.
    """
    database = base.with_name(f"{base.stem}-history.sqlite")
    shutil.copyfile(base, database)
    start_bytes, start_versions, start_history = used(database)
    monday = datetime.combine(LAST_DAY, time(8), ZoneInfo(HOME))
    for week in range(1, imports + 1):
        source.write_text(weekly_export(years, edits=100 + week), newline="")
        run(database, "imported", source, now=monday + timedelta(weeks=week), **options)
    end_bytes, end_versions, end_history = used(database)
    history = None
    if start_history is not None and end_history is not None:
        history = (end_history - start_history) / imports
    return HistoryGrowth(
        imports=imports,
        bytes_per_import=(end_bytes - start_bytes) / imports,
        versions_per_import=(end_versions - start_versions) / imports,
        history_bytes_per_import=history,
        total_bytes=end_bytes,
    )
