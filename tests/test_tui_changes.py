"""The Friday review in the app: the Week screen's "Since the week began" panel, Today's line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.content import Content
from textual.widgets import Static

from ictime.config import Config
from ictime.service import DEMO_TODAY, demo_calendar_path, import_sources
from ictime.store import Store
from ictime.tui.app import IctimeApp
from ictime.tui.screens.week_screen import WeekScreen
from support import ME, NEW_YORK
from support.ics import calendar, vevent
from support.tui import SIZE, MakeApp, settle, wait_until

PEER = "peer@corp.example"


def text_of(static: Static) -> str:
    """The plain text a Static shows."""
    content = static.content
    return content.plain if isinstance(content, Content) else str(content)


def _meeting(uid: str, start: str, end: str, summary: str) -> str:
    return vevent(uid, start, end, summary, attendees=(PEER, ME))


def _import(path: Path, db: Path, config: Config, text: str, now: datetime) -> None:
    path.write_text(text, encoding="utf-8")
    store = Store.open(db)
    try:
        (report,) = import_sources(store, config, [str(path)], today=now.date(), now=now)
    finally:
        store.close()
    assert report.outcome == "imported", report.error


def _app_with_a_changed_week(make_app: MakeApp, tmp_path: Path) -> IctimeApp:
    """Week 2026-W48 planned on Sunday evening, changed by Wednesday 10:00 (the app's today
    is Wednesday 25 Nov, 10:40)."""
    config = Config(timezone=NEW_YORK, me_emails=(ME,))
    app = make_app(empty=True, config=config)
    db, work = tmp_path / "app-0.db", tmp_path / "work.ics"
    review = _meeting("review", "20261123T100000", "20261123T110000", "Design review")
    vendor = _meeting("vendor", "20261124T130000", "20261124T140000", "Vendor sync")
    sunday = datetime(2026, 11, 22, 20, 0, tzinfo=NEW_YORK)
    _import(work, db, config, calendar(review, vendor), sunday)
    moved = _meeting("review", "20261123T140000", "20261123T150000", "Design review")
    incident = _meeting("incident", "20261125T150000", "20261125T160000", "Incident review")
    hostile = _meeting("hostile", "20261125T160000", "20261125T163000", "[bold]Escalation[/]")
    changed = calendar(moved, incident, hostile)
    _import(work, db, config, changed, datetime(2026, 11, 25, 10, 0, tzinfo=NEW_YORK))
    return app


async def test_today_says_what_was_added_since_the_morning(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = _app_with_a_changed_week(make_app, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        title = app.screen.query_one("#day-title", Static)
        await wait_until(pilot, lambda: "blocks" in text_of(title), "Today's title with its day")
        # The incident review (60 min) and the escalation (30 min) came after Sunday's import,
        # the newest before Wednesday's 09:00.
        assert "2 meetings added today, 1 h 30" in text_of(title)


async def test_the_week_panel_lists_added_removed_and_moved_meetings(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = _app_with_a_changed_week(make_app, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        await settle(pilot)
        week = app.screen
        assert isinstance(week, WeekScreen) and week.view is not None
        panel = text_of(week.query_one("#since-week-began", Static))
        assert "2 meetings added (1 h 30), 1 removed (1 h), 1 moved" in panel
        assert "+ Wed 25 Nov 15:00–16:00 Incident review" in panel
        assert "+ Wed 25 Nov 16:00–16:30 [bold]Escalation[/]" in panel  # literal, not markup
        assert "− Tue 24 Nov 13:00–14:00 Vendor sync" in panel
        assert "↷ Mon 23 Nov 10:00–11:00 → Mon 23 Nov 14:00–15:00 Design review" in panel


async def test_the_demo_week_says_what_happened_to_its_plan(make_app: MakeApp) -> None:
    app = make_app()  # the demo: imported on the Sunday evening and on Wednesday morning
    async with app.run_test(size=SIZE) as pilot:
        title = app.screen.query_one("#day-title", Static)
        await wait_until(pilot, lambda: "blocks" in text_of(title), "Today's title with its day")
        assert "added today" not in text_of(title)  # nothing since this morning's import
        await pilot.press("w")
        await settle(pilot)
        panel = text_of(app.screen.query_one("#since-week-began", Static)).splitlines()
        # data/demo-plan.ics against data/demo.ics: an interview (45 min) and a workshop
        # (1 h 30) added, a Friday sync (1 h) gone, a skip-level moved from Monday to Tuesday.
        assert panel[0].startswith("2 meetings added (2 h 15), 1 removed (1 h), 1 moved")
        assert panel[1:] == [
            "+ Wed 25 Nov 13:00–13:45 Interview: backend engineer (coding)",
            "+ Thu 26 Nov 15:30–17:00 Security guild: threat modeling workshop",
            "− Fri 27 Nov 15:00–16:00 Design sync: event schema",
            "↷ Mon 23 Nov 15:00–16:00 → Tue 24 Nov 15:00–16:00 Skip-level with Dana",
        ]


async def test_one_import_is_no_plan_to_compare(make_app: MakeApp) -> None:
    app = make_app(empty=True)
    async with app.run_test(size=SIZE) as pilot:
        app.write_store(
            lambda store, config: import_sources(
                store, config, [str(demo_calendar_path())], today=DEMO_TODAY
            )
        )
        app.data_changed()
        await pilot.press("w")
        await settle(pilot)
        panel = text_of(app.screen.query_one("#since-week-began", Static))
        assert panel.startswith("No baseline")
