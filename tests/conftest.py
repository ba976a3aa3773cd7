"""Fixtures: a real SQLite file, a pinned config, .ics writers, a local HTTP server, TUI apps.

Helpers and constants are in `support` (imported from there, never from here).
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from ictime.config import Config
from ictime.service import DEMO_TODAY, demo_config, import_demo
from ictime.store import Store
from ictime.tui.app import IctimeApp
from support import ME, NEW_YORK
from support.ics import WriteIcs, calendar
from support.tui import MakeApp, fixed_clock


@pytest.fixture(autouse=True, scope="session")
def cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The tests' own user cache folder (the compiled regexes), never the person's."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder))
        yield folder


@pytest.fixture
def config() -> Config:
    """Defaults, in New York, with `me` named."""
    return Config(timezone=NEW_YORK, me_emails=(ME,))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database lives."""
    return tmp_path / "ictime.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A fresh, real store."""
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def write_ics(tmp_path: Path) -> WriteIcs:
    """Write a calendar of the given VEVENTs to a file and return its path."""

    def write(*events: str, name: str = "work.ics", calname: str | None = None) -> Path:
        path = tmp_path / name
        path.write_text(calendar(*events, name=calname), encoding="utf-8")
        return path

    return write


@pytest.fixture
def http_root(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A real local HTTP server over a folder: (folder, base URL)."""
    root = tmp_path / "served"
    root.mkdir()
    handler = partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean."""


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """A config file that names me and pins the zone."""
    path = tmp_path / "config.toml"
    path.write_text(f'timezone = "America/New_York"\n[me]\nemails = ["{ME}"]\n')
    return path


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo calendar imported once per session into a SQLite file (copy it before writing)."""
    path = tmp_path_factory.mktemp("demo-db") / "demo.db"
    store = Store.open(path)
    try:
        reports = import_demo(store, demo_config())
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
