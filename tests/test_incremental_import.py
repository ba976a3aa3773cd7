"""The weekly re-import reads only what changed, and ends exactly where a full read would."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings

from ictime.config import Config, ImportSettings
from ictime.service import SourceReport, import_sources, list_blocks, tag_block
from ictime.store import Store, forget_groups
from support import NEW_YORK
from support.cli import db_state, run_ictime
from support.edits import PEOPLE, Calendar, Event, apply, calendars, edits, new_event, render

CONFIG = Config(
    timezone=NEW_YORK,
    import_=ImportSettings(days_back=30, days_ahead=30, max_occurrences_per_series=40),
)

# What an import leaves that a full read of the same file must leave too. The import log
# and the stored groups are how it got there, not where it is.
_TABLES = {
    "blocks": "SELECT * FROM blocks ORDER BY source_id, id",
    "events": "SELECT * FROM events ORDER BY source_id, uid",
    "sources": "SELECT id, location, calendar, content_hash, settings_hash, me, span_start,"
    " span_end FROM sources ORDER BY id",
    "meta": "SELECT * FROM meta ORDER BY key",
    "tags": "SELECT uid, scope, recurrence_id, category FROM tags ORDER BY 1, 2, 3",
}


def contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The tables an import writes, in a comparable order."""
    conn = sqlite3.connect(path)
    try:
        return {name: conn.execute(sql).fetchall() for name, sql in _TABLES.items()}
    finally:
        conn.close()


def said(report: SourceReport) -> tuple[Any, ...]:
    """What a report tells a person (timings and the group counts aside)."""
    skipped = [(item.uid, item.reason) for item in report.skipped]
    return (
        report.outcome,
        report.error,
        report.calendar,
        report.added,
        report.updated,
        report.removed,
        report.occurrences,
        skipped,
        report.warnings,
        report.me,
        report.me_how,
    )


def loosely(report: SourceReport) -> tuple[Any, ...]:
    """What a report says, skipped events and warnings in any order."""
    *head, skipped, warnings, me, how = said(report)
    return (*head, Counter(skipped), Counter(warnings), me, how)


@contextmanager
def read_whole() -> Iterator[None]:
    """Imports read every file whole (the reader's own path, no groups)."""
    with mock.patch("ictime.service.import_groups.split_calendar", return_value=None):
        yield


class Importer:
    """One database and how it imports: incrementally, by a full read, or whole."""

    def __init__(self, folder: Path, name: str, way: str) -> None:
        self.path = folder / f"{name}.db"
        self.store = Store.open(self.path)
        self.way = way

    def run(self, source: Path, calendar: Calendar) -> SourceReport:
        if self.way == "full":
            with self.store.transaction():
                for state in self.store.sources():
                    forget_groups(self.store, state.id)
        if self.way == "whole":
            with read_whole():
                return self._import(source, calendar)
        return self._import(source, calendar)

    def _import(self, source: Path, calendar: Calendar) -> SourceReport:
        (report,) = import_sources(self.store, CONFIG, [str(source)], today=calendar.today)
        return report


# Each way an unchanged group's stored blocks could be wrong, at least once every run.
_ACROSS_THE_START = Event(
    "night@t", "Night", datetime(2026, 10, 25, 23, 30), 60, "America/New_York"
)
_OFFICE = Event("office@t", "Office", datetime(2026, 11, 20, 9), 60, "Custom/Office")
_WEEKLY = Event("weekly@t", "Weekly", datetime(2026, 11, 2, 10), 30, "UTC", "FREQ=WEEKLY")
_MET = Event("met@t", "Met", datetime(2026, 11, 19, 14), 30, "UTC", attendees=PEOPLE[1:])


@settings(max_examples=35, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=calendars(), changes=edits())
@example(Calendar(events=(_OFFICE, _WEEKLY)), [("zone", 0, 1), ("retitle", 1, 0)])
@example(Calendar(events=(_ACROSS_THE_START, _WEEKLY)), [("retitle", 1, 0), ("window", 0, 7)])
@example(
    Calendar(events=(_MET, replace(_WEEKLY, attendees=PEOPLE[:1]))),
    [("reinvite", 1, 2), ("delete", 0, 0)],
)
@example(Calendar(events=(_WEEKLY, _OFFICE)), [("delete", 0, 0), ("add", 9, 41)])
def test_reimports_end_as_full_reads_would(
    first: Calendar, changes: list[tuple[str, int, int]]
) -> None:
    """Random edits, each exported (restamped) and imported three ways: the same database.

    Incrementally (only changed groups read), by a full read of every group, and whole
    (the reader on the whole file, no groups): same tables after every import, same
    reports (the whole read may list skipped events and warnings in another order). The
    last export, imported fresh, gives the same blocks inside the span it covers.
    """
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "work.ics"
        ways = [Importer(folder, way, way) for way in ("incremental", "full", "whole")]
        calendar = first
        for step, edit in enumerate([None, *changes]):
            if edit is not None:
                calendar = apply(calendar, edit)
            source.write_bytes(render(calendar))
            incremental, full, whole = (way.run(source, calendar) for way in ways)
            assert said(incremental) == said(full), f"step {step}: {edit}"
            assert loosely(full) == loosely(whole), f"step {step}: {edit}"
            assert contents(ways[0].path) == contents(ways[1].path), f"step {step}: {edit}"
            assert contents(ways[1].path) == contents(ways[2].path), f"step {step}: {edit}"
        fresh = Importer(folder, "fresh", "incremental")
        last = fresh.run(source, calendar)
        # An unchanged file is skipped even when the window moved: then nothing to compare.
        if incremental.outcome == "imported":
            assert said(last)[6:] == said(incremental)[6:]
            assert_same_inside_span(ways[0].path, fresh.path)
        for way in (*ways, fresh):
            way.store.close()


def assert_same_inside_span(kept: Path, fresh: Path) -> None:
    """The fresh database's blocks are the kept one's, but for blocks outside its span."""
    ours, theirs = contents(kept), contents(fresh)
    assert ours["events"] == theirs["events"]
    span = theirs["sources"][0][6:8] if theirs["sources"] else (None, None)
    assert set(theirs["blocks"]) <= set(ours["blocks"])
    if span[0] is not None:
        inside = {row for row in ours["blocks"] if span[0] <= row[8] < span[1]}
        assert inside <= set(theirs["blocks"])


def _import(store: Store, source: Path, calendar: Calendar, **options: Any) -> SourceReport:
    source.write_bytes(render(calendar))
    (report,) = import_sources(store, CONFIG, [str(source)], today=calendar.today, **options)
    assert report.outcome == "imported", report.error
    return report


def _counts(report: SourceReport) -> tuple[int, ...]:
    assert report.groups is not None, "the file was read whole"
    groups = report.groups
    return groups.added, groups.updated, groups.removed, groups.unchanged, groups.read


WEEK = Calendar(
    events=(
        Event(
            "standup@t",
            "Standup",
            datetime(2026, 11, 2, 9),
            15,
            "America/New_York",
            "FREQ=DAILY;INTERVAL=2",
        ),
        Event("weekly@t", "Weekly", datetime(2026, 11, 3, 10), 60, "Custom/Office", "FREQ=WEEKLY"),
        Event("review@t", "Review", datetime(2026, 11, 24, 13), 60, "America/New_York"),
        Event("retro@t", "Retro", datetime(2026, 11, 26, 15), 60, "Custom/Office"),
        Event("old@t", "Kickoff", datetime(2026, 10, 29, 9), 60, "UTC"),
    )
)


def test_a_restamped_export_reads_nothing_again(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "work.ics"
    assert _counts(_import(store, source, WEEK)) == (5, 0, 0, 0, 5)
    again = _import(store, source, apply(WEEK, ("restamp_only", 0, 3)))
    assert _counts(again) == (0, 0, 0, 5, 0)
    assert (again.added, again.updated, again.removed) == (0, 0, 0)


def test_edits_read_only_their_groups(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "work.ics"
    _import(store, source, WEEK)
    edited = apply(apply(apply(WEEK, ("retitle", 2, 0)), ("delete", 4, 0)), ("add", 1, 8))
    report = _import(store, source, edited)
    assert _counts(report) == (1, 1, 1, 3, 2)


def test_a_moved_window_reads_the_groups_that_reach_its_new_days(
    store: Store, tmp_path: Path
) -> None:
    source = tmp_path / "work.ics"
    _import(store, source, WEEK)
    # A week later the window gains a week at its end (where the two series run on) and
    # loses one at its start (where only the October kickoff was).
    later = apply(WEEK, ("window", 0, 7))
    assert _counts(_import(store, source, later)) == (0, 0, 0, 5, 3)


def test_a_changed_vtimezone_reads_the_groups_using_it(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "work.ics"
    _import(store, source, WEEK)
    # The two groups in Custom/Office, and the two naming a zone the file does not define
    # (the reader may match such a name to a VTIMEZONE loosely); not the one in UTC.
    assert _counts(_import(store, source, apply(WEEK, ("zone", 0, 1)))) == (0, 0, 0, 5, 4)


def test_manual_tags_survive_an_incremental_reimport(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "work.ics"
    _import(store, source, WEEK)
    (review,) = [b for b in list_blocks(store, CONFIG) if b.summary == "Review"]
    tag_block(store, CONFIG, review.id, "learning")
    _import(store, source, apply(apply(WEEK, ("retitle", 2, 1)), ("move_series", 2, 4)))
    (moved,) = [b for b in list_blocks(store, CONFIG) if b.uid == "review@t"]
    assert (moved.id, moved.category, moved.tag_source) == (review.id, "learning", "manual")


def test_worker_processes_read_as_this_process_does(tmp_path: Path) -> None:
    calendar = Calendar(events=tuple(new_event(n, 3 * n + 40, n) for n in range(40)))
    results = []
    for workers in (1, 2):
        store = Store.open(tmp_path / f"{workers}.db")
        try:
            report = _import(store, tmp_path / "work.ics", calendar, workers=workers)
        finally:
            store.close()
        results.append((said(report), contents(tmp_path / f"{workers}.db")))
    assert results[0] == results[1]


_KILLED_WHILE_READING = """
import json, os, signal, sys
from datetime import date
from pathlib import Path
from ictime.config import Config, ImportSettings
from ictime.service import import_sources
from ictime.store import Store
from zoneinfo import ZoneInfo

db, source, pids = sys.argv[1:4]


def descendants(pid):
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def progress(done, total):
    if 0 < done < total:  # a batch is in, the workers read the others
        Path(pids).write_text(json.dumps(descendants(os.getpid())))
        os.kill(os.getpid(), signal.SIGKILL)


config = Config(timezone=ZoneInfo("America/New_York"))
store = Store.open(Path(db))
import_sources(store, config, [source], today=date(2026, 11, 25), workers=2, progress=progress)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_killed_while_workers_read_leaves_the_database_and_no_workers(tmp_path: Path) -> None:
    """SIGKILL in the middle of a multi-core read: nothing written, and the workers go."""
    db, source, pids = tmp_path / "ictime.db", tmp_path / "work.ics", tmp_path / "pids.json"
    store = Store.open(db)
    _import(store, source, WEEK)
    store.close()
    before = db_state(db)
    source.write_bytes(render(Calendar(events=tuple(new_event(n, n, n) for n in range(60)))))
    command = [sys.executable, "-c", _KILLED_WHILE_READING, str(db), str(source), str(pids)]
    result = subprocess.run(command, capture_output=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert db_state(db) == before
    workers = json.loads(pids.read_text())
    assert workers, "no worker processes were reading"
    deadline = time.monotonic() + 60
    while any(_running(pid) for pid in workers):
        assert time.monotonic() < deadline, "worker processes outlived the import"
        time.sleep(0.05)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_the_import_says_what_it_read(tmp_path: Path) -> None:
    source, db = tmp_path / "work.ics", tmp_path / "ictime.db"
    source.write_bytes(render(WEEK))
    first = run_ictime("import", str(source), db=db)
    assert first.returncode == 0, first.stderr
    assert "work.ics: events: 5 new, 0 changed, 0 removed, 0 unchanged; 5 read in " in first.stdout
    source.write_bytes(render(apply(WEEK, ("retitle", 2, 0))))
    again = run_ictime("import", str(source), db=db)
    assert "events: 0 new, 1 changed, 0 removed, 4 unchanged; 1 read in " in again.stdout
