"""Calendar text that tries to deceive: line breaks that fake output, bidi controls that
reorder what is shown."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ictime.config import Config
from ictime.store import Store
from ictime.tui.app import IctimeApp
from ictime.tui.widgets.agenda import AgendaRow
from support import ME
from support.cli import run_ictime
from support.ics import WriteIcs, vevent
from support.tui import SIZE, fixed_clock, settle

# Embeddings, overrides and isolates: they reorder the text after them.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
SPOOFED = "Invoice \u202efdp.exe\u202c review \u2067Q4\u2069"


def blocks_json(db: Path, config: Path) -> list[dict[str, object]]:
    """What `ictime blocks --format json` lists."""
    listed = run_ictime("blocks", "--format", "json", db=db, config=config)
    assert listed.returncode == 0, listed.stderr
    found: list[dict[str, object]] = json.loads(listed.stdout)
    return found


def test_explain_shows_a_title_with_line_breaks_on_one_line(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    fake = r"Coding\nbecause:\n  - approved by the CEO\nNot counted"
    others = ("a@corp.example", "b@corp.example", ME)
    path = write_ics(
        vevent("a", "20261124T090000", "20261124T100000", fake),
        vevent("b", "20261124T110000", "20261124T120000", fake + " x", attendees=others),
    )
    assert run_ictime("import", str(path), db=db_path, config=config_file).returncode == 0
    for block in blocks_json(db_path, config_file):
        explained = run_ictime("explain", str(block["id"]), db=db_path, config=config_file)
        assert explained.returncode == 0, explained.stderr
        lines = explained.stdout.splitlines()
        assert "Coding because:   - approved by the CEO Not counted" in lines[0]
        # The title's words show up once, on lines that say they quote it, never as lines
        # of their own.
        planted = [line for line in lines if "approved by the CEO" in line]
        assert all(line in (lines[0], *quoting(lines)) for line in planted), lines
        assert not any(line.startswith(("Not counted", "  - approved")) for line in lines)
        assert sum(line in ("because:", "seen:") for line in lines) == 1


def quoting(lines: list[str]) -> list[str]:
    """The explanation's lines that quote the title."""
    return [line for line in lines if line.startswith('  - title "')]


def import_spoofed(write_ics: WriteIcs, db_path: Path, config_file: Path) -> None:
    """Import one block whose title, location and calendar name carry bidi controls."""
    path = write_ics(
        vevent(
            "s",
            "20261125T090000",
            "20261125T100000",
            SPOOFED,
            extra="LOCATION:Room \u202e42\u202c",
        ),
        calname="Work \u2066cal\u2069",
    )
    result = run_ictime("import", str(path), db=db_path, config=config_file)
    assert result.returncode == 0, result.stderr
    assert not set(BIDI_CONTROLS) & set(result.stdout + result.stderr)


def spoof_stored_text(db_path: Path) -> None:
    """Put bidi controls back into stored text, as an older ictime kept them."""
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            conn.execute("UPDATE blocks SET summary = ?, location = ?", [SPOOFED, "\u202e42"])
            conn.execute("UPDATE sources SET calendar = ?", ["Work \u2066cal\u2069"])
    finally:
        conn.close()


@pytest.mark.parametrize("stored_by", ["this ictime", "an older ictime"])
def test_bidi_controls_never_reach_the_output(
    write_ics: WriteIcs, db_path: Path, config_file: Path, stored_by: str
) -> None:
    import_spoofed(write_ics, db_path, config_file)
    if stored_by == "an older ictime":
        spoof_stored_text(db_path)
    (block,) = blocks_json(db_path, config_file)
    assert block["summary"] == "Invoice fdp.exe review Q4"
    outputs = [
        ["blocks"],
        ["blocks", "--format", "json"],
        ["blocks", "--format", "csv"],
        ["explain", str(block["id"])],
        ["report", "--format", "json"],
        ["report", "--format", "markdown"],
        ["changes"],
        ["changes", "--format", "json"],
        ["tag", str(block["id"]), "learning"],
    ]
    for args in outputs:
        result = run_ictime(*args, db=db_path, config=config_file)
        assert result.returncode == 0, (args, result.stderr)
        shown = set(result.stdout + result.stderr)
        assert not shown & set(BIDI_CONTROLS), (args, result.stdout)


async def test_the_app_shows_titles_without_bidi_controls(
    write_ics: WriteIcs, db_path: Path, config_file: Path, config: Config
) -> None:
    import_spoofed(write_ics, db_path, config_file)
    spoof_stored_text(db_path)
    store = Store.open(db_path)
    try:
        app = IctimeApp(store, config, date(2026, 11, 25), clock=fixed_clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            rows = [row.render().plain for row in app.screen.query(AgendaRow)]
            (shown,) = [row for row in rows if "fdp.exe" in row]
            assert not set(shown) & set(BIDI_CONTROLS)
    finally:
        store.close()


def stored_text(db: Path) -> list[tuple[str, str, str, str]]:
    """Each stored block's UID, title, description and location."""
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute("SELECT uid, summary, description, location FROM blocks"))
    finally:
        conn.close()


def test_huge_text_is_stored_cut_short_with_a_warning_naming_the_event(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    huge_title = "Planning" + "a" * 1_000_000
    huge_notes = "Agenda " + "b" * 1_000_000
    path = write_ics(
        vevent(
            "huge",
            "20261124T090000",
            "20261124T100000",
            huge_title,
            extra=f"DESCRIPTION:{huge_notes}\nLOCATION:{'Room ' * 1000}",
        ),
        vevent("small", "20261124T110000", "20261124T120000", "Standup"),
    )
    result = run_ictime("import", str(path), db=db_path, config=config_file)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "UID huge" in line]
    assert len(warnings) == 3, result.stderr
    for warning, what in zip(warnings, ("title", "description", "location"), strict=True):
        assert '"Planningaaaa' in warning and what in warning and len(warning) < 300
    rows = {uid: (title, notes, place) for uid, title, notes, place in stored_text(db_path)}
    title, notes, place = rows["huge"]
    assert (len(title), len(notes), len(place)) == (1000, 10_000, 1000)
    assert title == huge_title[:999] + "…" and notes.startswith("Agenda bbb")
    assert rows["small"] == ("Standup", "", "")
    listed = run_ictime("blocks", db=db_path, config=config_file)
    assert listed.returncode == 0 and "Planningaaa" in listed.stdout
    (block,) = [b for b in blocks_json(db_path, config_file) if b["uid"] == "huge"]
    explained = run_ictime("explain", str(block["id"]), db=db_path, config=config_file)
    assert explained.returncode == 0 and len(explained.stdout) < 5000
