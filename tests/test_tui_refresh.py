"""Configured sources refresh in the background when the app opens, against a real server."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ictime.config import Config, ImportSettings, Source
from ictime.service import demo_config, stale_sources
from ictime.store import Store
from ictime.tui.app import IctimeApp
from ictime.tui.screens.today_screen import TodayScreen
from support.ics import calendar, vevent
from support.tui import FIXED_NOW, SIZE, MakeApp, settle, wait_until

NEW_TITLE = "Incident review (refreshed)"


@dataclass
class CalendarServer:
    """A local server whose one calendar can be held back, broken or changed."""

    url: str
    body: bytes = b""
    status: int = 200
    requests: int = 0
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def server() -> Iterator[CalendarServer]:
    """Serve `server.body` at `server.url`, once `server.release` is set."""
    state = CalendarServer(url="")
    state.release.set()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests += 1
            state.release.wait(timeout=60)
            self.send_response(state.status)
            self.send_header("Content-Type", "text/calendar")
            self.end_headers()
            self.wfile.write(state.body if state.status == 200 else b"")

        def log_message(self, format: str, *args: object) -> None:
            """Keep the test output quiet."""

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/work.ics"
    state.body = calendar(
        vevent("refresh-1", "20261125T073000", "20261125T080000", NEW_TITLE)
    ).encode()
    yield state
    state.release.set()
    httpd.shutdown()
    httpd.server_close()


def _with_source(url: str) -> Config:
    return demo_config(sources=(Source("work", url),))


def _today(app: IctimeApp) -> TodayScreen:
    screen = app.screen
    assert isinstance(screen, TodayScreen)
    return screen


def _titles(app: IctimeApp) -> list[str]:
    view = _today(app).view
    return [block.summary for block in view.blocks] if view else []


def _title_line(app: IctimeApp) -> str:
    return str(_today(app).query_one("#day-title").render())


async def test_the_day_shows_before_a_slow_source_answers_and_updates_when_it_lands(
    make_app: MakeApp, server: CalendarServer
) -> None:
    server.release.clear()
    app = make_app(config=_with_source(server.url))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: _today(app).view is not None, "Today's first load")
        await wait_until(pilot, lambda: server.requests == 1, "the refresh to ask the server")
        assert _titles(app), "the demo day is on screen while the server has not answered"
        assert NEW_TITLE not in _titles(app)
        await wait_until(pilot, lambda: "refreshing work" in _title_line(app), "the status")
        server.release.set()
        await wait_until(pilot, lambda: NEW_TITLE in _titles(app), "the refreshed day")
        await settle(pilot)
        assert "work: 1 added, 0 updated, 0 removed at " in _title_line(app)


async def test_a_refresh_that_ends_on_another_screen_is_said_back_on_today(
    make_app: MakeApp, server: CalendarServer
) -> None:
    server.release.clear()
    server.status = 500  # a failure changes no data, so nothing else would redraw Today
    app = make_app(config=_with_source(server.url))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "refreshing work" in _title_line(app), "the status")
        await pilot.press("w")
        # (Not `settle`: the held refresh keeps a worker running until the download times out.)
        await wait_until(pilot, lambda: not isinstance(app.screen, TodayScreen), "another screen")
        server.release.set()
        await wait_until(pilot, lambda: "could not" in app.refresh_status, "the refresh to end")
        await pilot.press("t")
        await settle(pilot)
        line = _title_line(app)
        assert "work: could not refresh: HTTP 500" in line and "refreshing" not in line


async def test_a_failing_source_says_why_once_and_the_data_stays(
    make_app: MakeApp, server: CalendarServer
) -> None:
    server.status = 500
    app = make_app(config=_with_source(server.url))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await wait_until(pilot, lambda: "could not refresh" in _title_line(app), "the failure")
        assert "work: could not refresh: HTTP 500" in _title_line(app)
        assert _titles(app) and NEW_TITLE not in _titles(app)
        assert app.failures == [], "a failed refresh is a status, not an error dialog"


async def test_a_second_start_within_the_threshold_does_not_fetch_and_r_does(
    tmp_path: Path, make_app: MakeApp, server: CalendarServer
) -> None:
    config = _with_source(server.url)
    first = make_app(config=config)
    async with first.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: NEW_TITLE in _titles(first), "the first refresh")
        await settle(pilot)
    assert server.requests == 1
    store = first._store
    assert store is not None
    second = IctimeApp(store, config, first.today, export_dir=tmp_path, clock=first._clock)
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert server.requests == 1, "fetched again within refresh_after_hours"
        assert NEW_TITLE in _titles(second)
        await pilot.press("r")
        await wait_until(pilot, lambda: server.requests == 2, "r to fetch now")
        await settle(pilot)
        assert "work: unchanged at " in _title_line(second)


async def test_refresh_on_start_can_be_turned_off(
    make_app: MakeApp, server: CalendarServer
) -> None:
    config = replace(_with_source(server.url), import_=ImportSettings(refresh_on_start=False))
    app = make_app(config=config)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert server.requests == 0
        assert "·" not in _title_line(app)


async def test_with_no_source_today_nudges_when_the_last_import_is_old(
    make_app: MakeApp,
) -> None:
    app = make_app()
    store = app._store
    assert store is not None
    # Nine days before the app's "now" (the tests' clock), not the machine's.
    long_ago = (
        (FIXED_NOW - timedelta(days=9, hours=1)).astimezone(UTC).isoformat(timespec="seconds")
    )
    store.db.execute("UPDATE imports SET finished_at = ?", [long_ago])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await wait_until(pilot, lambda: "press i" in _title_line(app), "the nudge")
        assert "last import 9 days ago — press i" in _title_line(app)


def test_a_file_source_is_stale_only_when_its_content_changed(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "work.ics"
    path.write_text(calendar(vevent("f-1", "20261125T090000", "20261125T100000", "A")))
    config = replace(demo_config(), sources=(Source("work", str(path)),))
    assert stale_sources(store, config) == list(config.sources), "never imported"
    from ictime.service import import_sources

    import_sources(store, config, [str(path)], today=datetime(2026, 11, 25).date())
    assert stale_sources(store, config) == []
    path.write_text(calendar(vevent("f-1", "20261125T090000", "20261125T100000", "B")))
    assert stale_sources(store, config) == list(config.sources)


def test_a_url_is_stale_once_refresh_after_hours_have_passed(
    store: Store, server: CalendarServer
) -> None:
    config = _with_source(server.url)
    from ictime.service import import_sources

    import_sources(store, config, [server.url], today=datetime(2026, 11, 25).date())
    now = datetime.now(UTC)
    assert stale_sources(store, config, now + timedelta(hours=5)) == []
    assert stale_sources(store, config, now + timedelta(hours=6, minutes=1)) == list(config.sources)
    # The log is what is compared: nothing else is read for a URL.
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 1
