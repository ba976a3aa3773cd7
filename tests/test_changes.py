"""`ictime changes`: a week's plan (its baseline import) against the latest import, by hand.

Every week here is 2026-W47 (Mon 16 Nov - Sun 22 Nov 2026) in New York, working hours
Mon-Fri 09:00-17:00, focus blocks of at least 120 minutes. Imports are pinned with
`--today` and a time, so each is recorded as made at that moment.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from ictime.cli.commands import cli
from support import ME
from support.ics import calendar, vevent

SUNDAY_EVENING = "2026-11-15T20:00"
WEDNESDAY_NOON = "2026-11-18T12:00"
FRIDAY_EVENING = "2026-11-20T18:00"
PEER = "peer@corp.example"
BUILD_THU = "ictime-build-20261119T144500Z-20261119T164500Z@ictime"
BUILD_FRI = "ictime-build-20261120T180000Z-20261120T200000Z@ictime"


def ictime(*args: str, db: Path, config: Path, today: str) -> Result:
    """Run the command line in this process, as `ictime --today TODAY ARGS`."""
    env = {"ICTIME_DB": str(db), "ICTIME_CONFIG": str(config), "ICTIME_TODAY": today}
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def import_at(path: Path, text: str, when: str, *, db: Path, config: Path) -> None:
    """Write the calendar to `path` and import it as made at `when`."""
    path.write_text(text, encoding="utf-8")
    result = ictime("import", str(path), db=db, config=config, today=when)
    assert result.exit_code == 0, result.output


def changes_json(db: Path, config: Path, today: str = FRIDAY_EVENING) -> dict[str, Any]:
    result = ictime("changes", "--format", "json", db=db, config=config, today=today)
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def meeting(uid: str, start: str, end: str, summary: str, extra: str = "") -> str:
    return vevent(uid, start, end, summary, attendees=(PEER, ME), extra=extra)


STANDUP = meeting(
    "standup", "20261116T093000", "20261116T094500", "Standup", "RRULE:FREQ=DAILY;COUNT=5"
)
BUILD_KEPT = vevent(BUILD_THU, "20261119T094500", "20261119T114500", "Focus: build time (ictime)")
BUILD_DROPPED = vevent(
    BUILD_FRI, "20261120T130000", "20261120T150000", "Focus: build time (ictime)"
)


def sunday_plan() -> str:
    return calendar(
        STANDUP,
        meeting("review", "20261116T100000", "20261116T110000", "Design review"),
        meeting("vendor", "20261117T130000", "20261117T140000", "Vendor sync"),
        vevent("parser", "20261118T130000", "20261118T160000", "Focus: parser"),
        meeting("sam", "20261119T150000", "20261119T153000", "1:1 Sam"),
        BUILD_KEPT,
        BUILD_DROPPED,
    )


def wednesday_calendar() -> str:
    """Sunday's plan and an escalation on Thursday, gone again by Friday."""
    return calendar(
        STANDUP,
        meeting("review", "20261116T100000", "20261116T110000", "Design review"),
        meeting("vendor", "20261117T130000", "20261117T140000", "Vendor sync"),
        vevent("parser", "20261118T130000", "20261118T160000", "Focus: parser"),
        meeting("sam", "20261119T150000", "20261119T153000", "1:1 Sam"),
        meeting("escalation", "20261119T130000", "20261119T140000", "Escalation call"),
        BUILD_KEPT,
        BUILD_DROPPED,
    )


def friday_calendar() -> str:
    """What the week became: see `test_a_hand_computed_week` for every change."""
    moved_standup = meeting(
        "standup",
        "20261118T103000",
        "20261118T104500",
        "Standup",
        "RECURRENCE-ID;TZID=America/New_York:20261118T093000",
    )
    return calendar(
        STANDUP,
        moved_standup,
        meeting("review", "20261116T140000", "20261116T150000", "Design review"),
        meeting("vendor", "20261117T130000", "20261117T140000", "Vendor sync", "STATUS:CANCELLED"),
        meeting("sam", "20261119T150000", "20261119T153000", "1:1 Sam (on Zoom)"),
        meeting("incident", "20261117T150000", "20261117T163000", "Incident review"),
        meeting("roadmap", "20261120T100000", "20261120T103000", "Roadmap sync"),
        BUILD_KEPT,
    )


def test_a_hand_computed_week(tmp_path: Path, db_path: Path, config_file: Path) -> None:
    work = tmp_path / "work.ics"
    import_at(work, sunday_plan(), SUNDAY_EVENING, db=db_path, config=config_file)
    import_at(work, wednesday_calendar(), WEDNESDAY_NOON, db=db_path, config=config_file)
    import_at(work, friday_calendar(), FRIDAY_EVENING, db=db_path, config=config_file)

    changes = changes_json(db_path, config_file)

    assert changes["week"] == "2026-W47"
    # The baseline is the newest import before Monday 09:00: Sunday's (20:00 EST = 01:00 UTC).
    assert changes["baseline_imported_at"] == "2026-11-16T01:00:00+00:00"
    assert changes["latest_imported_at"] == "2026-11-20T23:00:00+00:00"
    assert changes["note"] is None
    titles = {key: [block["summary"] for block in changes[key]] for key in ("added", "removed")}
    # Added: two meetings. The escalation came on Wednesday and went by Friday: neither.
    assert titles["added"] == ["Incident review", "Roadmap sync"]
    # Removed: the cancelled vendor sync (as it last stood: cancelled, not counted), the
    # deleted focus block and the dropped build block.
    assert titles["removed"] == ["Vendor sync", "Focus: parser", "Focus: build time (ictime)"]
    vendor = changes["removed"][0]
    assert (vendor["status"], vendor["counted"]) == ("CANCELLED", False)
    assert set(vendor) >= {"id", "uid", "recurrence_id", "start", "end", "counted", "category"}
    # Moved: the design review (Mon 10:00 -> 14:00) and Wednesday's standup instance.
    moved = {(m["before"]["start"], m["after"]["start"]) for m in changes["moved"]}
    assert moved == {
        ("2026-11-16T10:00:00-05:00", "2026-11-16T14:00:00-05:00"),
        ("2026-11-18T09:30:00-05:00", "2026-11-18T10:30:00-05:00"),
    }
    standup = next(m for m in changes["moved"] if m["after"]["uid"] == "standup")
    assert standup["after"]["recurrence_id"] is not None
    assert [(r["before"]["summary"], r["after"]["summary"]) for r in changes["retitled"]] == [
        ("1:1 Sam", "1:1 Sam (on Zoom)")
    ]
    assert changes["meetings"] == {
        "added": 2,
        "added_minutes": 90 + 30,  # incident review 15:00-16:30, roadmap sync 10:00-10:30
        "removed": 1,  # the vendor sync; the focus and build blocks are no meetings
        "removed_minutes": 60,
        "moved": 2,  # the design review and the standup instance
        # Before: standups 5 x 15 + design review 60 + vendor sync 60 + 1:1 30 = 225.
        "minutes_before": 225,
        # After: standups 75 + design review 60 + 1:1 30 + incident 90 + roadmap 30 = 285.
        "minutes_after": 285,
    }
    # Focus (open stretches of 120+ min in 09:00-17:00; solo deep-work holds do not break one):
    # before: Mon 11:00-17:00 360, Tue 09:45-13:00 195 + 14:00-17:00 180, Wed 09:45-17:00 435,
    #   Thu 09:45-15:00 315 (15:30-17:00 is 90: too short), Fri 09:45-17:00 435 = 1920;
    # after: Mon 09:45-14:00 255 + 15:00-17:00 120, Tue 09:45-15:00 315, Wed 10:45-17:00 375
    #   (09:00-10:30 is 90), Thu 315, Fri 10:30-17:00 390 = 1770; lost 1920 - 1770 = 150.
    assert changes["focus"] == {"minutes_before": 1920, "minutes_after": 1770, "lost_minutes": 150}
    # Two build blocks were on the plan, Thursday's 120 minutes still are.
    assert changes["build_time"] == {"suggested": 2, "kept": 1, "kept_minutes": 120}


def test_the_table_and_markdown_say_the_same(
    tmp_path: Path, db_path: Path, config_file: Path
) -> None:
    work = tmp_path / "work.ics"
    import_at(work, sunday_plan(), SUNDAY_EVENING, db=db_path, config=config_file)
    import_at(work, friday_calendar(), FRIDAY_EVENING, db=db_path, config=config_file)

    table = ictime("changes", db=db_path, config=config_file, today=FRIDAY_EVENING)
    markdown = ictime(
        "changes", "--format", "markdown", db=db_path, config=config_file, today=FRIDAY_EVENING
    )

    summary = (
        "2 meetings added (2 h), 1 removed (1 h), 2 moved · meetings 3 h 45 → 4 h 45"
        " · focus 32 h → 29 h 30 (2 h 30 lost) · build time kept 1 of 2 (2 h)"
    )
    assert summary in " ".join(table.stdout.split())
    assert summary + "." in markdown.stdout
    assert "Design review: Mon 16 Nov 10:00–11:00 → Mon 16 Nov 14:00–15:00" in markdown.stdout
    assert "- Tue 17 Nov 15:00–16:30: Incident review" in markdown.stdout


def test_one_import_says_there_is_no_baseline(
    tmp_path: Path, db_path: Path, config_file: Path
) -> None:
    import_at(tmp_path / "w.ics", sunday_plan(), WEDNESDAY_NOON, db=db_path, config=config_file)

    changes = changes_json(db_path, config_file)
    table = ictime("changes", db=db_path, config=config_file, today=FRIDAY_EVENING)

    assert changes["baseline_imported_at"] is None
    assert changes["latest_imported_at"] == "2026-11-18T17:00:00+00:00"
    assert "No baseline" in changes["note"]
    assert changes["added"] == [] and changes["meetings"] is None
    assert changes["focus"] is None and changes["build_time"] is None
    assert "No baseline: the calendar was imported only once" in " ".join(table.stdout.split())
    assert "0 meetings added" not in table.stdout


def test_without_an_import_before_the_week_the_first_one_in_it_is_the_baseline(
    tmp_path: Path, db_path: Path, config_file: Path
) -> None:
    work = tmp_path / "work.ics"
    import_at(work, sunday_plan(), WEDNESDAY_NOON, db=db_path, config=config_file)
    import_at(work, friday_calendar(), FRIDAY_EVENING, db=db_path, config=config_file)

    changes = changes_json(db_path, config_file)

    assert changes["baseline_imported_at"] == "2026-11-18T17:00:00+00:00"
    assert [block["summary"] for block in changes["added"]] == ["Incident review", "Roadmap sync"]


def test_two_sources_are_compared_independently(
    tmp_path: Path, db_path: Path, config_file: Path
) -> None:
    work, team = tmp_path / "work.ics", tmp_path / "team.ics"
    import_at(work, sunday_plan(), SUNDAY_EVENING, db=db_path, config=config_file)
    offsite = meeting("offsite", "20261118T100000", "20261118T120000", "Team offsite")
    # The team calendar is first imported on Tuesday: that import is its baseline, so the
    # offsite on it is no addition. Friday adds a retro to it.
    import_at(team, calendar(offsite), "2026-11-17T08:00", db=db_path, config=config_file)
    retro = meeting("retro", "20261120T140000", "20261120T150000", "Retro")
    import_at(team, calendar(offsite, retro), FRIDAY_EVENING, db=db_path, config=config_file)
    # The work calendar is not imported again: nothing of it is compared, and it is no change.

    changes = changes_json(db_path, config_file)

    assert [block["summary"] for block in changes["added"]] == ["Retro"]
    assert changes["removed"] == [] and changes["moved"] == []
    marks = {mark["calendar"]: mark for mark in changes["sources"]}
    assert marks["team"]["baseline_imported_at"] == "2026-11-17T13:00:00+00:00"
    assert marks["work"]["baseline_imported_at"] is None
    assert changes["baseline_imported_at"] == "2026-11-17T13:00:00+00:00"
    # Meetings before: the work plan's 225 minutes and the offsite's 120; after, the retro's 60.
    assert changes["meetings"]["minutes_before"] == 225 + 120
    assert changes["meetings"]["minutes_after"] == 225 + 120 + 60


def test_the_report_carries_the_changes(tmp_path: Path, db_path: Path, config_file: Path) -> None:
    work = tmp_path / "work.ics"
    import_at(work, sunday_plan(), SUNDAY_EVENING, db=db_path, config=config_file)
    import_at(work, friday_calendar(), FRIDAY_EVENING, db=db_path, config=config_file)

    report = ictime(
        "report", "--format", "json", db=db_path, config=config_file, today=FRIDAY_EVENING
    )
    markdown = ictime(
        "report", "--format", "markdown", db=db_path, config=config_file, today=FRIDAY_EVENING
    )

    document = json.loads(report.stdout)
    assert document["changes"]["meetings"]["added"] == 2
    assert document["changes"]["focus"]["minutes_after"] == document["focus_minutes"] == 1770
    assert "## Since the week began" in markdown.stdout
    assert "- Fri 20 Nov 10:00–10:30: Roadmap sync" in markdown.stdout


def test_calendar_text_stays_literal(tmp_path: Path, db_path: Path, config_file: Path) -> None:
    work = tmp_path / "work.ics"
    import_at(work, calendar(), SUNDAY_EVENING, db=db_path, config=config_file)
    hostile = meeting("h", "20261117T100000", "20261117T110000", "[bold]Ops[/bold] *now*")
    import_at(work, calendar(hostile), FRIDAY_EVENING, db=db_path, config=config_file)

    table = ictime("changes", db=db_path, config=config_file, today=FRIDAY_EVENING)
    markdown = ictime(
        "changes", "--format", "markdown", db=db_path, config=config_file, today=FRIDAY_EVENING
    )

    assert "[bold]Ops[/bold] *now*" in table.stdout
    assert r"\[bold\]Ops\[/bold\] \*now\*" in markdown.stdout


def test_today_takes_a_time_and_rejects_a_bad_one(
    tmp_path: Path, db_path: Path, config_file: Path
) -> None:
    import_at(tmp_path / "w.ics", calendar(), "2026-11-15T20:00", db=db_path, config=config_file)
    bad = ictime("changes", db=db_path, config=config_file, today="2026-11-15T25:00")
    date_only = ictime("changes", db=db_path, config=config_file, today="2026-11-15")

    assert bad.exit_code == 2
    assert "YYYY-MM-DDTHH:MM" in bad.output and "Traceback" not in bad.output
    assert date_only.exit_code == 0
    assert "Week 2026-W46" in date_only.stdout


def test_a_bad_week_is_a_usage_error(db_path: Path, config_file: Path) -> None:
    result = ictime(
        "changes", "--week", "2026-W99", db=db_path, config=config_file, today="2026-11-20"
    )

    assert result.exit_code == 2
    assert "2026-W99" in result.output
