"""Fixtures of the TUI tests: the demo calendar imported once a session, apps over copies of it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ictime.config import Config
from ictime.service import DEMO_TODAY, demo_calendar_path, demo_config, import_sources
from ictime.store import Store
from ictime.tui.app import IctimeApp
from tui_support import MakeApp, fixed_clock


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo calendar imported once per session into a SQLite file (copy it before writing)."""
    path = tmp_path_factory.mktemp("demo-db") / "demo.db"
    store = Store.open(path)
    try:
        reports = import_sources(
            store, demo_config(), [str(demo_calendar_path())], today=DEMO_TODAY, calendar="demo"
        )
        assert reports[0].outcome == "imported", reports[0].error
    finally:
        store.close()
    return path


@pytest.fixture
def make_app(tmp_path: Path, demo_db_template: Path) -> Iterator[MakeApp]:
    """Build apps over a private copy of the demo database (or an empty one), exporting to tmp.

    Call it as `make_app()` for the demo data, `make_app(empty=True)` for a first run;
    `config=` replaces the demo config, other keywords go to `IctimeApp`.
    """
    stores: list[Store] = []

    def build(*, empty: bool = False, config: Config | None = None, **options: Any) -> IctimeApp:
        path = tmp_path / f"app-{len(stores)}.db"
        if not empty:
            shutil.copyfile(demo_db_template, path)
        store = Store.open(path)
        stores.append(store)
        options.setdefault("export_dir", tmp_path)
        options.setdefault("clock", fixed_clock)
        return IctimeApp(store, config or demo_config(), DEMO_TODAY, **options)

    yield build
    for store in stores:
        store.close()
