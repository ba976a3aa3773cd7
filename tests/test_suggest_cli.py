"""`ictime suggest` as a person runs it: a real process over a real .ics, and its exports."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ictime.ics import parse_calendar
from ictime.render import SUMMARY, suggestions_ics
from ictime.suggest import Suggestion, SuggestionPlan
from support import ME, NEW_YORK
from support.cli import db_state, run_ictime
from support.ics import WriteIcs, vevent

MONDAY = "2026-11-23"
WEEK = "2026-W48"
OTHERS = ("lead@corp.example", "peer@corp.example")


def ictime(
    *args: str, db: Path, config: Path, today: str = MONDAY
) -> subprocess.CompletedProcess[str]:
    """Run the command line with today pinned to the week's Monday."""
    return run_ictime(*args, db=db, config=config, today=today)


@pytest.fixture
def week_ics(write_ics: WriteIcs) -> Path:
    """Week 2026-W48: a daily standup, an afternoon review on Tuesday, Thursday off."""
    everyone = (OTHERS[0], ME, OTHERS[1])
    return write_ics(
        vevent(
            "standup@corp.example",
            "20261123T093000",
            "20261123T094500",
            "Daily standup",
            attendees=everyone,
            extra="RRULE:FREQ=DAILY;COUNT=5",
        ),
        vevent(
            "review@corp.example",
            "20261124T130000",
            "20261124T143000",
            "Design review",
            attendees=everyone,
        ),
        "\n".join(
            [
                "BEGIN:VEVENT",
                "UID:ooo@corp.example",
                "DTSTAMP:20261101T000000Z",
                "DTSTART;VALUE=DATE:20261126",
                "DTEND;VALUE=DATE:20261127",
                "SUMMARY:OOO",
                "END:VEVENT",
            ]
        ),
    )


def stored_blocks(db_path: Path) -> list[str]:
    """The database's blocks as SQL text (the import log is left out: it grows on purpose)."""
    return [line for line in db_state(db_path) if line.startswith('INSERT INTO "blocks"')]


def imported(week_ics: Path, db_path: Path, config_file: Path) -> None:
    """Import the week, failing the test when that fails."""
    result = ictime("import", str(week_ics), db=db_path, config=config_file)
    assert result.returncode == 0, result.stderr


def test_json_lists_slots_clear_of_meetings(
    week_ics: Path, db_path: Path, config_file: Path
) -> None:
    imported(week_ics, db_path, config_file)
    result = ictime("suggest", "--week", WEEK, "--format", "json", db=db_path, config=config_file)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert items and "booked deep work" in result.stderr
    standups = [datetime(2026, 11, 23 + n, 9, 30, tzinfo=NEW_YORK) for n in range(5)]
    for item in items:
        assert {"start", "end", "minutes", "reason", "uid"} <= item.keys()
        start, end = datetime.fromisoformat(item["start"]), datetime.fromisoformat(item["end"])
        assert item["start"].endswith("-05:00") and start.tzinfo is not None
        assert (end - start) == timedelta(minutes=item["minutes"])
        assert start.date() != date(2026, 11, 26)  # the day off
        for standup in standups:
            assert (
                end <= standup - timedelta(minutes=10) or standup + timedelta(minutes=25) <= start
            )
        assert item["reason"].startswith(f"{start:%a %H:%M}-{end:%H:%M}: ")


def test_export_is_stable_and_imports_back_as_deep_work_once(
    week_ics: Path, db_path: Path, config_file: Path, tmp_path: Path
) -> None:
    imported(week_ics, db_path, config_file)
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    for path in (first, second):
        args = ("suggest", "--week", WEEK, "--format", "ics", "--output", str(path))
        result = ictime(*args, db=db_path, config=config_file)
        assert result.returncode == 0, result.stderr
        assert str(path) in result.stdout
    data = first.read_bytes()
    assert data == second.read_bytes()
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    count = lines.count(b"BEGIN:VEVENT")
    assert count >= 2 and lines.count(b"TRANSP:OPAQUE") == count
    assert len({line for line in lines if line.startswith(b"UID:")}) == count

    before = json.loads(ictime("blocks", "--format", "json", db=db_path, config=config_file).stdout)
    result = ictime("import", str(first), db=db_path, config=config_file)
    assert result.returncode == 0, result.stderr
    assert f"{count} added" in result.stdout
    after = json.loads(ictime("blocks", "--format", "json", db=db_path, config=config_file).stdout)
    new = [block for block in after if block["id"] not in {b["id"] for b in before}]
    assert len(new) == count == len(after) - len(before)
    assert {(b["summary"], b["category"], b["counted"]) for b in new} == {
        (SUMMARY, "deep_work", True)
    }

    state = stored_blocks(db_path)
    again = ictime("import", str(first), db=db_path, config=config_file)
    assert again.returncode == 0 and "unchanged" in again.stdout
    assert stored_blocks(db_path) == state

    # The imported blocks count: suggesting again never lands on them.
    rerun = ictime("suggest", "--week", WEEK, "--format", "json", db=db_path, config=config_file)
    taken = [(datetime.fromisoformat(b["start"]), datetime.fromisoformat(b["end"])) for b in new]
    for item in json.loads(rerun.stdout):
        start, end = datetime.fromisoformat(item["start"]), datetime.fromisoformat(item["end"])
        assert all(end <= lo or hi <= start for lo, hi in taken)


def test_a_pinned_today_starts_at_the_start_of_its_working_hours(
    week_ics: Path, db_path: Path, config_file: Path
) -> None:
    imported(week_ics, db_path, config_file)
    args = ("suggest", "--format", "json")
    result = ictime(*args, db=db_path, config=config_file, today="2026-11-25")
    assert result.returncode == 0, result.stderr
    starts = [datetime.fromisoformat(item["start"]) for item in json.loads(result.stdout)]
    assert starts and min(starts) >= datetime(2026, 11, 25, 9, 0, tzinfo=NEW_YORK)
    assert min(starts).date() == date(2026, 11, 25)


def test_the_table_says_why_and_a_past_week_says_so(
    week_ics: Path, db_path: Path, config_file: Path
) -> None:
    imported(week_ics, db_path, config_file)
    table = ictime("suggest", "--week", WEEK, db=db_path, config=config_file)
    assert table.returncode == 0, table.stderr
    words = " ".join(table.stdout.split())
    assert "booked deep work 0 % ->" in words and "in your focus hours (09:00-12:00)" in words
    assert "Mon 2026-11-23 09:55-11:55 2 h 0 -> 7 %" in words
    assert "Thu 2026-11-26" not in words  # the day off
    past = ictime("suggest", "--week", "last", "--format", "json", db=db_path, config=config_file)
    assert past.returncode == 0, past.stderr
    assert json.loads(past.stdout) == []
    assert "already past" in past.stderr


def test_the_table_can_go_to_a_file(db_path: Path, config_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.txt"
    result = ictime("suggest", "--output", str(out), db=db_path, config=config_file)
    assert result.returncode == 0, result.stderr
    assert f"to {out}" in result.stdout
    assert "build time" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ("suggest", "--week", "2026-W99"),
        ("suggest", "--week", "soon"),
        ("suggest", "--format", "xml"),
    ],
)
def test_usage_errors_exit_2_without_traceback(
    args: tuple[str, ...], db_path: Path, config_file: Path
) -> None:
    result = ictime(*args, db=db_path, config=config_file)
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_an_unwritable_output_fails_with_exit_1(
    db_path: Path, config_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "plan.ics"
    args = ("suggest", "--format", "ics", "--output", str(target))
    result = ictime(*args, db=db_path, config=config_file)
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_ics_text_is_escaped_folded_and_reads_back() -> None:
    start = datetime(2026, 11, 24, 9, 0, tzinfo=NEW_YORK)
    reason = "Tue 09:00-11:00: a; b, c\\d\nnext line — " + "ü" * 60
    item = Suggestion(start, start + timedelta(hours=2), 120, reason, "uid-1@ictime")
    plan = SuggestionPlan((item,), "", (), 0.1, 0.2, now=start - timedelta(days=1))
    data = suggestions_ics(plan, NEW_YORK)
    assert b"DESCRIPTION:Tue 09:00-11:00: a\\; b\\, c\\\\d\\nnext line" in data
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    data.decode("utf-8")  # folding never splits a character
    parsed = parse_calendar(
        data,
        window_start=start - timedelta(days=7),
        window_end=start + timedelta(days=7),
        default_tz=NEW_YORK,
    )
    (occurrence,) = parsed.occurrences
    assert (occurrence.start, occurrence.end) == (item.start, item.end)
    assert (occurrence.uid, occurrence.summary, occurrence.transparent) == (
        "uid-1@ictime",
        SUMMARY,
        False,
    )
    assert occurrence.description == reason
    assert occurrence.categories == ("deep_work",)
    assert parsed.skipped == [] and parsed.calendar_name == "ictime build time"
