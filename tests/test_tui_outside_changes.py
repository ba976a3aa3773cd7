"""The app notices when another program (an `ictime import` in a shell) changes its database."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import ClassVar

import ictime.tui.app
from ictime.service import DEMO_TODAY, demo_config, import_sources
from ictime.store import Store
from ictime.tui.app import IctimeApp
from ictime.tui.screens.week_screen import WeekScreen
from ictime.tui.widgets.agenda import AgendaRow
from support.ics import WriteIcs, vevent
from support.tui import SIZE, fixed_clock, settle, wait_until


class QuickToNotice(IctimeApp):
    """The app, looking for outside changes often, so the test is quick."""

    CSS_PATH = str(Path(ictime.tui.app.__file__).with_name("ictime.tcss"))
    DATA_POLL_SECONDS: ClassVar[float] = 0.05


def agenda_text(app: IctimeApp) -> str:
    """Every row of Today's agenda, as plain text."""
    return "\n".join(row.render().plain for row in app.screen.query(AgendaRow))


def import_from_outside(db: Path, calendar: Path) -> None:
    """Import a calendar through a connection of its own, as `ictime import` would."""
    other = Store.open(db)
    try:
        (report,) = import_sources(
            other, demo_config(), [str(calendar)], today=DEMO_TODAY, calendar="outside"
        )
        assert report.outcome == "imported", report.error
    finally:
        other.close()


async def test_today_and_the_week_show_what_another_program_imported(
    demo_db_template: Path, tmp_path: Path, write_ics: WriteIcs
) -> None:
    db = tmp_path / "shared.db"
    shutil.copyfile(demo_db_template, db)
    store = Store.open(db)
    today = write_ics(
        vevent("o1", "20261125T193000", "20261125T203000", "Outside planning", tzid="UTC"),
        name="today.ics",
    )
    later = write_ics(
        vevent("o2", "20261127T200000", "20261127T220000", "Outside review", tzid="UTC"),
        name="later.ics",
    )
    try:
        app = QuickToNotice(store, demo_config(), DEMO_TODAY, clock=fixed_clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "Outside planning" not in agenda_text(app)
            import_from_outside(db, today)
            await wait_until(
                pilot, lambda: "Outside planning" in agenda_text(app), "Today to show it"
            )
            await pilot.press("w")
            await settle(pilot)
            week = app.screen
            assert isinstance(week, WeekScreen) and week.view is not None
            assert "Outside review" not in {block.summary for block in week.view.blocks}
            import_from_outside(db, later)

            def week_shows_it() -> bool:
                view = week.view
                return view is not None and "Outside review" in {b.summary for b in view.blocks}

            await wait_until(pilot, week_shows_it, "the Week review to show it")
    finally:
        store.close()
