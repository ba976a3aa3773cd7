"""The history of each block: versions written by imports, pruned, and migrated into."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from ictime.config import Config, HistorySettings
from ictime.service import import_sources, week_changes
from ictime.store import SCHEMA_VERSION, Store
from support import ME, NEW_YORK
from support.ics import calendar, vevent
from support.schema import as_schema

FIRST_MONDAY = date(2026, 10, 5)
WEEKS = 6


def _weekly_calendar(import_number: int) -> str:
    """Week j's meeting is at 10:00 on its Monday until its Friday import (2j + 1) moves it."""
    events = []
    for week in range(WEEKS):
        day = FIRST_MONDAY + timedelta(weeks=week)
        hour = 10 if import_number <= 2 * week else 14
        start = f"{day:%Y%m%d}T{hour:02d}0000"
        end = f"{day:%Y%m%d}T{hour + 1:02d}0000"
        events.append(vevent(f"w{week}", start, end, "Sync", attendees=("a@corp.example", ME)))
    return calendar(*events)


def _moment(import_number: int) -> datetime:
    """Import 2j: the Sunday evening before week j; import 2j + 1: its Friday evening."""
    monday = FIRST_MONDAY + timedelta(weeks=import_number // 2)
    if import_number % 2 == 0:
        return datetime.combine(monday - timedelta(days=1), datetime.min.time(), NEW_YORK).replace(
            hour=20
        )
    return datetime.combine(monday + timedelta(days=4), datetime.min.time(), NEW_YORK).replace(
        hour=18
    )


def _import(store: Store, config: Config, path: Path, text: str, now: datetime) -> None:
    path.write_text(text, encoding="utf-8")
    (report,) = import_sources(store, config, [str(path)], today=now.date(), now=now)
    # A Sunday's file is the Friday's before it: found unchanged, still an import.
    assert report.outcome in ("imported", "unchanged"), report.error


def _closed_versions(store: Store) -> list[str]:
    rows = store.db.execute(
        "SELECT b.uid FROM block_versions AS b WHERE to_import IS NOT NULL ORDER BY b.uid"
    ).fetchall()
    return [row[0] for row in rows]


def test_an_import_records_only_what_changed(tmp_path: Path, store: Store, config: Config) -> None:
    path = tmp_path / "work.ics"
    _import(store, config, path, _weekly_calendar(0), _moment(0))
    _import(store, config, path, _weekly_calendar(1), _moment(1))

    count = store.db.execute("SELECT count(*) FROM block_versions").fetchone()[0]
    finished = [row[0] for row in store.db.execute("SELECT finished_at FROM imports ORDER BY id")]

    # Six blocks, one of them moved: six first versions and one more; the old one closed.
    assert count == WEEKS + 1
    assert _closed_versions(store) == ["w0"]
    # Each import is recorded as made at its pinned moment (20:00 EDT, 18:00 EDT, in UTC).
    assert finished == ["2026-10-05T00:00:00+00:00", "2026-10-09T22:00:00+00:00"]


def test_pruning_keeps_the_baselines_of_the_weeks_kept(tmp_path: Path, store: Store) -> None:
    config = Config(timezone=NEW_YORK, me_emails=(ME,), history=HistorySettings(keep_weeks=2))
    path = tmp_path / "work.ics"
    for number in range(2 * WEEKS):
        _import(store, config, path, _weekly_calendar(number), _moment(number))

    # The last import is Friday 13 Nov: two weeks back is Fri 30 Oct, whose week (from Mon 26
    # Oct, week 3) is the oldest kept. Its baseline is Sunday 25 Oct's import (number 6), so
    # the versions that ended at or before it (weeks 0-2's, closed by imports 1, 3, 5) are
    # gone, and week 3's old version (closed by import 7) is kept.
    assert _closed_versions(store) == ["w3", "w4", "w5"]
    week_3 = week_changes(store, config, FIRST_MONDAY + timedelta(weeks=3))
    assert [(c.before.start.hour, c.after.start.hour) for c in week_3.moved] == [(10, 14)]
    assert week_3.added == () and week_3.removed == ()


def test_without_pruning_every_week_keeps_its_history(tmp_path: Path, store: Store) -> None:
    config = Config(timezone=NEW_YORK, me_emails=(ME,))  # keep_weeks 104
    path = tmp_path / "work.ics"
    for number in range(2 * WEEKS):
        _import(store, config, path, _weekly_calendar(number), _moment(number))

    assert _closed_versions(store) == [f"w{week}" for week in range(WEEKS)]
    week_0 = week_changes(store, config, FIRST_MONDAY)
    assert [(c.before.start.hour, c.after.start.hour) for c in week_0.moved] == [(10, 14)]


def test_a_v3_database_is_migrated_with_its_blocks_as_the_first_versions(
    tmp_path: Path, db_path: Path, config: Config
) -> None:
    path = tmp_path / "work.ics"
    store = Store.open(db_path)
    _import(store, config, path, _weekly_calendar(0), _moment(0))
    store.close()
    # What an ictime of schema 3 left: no history table.
    conn = sqlite3.connect(db_path, isolation_level=None)
    as_schema(conn, 3)
    conn.close()

    store = Store.open(db_path)
    try:
        version = store.db.execute("PRAGMA user_version").fetchone()[0]
        seeded = store.db.execute(
            "SELECT count(*), min(from_import), max(from_import) FROM block_versions"
        ).fetchone()
        _import(store, config, path, _weekly_calendar(1), _moment(1))
        changes = week_changes(store, config, FIRST_MONDAY)
    finally:
        store.close()

    assert version == SCHEMA_VERSION == 6
    assert tuple(seeded) == (WEEKS, 1, 1)  # every stored block, as of the one import
    # The import made before the migration is the week's baseline.
    assert changes.baseline_at == _moment(0)
    assert [change.after.start.hour for change in changes.moved] == [14]
