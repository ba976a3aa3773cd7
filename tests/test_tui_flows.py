"""Pilot tests of the app's flows: Today, tagging, week navigation, exports, triage, help."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Input, Select, Static

from ictime.service import list_blocks
from ictime.tui.app import IctimeApp
from ictime.tui.messages import BlocksTagged
from ictime.tui.screens.explain_modal import ExplainModal
from ictime.tui.screens.help_modal import HelpModal
from ictime.tui.screens.suggestions_screen import SuggestionsScreen
from ictime.tui.screens.today_screen import TodayScreen
from ictime.tui.screens.triage_screen import TriageScreen
from ictime.tui.screens.week_screen import WeekScreen
from ictime.tui.visuals import week_span
from ictime.tui.widgets.agenda import Agenda, AgendaRow
from ictime.tui.widgets.allocation import AllocationBars
from support.tui import SIZE, MakeApp, settle, wait_until


def text_of(static: Static) -> str:
    """The plain text a Static shows."""
    content = static.content
    return content.plain if isinstance(content, Content) else str(content)


def agenda_text(app: IctimeApp) -> str:
    """Every row of Today's agenda, as plain text."""
    rows = app.screen.query(AgendaRow)
    return "\n".join(row.render().plain for row in rows)


def row_block_id(row: AgendaRow) -> str | None:
    """The id of the block an agenda row shows, if any."""
    return row.entry.block.id if row.entry.block else None


def row_title(row: AgendaRow) -> str | None:
    """The title of the block an agenda row shows, if any."""
    return row.entry.block.summary if row.entry.block else None


def blocks_named(app: IctimeApp, summary: str) -> list[str]:
    """The categories of every stored block with this title."""
    blocks = app.read_store(list_blocks)
    return [b.category for b in blocks if b.summary == summary]


async def test_today_shows_the_day_the_week_and_build_blocks(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TodayScreen)
        assert "Wednesday 25 November 2026" in text_of(screen.query_one("#day-title", Static))
        agenda = agenda_text(app)
        assert "Daily standup" in agenda
        assert "now 10:40" in agenda
        assert "focus time" in agenda  # the 14:15 gap is focus-sized
        assert "untagged: press 0-4" in agenda
        bars = screen.query_one(AllocationBars)
        assert bars.report is not None and "Deep work" in bars.render().plain
        assert "back to back" in text_of(screen.query_one("#alerts", Static))
        assert "Nov" in text_of(screen.query_one("#next-build", Static))


async def test_below_80_columns_today_is_the_agenda_alone(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(70, 20)) as pilot:
        await settle(pilot)
        side = app.screen.query_one("#side-pane")
        agenda = app.screen.query_one(Agenda)
        assert not side.display and agenda.size.width >= 60
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await wait_until(
            pilot, lambda: side.display and side.size.width, "the side pane laid out at 80 columns"
        )
        assert side.display and side.region.right <= 80


async def test_left_and_right_move_a_day(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TodayScreen)
        await pilot.press("right")
        await settle(pilot)
        assert screen.day == date(2026, 11, 26)
        assert "Thursday 26 November" in text_of(screen.query_one("#day-title", Static))
        assert "now" not in agenda_text(app)
        await pilot.press("left", "left")
        await settle(pilot)
        assert screen.day == date(2026, 11, 24)
        await pilot.press("full_stop")
        await settle(pilot)
        assert screen.day == date(2026, 11, 25)


async def test_tagging_a_block_in_triage_shows_everywhere(make_app: MakeApp) -> None:
    app = make_app()
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        triage = app.screen
        assert isinstance(triage, TriageScreen)
        first = triage.selected_block()
        assert first is not None and first.summary == "TBD"  # the week's one untagged block
        await pilot.press("1")
        await settle(pilot)
        # The demo has two "TBD" blocks: both are deep work after the correction.
        assert blocks_named(app, first.summary) == ["deep_work", "deep_work"]
        assert any(isinstance(m, BlocksTagged) for m in seen)
        # The cursor stays in place, so the next block to check (a guess) is now under it.
        after = triage.selected_block()
        assert after is not None and after.guess
        await pilot.press("t")
        await settle(pilot)
        row = next(
            r for r in app.screen.query(AgendaRow) if r.entry.block and r.entry.block.id == first.id
        )
        assert "Deep work" in row.render().plain


async def test_tagging_a_whole_series_from_today(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        agenda = app.screen.query_one(Agenda)
        rows = [r for r in agenda.children if isinstance(r, AgendaRow)]
        agenda.index = next(
            i
            for i, r in enumerate(rows)
            if r.entry.block and r.entry.block.summary == "Platform team sync"
        )
        await pilot.press("2")  # this occurrence only
        await settle(pilot)
        categories = blocks_named(app, "Platform team sync")
        assert categories.count("relationships") == 1
        await pilot.press("s", "4")  # then the whole series
        await settle(pilot)
        categories = blocks_named(app, "Platform team sync")
        assert len(categories) > 10 and set(categories) == {"learning"}
        await pilot.press("exclamation_mark")  # shift+1: series too, in one key
        await settle(pilot)
        assert set(blocks_named(app, "Platform team sync")) == {"deep_work"}


async def test_week_navigation(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        await settle(pilot)
        week = app.screen
        assert isinstance(week, WeekScreen) and week.view is not None
        assert week.monday == date(2026, 11, 23)
        assert "2026-W48" in text_of(week.query_one("#week-title", Static))
        assert "Daily standup" in text_of(week.query_one("#focus-costs", Static))
        # Each back-to-back chain is named once, with its meetings under the alert.
        chains = week.view.report.meetings.back_to_back
        assert chains  # the demo's Wednesday
        alerts = text_of(week.query_one("#week-alerts", Static))
        assert alerts.count("back to back") == len(chains)
        for chain in chains:
            for summary in chain.summaries:
                assert alerts.count(summary) == 1
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert week.monday == date(2026, 11, 16)
        assert week.view is not None and week.view.first_day == date(2026, 11, 16)
        assert "2026-W47" in text_of(week.query_one("#week-title", Static))
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)
        assert week.monday == date(2026, 11, 30)
        assert week.view is not None and week.view.report.trend is not None


def test_week_span_is_as_short_as_is_clear() -> None:
    assert week_span(date(2026, 11, 23)) == "23–29 Nov 2026"
    assert week_span(date(2026, 11, 30)) == "30 Nov – 6 Dec 2026"
    assert week_span(date(2026, 12, 28)) == "28 Dec 2026 – 3 Jan 2027"


async def test_exports_write_the_files(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        review = tmp_path / "ictime-review-2026-W48.md"
        assert review.read_text(encoding="utf-8").startswith("# Review: Week 2026-W48")
        status = app.screen.query_one("#week-status", Static)
        assert str(review) in text_of(status)
        await pilot.press("x")
        await settle(pilot)
        ics = tmp_path / "ictime-build-time-2026-W49.ics"
        assert b"BEGIN:VEVENT" in ics.read_bytes()
        assert str(ics) in text_of(status)


async def test_suggestions_accept_skip_and_export(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await settle(pilot)
        plan_screen = app.screen
        assert isinstance(plan_screen, SuggestionsScreen)
        assert plan_screen.plan is not None and len(plan_screen.plan.suggestions) >= 2
        why = text_of(plan_screen.query_one("#plan-why", Static))
        slot = plan_screen.plan.suggestions[0]
        assert slot.detail in why and "booked deep work" in why
        assert why.count(f"{slot.start:%H:%M}") == 1  # the time is said once
        await pilot.press("x")  # nothing accepted yet
        await settle(pilot)
        assert "Accept a slot first" in text_of(plan_screen.query_one("#plan-status", Static))
        await pilot.press("a", "s")
        first, second = plan_screen.plan.suggestions[:2]
        assert plan_screen.decisions == {first.uid: "accepted", second.uid: "skipped"}
        await pilot.press("x")
        await settle(pilot)
        written = tmp_path / "ictime-accepted-build-time-2026-W48.ics"
        data = written.read_bytes()
        assert data.count(b"BEGIN:VEVENT") == 1 and first.uid.encode() in data
        assert str(written) in text_of(plan_screen.query_one("#plan-status", Static))


async def test_triage_search_filter_and_explain(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        await settle(pilot)
        triage = app.screen
        assert isinstance(triage, TriageScreen)
        everything = len(triage.shown)
        await pilot.press("slash", *"standup")
        assert triage.query_one("#triage-search", Input).value == "standup"
        assert triage.shown and all("standup" in b.summary.lower() for b in triage.shown)
        await pilot.press("escape")
        assert len(triage.shown) == everything
        await pilot.press("f")
        assert triage.query_one("#triage-filter", Select).value == "untagged"
        assert triage.shown and all(b.category == "untagged" for b in triage.shown)
        table = triage.query_one(DataTable)
        assert table.row_count == len(triage.shown)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExplainModal)
        await pilot.press("escape")
        assert isinstance(app.screen, TriageScreen)


async def test_triage_titles_fit_the_width_with_an_ellipsis(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await settle(pilot)
        table = app.screen.query_one(DataTable)

        def fitted_to_80() -> bool:
            """The table is 80 wide and its rows fit (they are refitted after a resize)."""
            widths = [column.get_render_width(table) for column in table.columns.values()]
            return table.row_count > 0 and sum(widths) <= table.size.width == 80

        await wait_until(pilot, fitted_to_80, "the triage rows fitted to 80 columns")
        widths = [column.get_render_width(table) for column in table.columns.values()]
        assert sum(widths) <= table.size.width  # no sideways scrolling
        titles = [str(table.get_row_at(row)[-1]) for row in range(table.row_count)]
        long = "Paper club: distributed systems reading group"
        cut = [t for t in titles if t.endswith("…") and long.startswith(t[:-1])]
        assert len(cut) == 1
        await pilot.resize_terminal(140, 24)
        await settle(pilot)
        await wait_until(
            pilot,
            lambda: any(str(table.get_row_at(row)[-1]) == long for row in range(table.row_count)),
            "the triage titles shown whole at 140 columns",
        )
        titles = [str(table.get_row_at(row)[-1]) for row in range(table.row_count)]
        assert long in titles and not any(t.endswith("…") for t in titles)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await wait_until(pilot, fitted_to_80, "the triage rows fitted to 80 columns again")
        widths = [column.get_render_width(table) for column in table.columns.values()]
        assert sum(widths) <= table.size.width == 80


async def test_help_and_command_palette(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpModal)
        await pilot.press("escape")
        assert isinstance(app.screen, TodayScreen)
        await pilot.press("ctrl+p")
        await wait_until(
            pilot, lambda: isinstance(app.screen, CommandPalette), "the command palette to open"
        )
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Week review")
        palette = app.screen
        await settle(pilot)  # the palette's search (a worker) is done: its list is final
        await wait_until(
            pilot,
            lambda: palette.query_one(CommandList).highlighted is not None,
            "the palette to offer a command",
        )
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WeekScreen)


async def test_a_failing_worker_is_reported_not_fatal(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr("ictime.tui.screens.today_screen.load_day", broken)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        # Today never gets its data, so the app cannot settle: wait for the report instead.
        await wait_until(
            pilot,
            lambda: app.failures and not any(w.is_running for w in app.workers),
            "the failed load to be reported",
        )
        assert app.failures == ["database is locked"]
        assert app.is_running


async def test_the_store_opens_after_the_first_paint_and_a_bad_one_exits_1(
    tmp_path: Path,
) -> None:
    from ictime.service import DEMO_TODAY, demo_config
    from ictime.store import Store

    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database\n" * 100)
    opened: list[Path] = []

    def open_store() -> Store:
        opened.append(bogus)
        return Store.open(bogus)

    app = IctimeApp(open_store, demo_config(), DEMO_TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(
            pilot, lambda: app.return_code is not None, "the app to exit on the bad database"
        )
    assert opened == [bogus]
    assert app.return_code == 1


async def test_the_chosen_theme_is_remembered(make_app: MakeApp, tmp_path: Path) -> None:
    prefs = tmp_path / "state" / "tui.json"
    app = make_app(prefs_file=prefs)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not prefs.exists()  # nothing written until a theme is chosen
        app.theme = "nord"
        await wait_until(pilot, prefs.exists, "the chosen theme to be written")
    assert json.loads(prefs.read_text(encoding="utf-8")) == {"theme": "nord"}
    again = make_app(prefs_file=prefs)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "nord"
    prefs.write_text("{not json", encoding="utf-8")
    broken = make_app(prefs_file=prefs)
    async with broken.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert broken.theme == "textual-dark"  # an unreadable file is ignored


async def test_guesses_are_marked_on_today_and_checked_in_triage(
    make_app: MakeApp, tmp_path: Path
) -> None:
    from ictime.model import CATEGORIES
    from ictime.service import DEMO_TODAY, demo_config
    from ictime.store import Store
    from ictime.timeutil import week_of

    app = make_app()
    store = Store.open(tmp_path / "app-0.db")  # the app's copy of the demo database
    config = demo_config()
    today = [b for b in list_blocks(store, config, DEMO_TODAY, DEMO_TODAY) if b.counted]
    guess = next(b for b in today if b.tag_source == "rule" and b.confident and not b.all_day)
    monday, sunday = week_of(DEMO_TODAY)
    week = list_blocks(store, config, monday, sunday)
    guessed = 1 + sum(1 for b in week if b.counted and not b.all_day and b.guess)
    # As a built-in rule from weak evidence would have stored it.
    store.db.execute("UPDATE blocks SET confident = 0 WHERE id = ?", [guess.id])
    store.close()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = [row for row in app.screen.query(AgendaRow) if row_block_id(row) == guess.id]
        shown = rows[0].render().plain
        assert "?\n" in shown + "\n" and "a guess" in shown
        await pilot.press("b")
        await settle(pilot)
        triage = app.screen
        assert isinstance(triage, TriageScreen) and triage.view is not None
        ranks = [0 if b.category == "untagged" else 1 if b.guess else 2 for b in triage.view.blocks]
        assert ranks == sorted(ranks) and ranks.count(1) == guessed
        count = text_of(triage.query_one("#triage-count", Static))
        assert f"check these: {guessed} guessed" in count
        triage.query_one("#triage-filter", Select).value = "check"
        await settle(pilot)
        assert guess.id in [b.id for b in triage.shown]
        assert all(b.guess or b.category == "untagged" for b in triage.shown)
        table = triage.query_one(DataTable)
        table.move_cursor(row=[b.id for b in triage.shown].index(guess.id))
        assert triage.selected_block() == next(b for b in triage.shown if b.id == guess.id)
        await pilot.press(str(CATEGORIES.index(guess.category) + 1))  # confirm it
        await settle(pilot)
        (confirmed,) = [b for b in app.read_store(list_blocks) if b.id == guess.id]
        assert (confirmed.category, confirmed.tag_source, confirmed.guess) == (
            guess.category,
            "manual",
            False,
        )
        await wait_until(
            pilot,
            lambda: guess.id not in [b.id for b in triage.shown],
            "the confirmed guess left the blocks to check",
        )
