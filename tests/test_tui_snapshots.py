"""Snapshots of each screen over the demo data, at a fixed size, today and clock."""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from ictime.config import ImportSettings, Source
from ictime.service import demo_calendar_path, demo_config
from support.tui import SIZE, MakeApp, settle

SnapCompare = Callable[..., bool]


def after(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Let the data load, press the keys one by one, and let the data load again."""

    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run


def test_today(snap_compare: SnapCompare, make_app: MakeApp) -> None:
    """Today at 10:40 on the demo Wednesday: timeline, now line, week bars, alerts, build blocks."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after())


def test_today_small_terminal(snap_compare: SnapCompare, make_app: MakeApp) -> None:
    """Today at 80x24: the timeline packs one row per entry and the side panels scroll."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=after("down", "down"))


def test_week_review(snap_compare: SnapCompare, make_app: MakeApp) -> None:
    """The Week review of 2026-W48."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after("w"))


def test_week_review_large_terminal(snap_compare: SnapCompare, make_app: MakeApp) -> None:
    """The Week review at 160x48: panels in two columns, the days side by side."""
    assert snap_compare(make_app(), terminal_size=(160, 48), run_before=after("w"))


def test_triage(snap_compare: SnapCompare, make_app: MakeApp) -> None:
    """Triage after tagging the first untagged block as deep work."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after("b", "1"))


def test_import_summary(
    snap_compare: SnapCompare, make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import dialog after importing the demo calendar into an empty database."""
    shutil.copyfile(demo_calendar_path(), tmp_path / "demo.ics")
    monkeypatch.chdir(tmp_path)
    # The dialog lists the configured source; the app does not refresh it by itself here.
    config = demo_config(
        sources=(Source("work", "calendars/work.ics"),),
        import_=ImportSettings(refresh_on_start=False),
    )
    app = make_app(empty=True, config=config)

    async def import_demo(pilot: Pilot[Any]) -> None:
        await after("i")(pilot)
        source = app.screen.query_one("#import-source", Input)
        source.cursor_blink = False  # a blinking cursor makes the picture depend on timing
        source.value = "demo.ics"
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=import_demo)


def test_suggestions(snap_compare: SnapCompare, make_app: MakeApp) -> None:
    """Suggestions with the first slot accepted and the second skipped."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after("p", "a", "s"))


def test_help(snap_compare: SnapCompare, make_app: MakeApp) -> None:
    """The help screen over Today."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after("question_mark"))
