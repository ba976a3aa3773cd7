"""Opening the store from several programs at once, and a database that cannot be written."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ictime.service import DEMO_TODAY, demo_config
from ictime.store import SCHEMA_VERSION, Store
from ictime.tui.app import IctimeApp
from ictime.tui.screens.triage_screen import TriageScreen
from support.cli import db_state, run_ictime
from support.ics import WriteIcs, vevent
from support.tui import SIZE, fixed_clock, settle, wait_until

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


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make files and folders read-only for every user, as a read-only mount is.

    Root writes through permission bits, so as root the paths are made immutable instead.
    """
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True)
        if made.returncode != 0:
            pytest.skip(f"cannot make files read-only here: {made.stderr.decode().strip()}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
        return
    modes = {path: path.stat().st_mode for path in paths}
    for path in paths:
        path.chmod(stat.S_IMODE(modes[path]) & ~0o222)
    try:
        yield
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


@pytest.fixture
def imported_db(write_ics: WriteIcs, tmp_path: Path, config_file: Path) -> Path:
    """A database (in a folder of its own) holding one imported block, closed cleanly."""
    folder = tmp_path / "backup"
    folder.mkdir()
    db = folder / "ictime.db"
    path = write_ics(vevent("r", "20261124T090000", "20261124T100000", "Design review"))
    result = run_ictime("import", str(path), db=db, config=config_file)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["ictime.db"]
    return db


@pytest.mark.parametrize("mount", [True, False], ids=["read-only folder", "read-only file"])
def test_a_read_only_database_can_be_read_but_not_written(
    imported_db: Path, write_ics: WriteIcs, config_file: Path, mount: bool
) -> None:
    before = db_state(imported_db)
    other = write_ics(vevent("n", "20261125T090000", "20261125T100000", "New"), name="n.ics")
    with read_only(imported_db, *([imported_db.parent] if mount else [])):
        for args in (["blocks", "--format", "json"], ["report"], ["explain", "ignored"]):
            result = run_ictime(*args, db=imported_db, config=config_file)
            assert "Traceback" not in result.stderr, result.stderr
            assert "not a usable" not in result.stderr
        listed = run_ictime("blocks", "--format", "json", db=imported_db, config=config_file)
        assert listed.returncode == 0, listed.stderr
        (block,) = json.loads(listed.stdout)
        assert block["summary"] == "Design review"
        explained = run_ictime("explain", block["id"], db=imported_db, config=config_file)
        assert explained.returncode == 0 and "Design review" in explained.stdout
        for args in (["import", str(other)], ["tag", block["id"], "learning"]):
            result = run_ictime(*args, db=imported_db, config=config_file)
            assert result.returncode == 1, (args, result.stdout, result.stderr)
            assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert db_state(imported_db) == before


def test_a_read_only_database_shows_its_tags_as_stored_when_the_rules_changed(
    imported_db: Path, tmp_path: Path
) -> None:
    changed = tmp_path / "changed.toml"
    changed.write_text(
        'timezone = "America/New_York"\n'
        '[[rules]]\nname = "Reviews are learning"\ncategory = "learning"\ntitle = "review"\n'
    )
    with read_only(imported_db, imported_db.parent):
        listed = run_ictime("blocks", "--format", "json", db=imported_db, config=changed)
    assert listed.returncode == 0, listed.stderr
    (block,) = json.loads(listed.stdout)
    assert block["rule"] == "default:communication"


async def test_the_app_shows_a_read_only_database_and_says_so_when_asked_to_tag(
    demo_db_template: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mount"
    folder.mkdir()
    db = folder / "demo.db"
    shutil.copyfile(demo_db_template, db)
    with read_only(db, folder):
        store = Store.open(db)
        try:
            app = IctimeApp(
                store, demo_config(), DEMO_TODAY, clock=fixed_clock, export_dir=tmp_path
            )
            async with app.run_test(size=SIZE) as pilot:
                await settle(pilot)
                await pilot.press("b")
                await settle(pilot)
                assert isinstance(app.screen, TriageScreen)
                assert app.screen.selected_block() is not None
                await pilot.press("1")
                await wait_until(
                    pilot,
                    lambda: app.failures or app.return_code is not None,
                    "the refused tag to be reported",
                )
                assert app.return_code is None, "the app left"
                assert "read-only" in app.failures[0]
        finally:
            store.close()
