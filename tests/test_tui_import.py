"""Pilot tests of the import dialog, bad input, and untrusted calendar text shown literally."""

from __future__ import annotations

from pathlib import Path

from textual.content import Content
from textual.message import Message
from textual.widgets import Button, DataTable, Input, OptionList, ProgressBar, Static

from ictime.config import ImportSettings, Source
from ictime.service import demo_calendar_path, demo_config
from ictime.tui.app import IctimeApp
from ictime.tui.messages import BlocksImported
from ictime.tui.screens.explain_modal import ExplainModal
from ictime.tui.screens.import_modal import ImportModal
from ictime.tui.screens.today_screen import TodayScreen
from ictime.tui.screens.triage_screen import TriageScreen
from ictime.tui.widgets.agenda import AgendaRow
from support.tui import SIZE, MakeApp, settle

CLICK_QUIT = "[@click=app.quit]Quit[/]"
ESCAPES = "\x1b]0;pwned\x07Evil \x1b[31mred\x1b[0m"
HOSTILE_ICS = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ictime tests//EN",
        *(
            line
            for uid, start, summary in (
                ("click", "100000", CLICK_QUIT),
                ("wip", "113000", "[WIP] Plan"),
                ("escapes", "150000", ESCAPES),
            )
            for line in (
                "BEGIN:VEVENT",
                f"UID:{uid}@tests",
                "DTSTAMP:20261101T000000Z",
                f"DTSTART;TZID=America/New_York:20261125T{start}",
                f"DTEND;TZID=America/New_York:20261125T{int(start[:2]) + 1:02d}{start[2:]}",
                f"SUMMARY:{summary}",
                "END:VEVENT",
            )
        ),
        "END:VCALENDAR",
        "",
    ]
)


def text_of(static: Static) -> str:
    """The plain text a Static shows."""
    content = static.content
    return content.plain if isinstance(content, Content) else str(content)


def summary_text(app: IctimeApp) -> str:
    """The import dialog's summary."""
    return text_of(app.screen.query_one("#import-summary", Static))


def agenda_text(app: IctimeApp) -> str:
    """Today's agenda as plain text."""
    return "\n".join(row.render().plain for row in app.screen.query(AgendaRow))


async def import_through_dialog(app: IctimeApp, pilot: object, source: str) -> None:
    """Open the dialog, type a source and press enter, then wait for the import."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("i")
    await settle(pilot)
    assert isinstance(app.screen, ImportModal)
    app.screen.query_one("#import-source", Input).value = source
    await pilot.press("enter")
    await settle(pilot)


async def test_import_through_the_dialog_updates_today(make_app: MakeApp) -> None:
    app = make_app(empty=True)
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        assert "Nothing imported yet" in agenda_text(app)
        await import_through_dialog(app, pilot, str(demo_calendar_path()))
        assert "added" in summary_text(app) and "✓" in summary_text(app)
        bar = app.screen.query_one(ProgressBar)
        assert bar.total is not None and bar.progress == bar.total
        assert any(isinstance(m, BlocksImported) for m in seen)
        assert any(isinstance(m, ImportModal.ImportProgressed) for m in seen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        assert "Daily standup" in agenda_text(app)
        # The same file again is recognised and skipped.
        await import_through_dialog(app, pilot, str(demo_calendar_path()))
        assert "unchanged" in summary_text(app)


async def test_configured_sources_are_listed_and_picked(make_app: MakeApp) -> None:
    config = demo_config(
        sources=(Source("work", str(demo_calendar_path())),),
        import_=ImportSettings(refresh_on_start=False),
    )
    app = make_app(empty=True, config=config)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        assert options.option_count == 1
        assert "work:" in str(options.get_option_at_index(0).prompt)
        options.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert "added" in summary_text(app)


async def test_bad_files_show_an_error_in_the_dialog(make_app: MakeApp, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.ics"
    garbage.write_bytes(b"\x00\xffthis is not a calendar")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await import_through_dialog(app, pilot, str(tmp_path / "missing.ics"))
        assert summary_text(app).startswith("✗")
        assert not app.screen.query_one(ProgressBar).has_class("-running")  # no "done" bar
        await import_through_dialog(app, pilot, str(garbage))
        assert summary_text(app).startswith("✗")
        assert isinstance(app.screen, ImportModal) and app.is_running
        await import_through_dialog(app, pilot, "")
        assert "Enter a file path" in summary_text(app)
        app.screen.query_one("#import-close", Button).focus()
        await pilot.press("w")  # screen keys do not act behind the dialog
        assert isinstance(app.screen, ImportModal)
        await pilot.press("escape")
        assert isinstance(app.screen, TodayScreen)


async def test_calendar_text_is_shown_literally_and_does_nothing(
    make_app: MakeApp, tmp_path: Path
) -> None:
    hostile = tmp_path / "hostile.ics"
    hostile.write_text(HOSTILE_ICS, encoding="utf-8")
    app = make_app(empty=True)
    async with app.run_test(size=SIZE) as pilot:
        await import_through_dialog(app, pilot, str(hostile))
        assert "✓" in summary_text(app)
        await pilot.press("escape")
        await settle(pilot)
        agenda = agenda_text(app)
        assert CLICK_QUIT in agenda
        assert "[WIP] Plan" in agenda
        # Escapes lose their control characters, so what is left is inert text.
        assert "Evil" in agenda and "\x1b" not in agenda and "\x07" not in agenda
        row = next(r for r in app.screen.query(AgendaRow) if CLICK_QUIT in r.render().plain)
        await pilot.click(row)
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, ExplainModal)
        assert text_of(app.screen.query_one("#explain-title", Static)) == CLICK_QUIT
        await pilot.press("escape", "b")
        await settle(pilot)
        triage = app.screen
        assert isinstance(triage, TriageScreen)
        table = triage.query_one(DataTable)
        titles = {str(table.get_row_at(i)[-1]) for i in range(table.row_count)}
        assert {CLICK_QUIT, "[WIP] Plan"} <= titles
        assert all("\x1b" not in title and "\x07" not in title for title in titles)
        await pilot.press("1")
        await settle(pilot)
        assert app.is_running
