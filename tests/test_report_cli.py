"""`ictime report` over a real database: the JSON contract and an honest trend."""

from __future__ import annotations

import json
from pathlib import Path

from support import ME
from support.cli import run_ictime
from support.ics import WriteIcs, vevent


def test_report_json_contract_and_trend_only_over_imported_weeks(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    path = write_ics(
        vevent(
            "s",
            "20261116T093000",
            "20261116T094500",
            "Standup",
            attendees=("lead@corp.example", ME),
            extra="RRULE:FREQ=DAILY;COUNT=12",
        ),
        vevent("f", "20261124T130000", "20261124T150000", "Focus: parser"),
    )
    assert run_ictime("import", str(path), db=db_path, config=config_file).returncode == 0
    result = run_ictime(
        "report",
        "--week",
        "2026-W48",
        "--weeks",
        "6",
        "--format",
        "json",
        db=db_path,
        config=config_file,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    contract = {
        "period",
        "working_minutes",
        "allocated_minutes",
        "categories",
        "untagged_minutes",
        "open_minutes",
        "focus_minutes",
        "fragmented_minutes",
        "focus_blocks",
        "meetings",
        "top_focus_costs",
        "alerts",
        "trend",
    }
    assert contract <= report.keys()
    assert report["period"] == {"from": "2026-11-23", "to": "2026-11-29"}
    assert report["working_minutes"] == 5 * 8 * 60
    assert set(report["categories"]) == {"deep_work", "relationships", "communication", "learning"}
    assert {"minutes", "share", "target", "drift"} <= report["categories"]["deep_work"].keys()
    assert {
        "minutes",
        "count",
        "share",
        "back_to_back",
        "heavy_days",
        "after_hours_minutes",
        "conflict_minutes",
    } <= report["meetings"].keys()
    # The calendar starts in week 47: the four weeks before it are not reported as empty.
    assert [week["week"] for week in report["trend"]] == ["2026-W47", "2026-W48"]


def test_report_warns_when_no_calendar_covers_the_period(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    empty = run_ictime("report", db=db_path, config=config_file)
    assert empty.returncode == 0 and "nothing imported yet" in empty.stderr
    path = write_ics(vevent("f", "20261124T130000", "20261124T150000", "Focus: parser"))
    run_ictime("import", str(path), db=db_path, config=config_file)
    before = run_ictime("report", "--week", "2026-W40", db=db_path, config=config_file)
    assert before.returncode == 0 and "no calendar data" in before.stderr
    covered = run_ictime("report", "--week", "2026-W48", db=db_path, config=config_file)
    assert covered.returncode == 0 and "warning" not in covered.stderr
