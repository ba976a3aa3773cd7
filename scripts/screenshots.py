"""Regenerate `screenshots/*.svg` from the demo calendar: Today, Week review, Triage, Import, Plan.

Run `.venv/bin/python scripts/screenshots.py [--out screenshots] [--size 120x36]`. Each shot
drives the real app headless (Textual's Pilot) over a fresh copy of the demo database, with
today pinned to the demo's Wednesday and the clock at 10:40, so the files only change when
the app does.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from textual.pilot import Pilot
from textual.widgets import Input

from ictime.config import Config, ImportSettings, Source
from ictime.service import (
    DEMO_TIMEZONE,
    DEMO_TODAY,
    demo_calendar_path,
    demo_config,
)
from ictime.service import import_demo as import_demo_calendar
from ictime.store import Store
from ictime.tui.app import IctimeApp

CLOCK = datetime(2026, 11, 25, 10, 40, tzinfo=ZoneInfo(DEMO_TIMEZONE))

Steps = Callable[[IctimeApp, Pilot[Any]], Awaitable[None]]


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until every worker finished and the messages they posted were handled."""
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def keys(*presses: str) -> Steps:
    """Steps that press keys one at a time, letting the data load after each."""

    async def run(_app: IctimeApp, pilot: Pilot[Any]) -> None:
        for key in presses:
            await pilot.press(key)
            await settle(pilot)

    return run


async def import_demo(app: IctimeApp, pilot: Pilot[Any]) -> None:
    """Open the import dialog and import the demo calendar (as `demo.ics`)."""
    await keys("i")(app, pilot)
    source = app.screen.query_one("#import-source", Input)
    source.cursor_blink = False  # the same picture every time
    source.value = "demo.ics"
    await pilot.press("enter")
    await settle(pilot)


SHOTS: tuple[tuple[str, str, Steps, bool], ...] = (
    ("today", "ictime: Today", keys(), False),
    ("week", "ictime: Week review", keys("w"), False),
    ("triage", "ictime: Triage", keys("b", "1"), False),
    ("import", "ictime: Import", import_demo, True),
    ("suggestions", "ictime: Suggestions", keys("p", "a"), False),
)
"""(file name, window title, what to do, start from an empty database)."""


def demo_database(folder: Path) -> Path:
    """The demo calendar imported into a SQLite file in `folder`, as `ictime demo` does."""
    path = folder / "demo.db"
    store = Store.open(path)
    try:
        import_demo_calendar(store, demo_config())
    finally:
        store.close()
    return path


async def shoot(
    database: Path, config: Config, steps: Steps, size: tuple[int, int], title: str
) -> str:
    """Run the app over `database`, do the steps, and return the screen as SVG."""
    store = Store.open(database)
    try:
        app = IctimeApp(store, config, DEMO_TODAY, export_dir=database.parent, clock=lambda: CLOCK)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await steps(app, pilot)
            return app.export_screenshot(title=title)
    finally:
        store.close()


async def main_async(out: Path, size: tuple[int, int]) -> list[Path]:
    """Write every screenshot; returns the files written."""
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ictime-shots-") as temp:
        folder = Path(temp)
        template = demo_database(folder)
        shutil.copyfile(demo_calendar_path(), folder / "demo.ics")
        here = Path.cwd()
        os.chdir(folder)  # the import dialog shows paths relative to the working folder
        try:
            for name, title, steps, empty in SHOTS:
                database = folder / f"{name}.db"
                if not empty:
                    shutil.copyfile(template, database)
                config = demo_config(
                    sources=(Source("work", "calendars/work.ics"),),
                    # The source is there to be listed; the shot does not refresh it.
                    import_=ImportSettings(refresh_on_start=False),
                )
                svg = await shoot(database, config, steps, size, title)
                path = out / f"{name}.svg"
                path.write_text(svg, encoding="utf-8")
                written.append(path)
        finally:
            os.chdir(here)
    return written


def main(argv: list[str] | None = None) -> int:
    """Parse the options and write the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--size", default="120x36", help="terminal size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    for path in asyncio.run(main_async(out, (width, height))):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
