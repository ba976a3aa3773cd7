"""Faults around the database: busy, full, a path that cannot be one. A message, no traceback.

Issue 12, items 4-6. Each runs the real command line (or the real app) on a real file.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ictime.service import DEMO_TODAY, demo_config, open_store
from ictime.store import Store
from ictime.tui.app import IctimeApp
from ictime.tui.screens.triage_screen import TriageScreen
from support import ME
from support.cli import db_state, run_ictime, run_ictime_on_a_full_disk
from support.ics import WriteIcs, vevent
from support.tui import SIZE, fixed_clock, settle, wait_until


@contextmanager
def write_lock_held(path: Path) -> Iterator[None]:
    """Another program holding the database's write lock while the block runs."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


def config_waiting(tmp_path: Path, seconds: float) -> Path:
    """A config whose commands wait `seconds` for another program's write lock."""
    path = tmp_path / "config.toml"
    path.write_text(
        f'timezone = "America/New_York"\n[me]\nemails = ["{ME}"]\n'
        f"[database]\nbusy_timeout_seconds = {seconds}\n"
    )
    return path


# -- 4. Another program holds the write lock ----------------------------------------------


def test_a_database_locked_by_another_program_is_reported_busy(
    write_ics: WriteIcs, db_path: Path, tmp_path: Path
) -> None:
    config = config_waiting(tmp_path, 0.2)
    first = write_ics(vevent("a", "20261124T090000", "20261124T100000", "Plan"))
    assert run_ictime("import", str(first), db=db_path, config=config).returncode == 0
    (block,) = json.loads(
        run_ictime("blocks", "--format", "json", db=db_path, config=config).stdout
    )
    second = write_ics(vevent("b", "20261125T090000", "20261125T100000", "Review"), name="team.ics")
    before = db_state(db_path)
    with write_lock_held(db_path):
        tagged = run_ictime("tag", block["id"], "learning", db=db_path, config=config)
        imported = run_ictime("import", str(second), db=db_path, config=config)
    assert db_state(db_path) == before
    for result, command in (
        (tagged, f"ictime tag {block['id']} learning"),
        (imported, f"ictime import {second}"),
    ):
        assert result.returncode == 1, result
        assert "Traceback" not in result.stderr
        assert "is busy" in result.stderr and str(db_path) in result.stderr
        assert command in result.stderr
    # Once the other program is done, the same commands work.
    assert run_ictime("tag", block["id"], "learning", db=db_path, config=config).returncode == 0
    assert run_ictime("import", str(second), db=db_path, config=config).returncode == 0


async def test_the_app_says_the_database_is_busy_and_keeps_running(
    demo_db_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_db_template, path)
    store = Store.open(path, busy_timeout=0.2)
    app = IctimeApp(store, demo_config(), DEMO_TODAY, export_dir=tmp_path, clock=fixed_clock)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("b")
            await settle(pilot)
            assert isinstance(app.screen, TriageScreen)
            block = app.screen.selected_block()
            assert block is not None and block.category == "untagged"
            with write_lock_held(path):
                await pilot.press("1")
                await wait_until(
                    pilot,
                    lambda: app.failures or app.return_code is not None,
                    "the refused tag to be reported",
                )
            assert app.return_code is None, "the app left"
            assert "is busy" in app.failures[0] and "not made" in app.failures[0]
            await settle(pilot)
            assert app.screen.selected_block() == block  # still untagged: nothing written
    finally:
        store.close()


def test_the_busy_wait_is_checked_in_the_config(db_path: Path, tmp_path: Path) -> None:
    config = config_waiting(tmp_path, -1)
    result = run_ictime("blocks", db=db_path, config=config)
    assert result.returncode == 2
    assert "busy_timeout_seconds" in result.stderr and "Traceback" not in result.stderr


# -- 5. The disk fills up in the middle of an import --------------------------------------


def test_a_full_disk_mid_import_says_so_and_leaves_the_database_as_it_was(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000", "Plan"))
    assert run_ictime("import", str(path), db=db_path, config=config_file).returncode == 0
    before = db_state(db_path)
    long_text = "x" * 2000
    write_ics(
        *(
            vevent(
                f"e{n}",
                f"202611{10 + n % 20}T090000",
                f"202611{10 + n % 20}T100000",
                f"Event {n}",
                extra=f"DESCRIPTION:{long_text}",
            )
            for n in range(400)
        )
    )
    result = run_ictime_on_a_full_disk("import", str(path), db=db_path, config=config_file)
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr and "rollback" not in result.stderr.lower()
    assert "disk" in result.stderr and "full" in result.stderr
    assert str(db_path) in result.stderr and f"ictime import {path}" in result.stderr
    assert db_state(db_path) == before


# -- 6. A database path that cannot exist -------------------------------------------------


def impossible_paths(tmp_path: Path) -> list[tuple[Path, str]]:
    """Database paths that cannot be created, with the problem the message must name."""
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder\n")
    paths = [
        (a_file / "ictime.db", f"{a_file} is a file, not a folder"),
        (a_file / "deeper" / "ictime.db", f"{a_file} is a file, not a folder"),
    ]
    if sys.platform == "linux" and Path("/sys/kernel").is_dir():
        # sysfs refuses new files and folders, even to root: as a read-only file system does.
        paths.append((Path("/sys/ictime-test.db"), "ermission denied"))
        paths.append((Path("/sys/ictime-test/ictime.db"), "not permitted"))
    return paths


def test_a_database_path_that_cannot_exist_is_named_with_its_problem(
    tmp_path: Path, config_file: Path
) -> None:
    for path, problem in impossible_paths(tmp_path):
        result = run_ictime("blocks", db=path, config=config_file)
        assert result.returncode == 1, result
        assert "Traceback" not in result.stderr and "Errno" not in result.stderr
        assert f"cannot create the database {path}" in result.stderr
        assert problem in result.stderr


async def test_the_app_names_a_database_path_that_cannot_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ((path, problem), *_others) = impossible_paths(tmp_path)
    config = demo_config()

    def opening() -> Store:
        return open_store(path, config)

    app = IctimeApp(opening, config, DEMO_TODAY, export_dir=tmp_path, clock=fixed_clock)
    said: list[object] = []
    leave = app.exit

    def exit_saying(*args: object, **kwargs: object) -> None:
        said.append(kwargs.get("message"))
        leave(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(app, "exit", exit_saying)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.return_code is not None, "the app to exit")
    assert app.return_code == 1
    assert not app.failures  # not "Something went wrong"
    (message,) = said
    assert f"cannot create the database {path}" in str(message) and problem in str(message)
