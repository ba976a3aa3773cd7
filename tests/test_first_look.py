"""The first look: the day's blocks read for Today's first frame, before the store is opened."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from ictime.config import Config
from ictime.service import (
    DEMO_TODAY,
    demo_config,
    first_look,
    list_blocks,
    open_store,
    tag_block,
)
from ictime.store import Store
from ictime.tui.app import IctimeApp
from ictime.tui.widgets.agenda import AgendaRow
from support.tui import SIZE, MakeApp, fixed_clock, settle, wait_until


def demo_copy(template: Path, folder: Path) -> Path:
    """A private copy of the demo database."""
    path = folder / "ictime.db"
    shutil.copyfile(template, path)
    return path


def digest(path: Path) -> str:
    """The bytes of the database file, hashed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_it_reads_what_the_store_shows_for_the_day(demo_db_template: Path, tmp_path: Path) -> None:
    path = demo_copy(demo_db_template, tmp_path)
    config = demo_config()
    store = open_store(path, config)
    day_blocks = list_blocks(store, config, DEMO_TODAY, DEMO_TODAY)
    tagged = next(b for b in day_blocks if b.counted and not b.all_day)
    tag_block(store, config, tagged.id, "learning")  # a manual tag shows too
    expected = list_blocks(store, config, DEMO_TODAY, DEMO_TODAY)
    store.close()

    found = first_look(path, config, DEMO_TODAY)

    assert found is not None
    assert len(expected) >= 3
    assert list(found) == expected
    assert next(b for b in found if b.id == tagged.id).tag_source == "manual"


def test_it_writes_nothing(demo_db_template: Path, tmp_path: Path) -> None:
    path = demo_copy(demo_db_template, tmp_path)
    before = digest(path)
    assert first_look(path, demo_config(), DEMO_TODAY)
    assert digest(path) == before


def test_it_leaves_the_day_to_the_store_when_the_file_is_not_ready(
    demo_db_template: Path, tmp_path: Path
) -> None:
    config = demo_config()
    assert first_look(tmp_path / "missing.db", config, DEMO_TODAY) is None
    assert not (tmp_path / "missing.db").exists()  # nothing is created

    empty = tmp_path / "empty.db"
    Store.open(empty).close()
    assert first_look(empty, config, DEMO_TODAY) is None  # nothing imported: the store says so

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert first_look(garbage, config, DEMO_TODAY) is None

    older = demo_copy(demo_db_template, tmp_path)
    with sqlite3.connect(older) as conn:
        conn.execute("PRAGMA user_version = 1")
    assert first_look(older, config, DEMO_TODAY) is None


def test_tags_from_other_rules_are_not_shown(demo_db_template: Path, tmp_path: Path) -> None:
    path = demo_copy(demo_db_template, tmp_path)
    config = demo_config()
    assert first_look(path, config, DEMO_TODAY) is not None
    rule = {"name": "Everything is learning", "category": "learning", "min_minutes": 1}
    changed = dataclasses.replace(config, rules=(*config.rules, rule))
    assert first_look(path, changed, DEMO_TODAY) is None  # stale tags: the store re-tags first
    open_store(path, changed).close()
    found = first_look(path, changed, DEMO_TODAY)
    assert found is not None
    assert {b.category for b in found if b.counted and not b.all_day} == {"learning"}


async def test_the_agenda_is_in_the_first_frame_before_the_store_opens(
    demo_db_template: Path, tmp_path: Path
) -> None:
    path = demo_copy(demo_db_template, tmp_path)
    config: Config = demo_config()
    release = threading.Event()
    opened: list[Store] = []

    def slow_open() -> Store:
        release.wait(timeout=30)
        opened.append(open_store(path, config))
        return opened[0]

    app = IctimeApp(
        slow_open,
        config,
        DEMO_TODAY,
        export_dir=tmp_path,
        clock=fixed_clock,
        first_look=lambda: first_look(path, config, DEMO_TODAY),
    )
    expected = [b.summary for b in first_look(path, config, DEMO_TODAY) or ()]
    try:
        async with app.run_test(size=SIZE) as pilot:
            rows = app.screen.query(AgendaRow)
            shown = [row.entry.block.summary for row in rows if row.entry.block]
            assert len(expected) >= 3
            assert sorted(shown) == sorted(expected)
            assert not any(row.entry.kind == "gap" for row in rows)  # the analysis comes later
            release.set()
            await wait_until(
                pilot,
                lambda: any(r.entry.kind == "gap" for r in app.screen.query(AgendaRow)),
                "the day's open gaps",
            )
            await settle(pilot)
            after = [r.entry.block.summary for r in app.screen.query(AgendaRow) if r.entry.block]
            assert after == shown
    finally:
        release.set()
        for store in opened:
            store.close()


READ_ONLY_RUN = """
import sys
from pathlib import Path
from ictime.service import DEMO_TODAY, demo_config, load_day, open_store
from ictime.timeutil import day_start

config = demo_config()
store = open_store(Path(sys.argv[1]), config)
with store.read_only():
    view = load_day(store, config, DEMO_TODAY, day_start(DEMO_TODAY, config.timezone))
assert view.blocks, "the demo day has blocks"
print("sqlite_utils" in sys.modules)
"""


def test_reading_never_loads_sqlite_utils(demo_db_template: Path, tmp_path: Path) -> None:
    path = demo_copy(demo_db_template, tmp_path)
    open_store(path, demo_config()).close()  # tags follow this config: nothing to write
    done = subprocess.run(
        [sys.executable, "-c", READ_ONLY_RUN, str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
    # ... and a write does load it (the check above can fail).
    writing = READ_ONLY_RUN.replace("with store.read_only():", "with store.transaction():")
    writing = writing.replace("load_day(", "store.set_meta('x', 'y') or load_day(")
    done = subprocess.run(
        [sys.executable, "-c", writing, str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


async def test_the_app_collects_garbage_again_once_its_first_frame_is_out(
    make_app: MakeApp,
) -> None:
    gc.disable()  # as `ictime.launch` does while the app starts
    try:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await wait_until(pilot, gc.isenabled, "the collector to run again")
    finally:
        gc.enable()
