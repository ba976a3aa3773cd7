"""Importing into a real SQLite file: sync, dedupe, manual tags, atomicity, bad input."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ictime import service
from ictime.config import Config
from ictime.service import import_sources, list_blocks, tag_block
from ictime.store import Store
from support import ME, NEW_YORK
from support.cli import db_state, run_ictime
from support.ics import WriteIcs, calendar, vevent

TODAY = date(2026, 11, 25)
WEEK = (date(2026, 11, 23), date(2026, 11, 29))


def _import(store: Store, config: Config, *paths: Path | str, **kw: object) -> service.SourceReport:
    reports = import_sources(store, config, [str(p) for p in paths], today=TODAY, **kw)  # type: ignore[arg-type]
    return reports[-1]


def _summaries(store: Store, config: Config) -> list[str]:
    return [b.summary for b in list_blocks(store, config, *WEEK)]


def test_import_stores_blocks_with_contract_fields(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    path = write_ics(
        vevent(
            "a",
            "20261124T090000",
            "20261124T100000",
            "Design review",
            attendees=("lead@corp.example", ME, "x@corp.example"),
        ),
        vevent("b", "20261125T130000", "20261125T150000", "Focus: parser"),
    )
    report = _import(store, config, path)
    assert (report.outcome, report.added, report.updated, report.removed) == ("imported", 2, 0, 0)
    blocks = list_blocks(store, config, *WEEK)
    assert [(b.summary, b.start.isoformat(), b.attendees, b.counted) for b in blocks] == [
        ("Design review", "2026-11-24T09:00:00-05:00", 2, True),
        ("Focus: parser", "2026-11-25T13:00:00-05:00", 0, True),
    ]
    assert blocks[0].is_meeting and not blocks[1].is_meeting
    assert report.calendar == "work"


def test_unchanged_file_is_recognised_without_parsing(
    store: Store, config: Config, write_ics: WriteIcs, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000"))
    assert _import(store, config, path).outcome == "imported"
    import ictime.ics.read

    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("an unchanged file must not be parsed again")

    monkeypatch.setattr(ictime.ics.read, "parse_calendar", boom)
    assert _import(store, config, path).outcome == "unchanged"


def test_reimport_removes_deleted_and_moves_changed_events(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    write_ics(
        vevent("a", "20261123T090000", "20261123T100000", "Kept"),
        vevent("b", "20261124T090000", "20261124T100000", "Deleted later"),
        vevent("c", "20261125T090000", "20261125T100000", "Moved later"),
    )
    path = write_ics(
        vevent("a", "20261123T090000", "20261123T100000", "Kept"),
        vevent("b", "20261124T090000", "20261124T100000", "Deleted later"),
        vevent("c", "20261125T090000", "20261125T100000", "Moved later"),
    )
    _import(store, config, path)
    write_ics(
        vevent("a", "20261123T090000", "20261123T100000", "Kept"),
        vevent("c", "20261126T140000", "20261126T150000", "Moved later"),
    )
    report = _import(store, config, path)
    assert (report.added, report.updated, report.removed) == (0, 1, 1)
    blocks = list_blocks(store, config, *WEEK)
    assert [(b.summary, f"{b.start:%a %H:%M}") for b in blocks] == [
        ("Kept", "Mon 09:00"),
        ("Moved later", "Thu 14:00"),
    ]


def test_a_file_covering_one_week_keeps_other_weeks(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    path = write_ics(vevent("old", "20261116T090000", "20261116T100000", "Last week"))
    _import(store, config, path)
    write_ics(vevent("new", "20261124T090000", "20261124T100000", "This week"))
    _import(store, config, path)
    everything = [b.summary for b in list_blocks(store, config)]
    assert everything == ["Last week", "This week"]


def test_same_occurrence_from_two_sources_counts_once(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    event = vevent("shared", "20261124T090000", "20261124T100000", "Shared")
    first = write_ics(event, name="a.ics")
    second = write_ics(event, vevent("own", "20261124T110000", "20261124T120000"), name="b.ics")
    _import(store, config, first, second)
    assert _summaries(store, config) == ["Shared", "Event"]
    assert store.count_blocks() == 2


def test_manual_tags_survive_reimport_and_moved_instances(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    series = vevent(
        "weekly",
        "20261102T100000",
        "20261102T103000",
        "Catch up",
        extra="RRULE:FREQ=WEEKLY;COUNT=6",
    )
    single = vevent("one", "20261124T150000", "20261124T160000", "Hold")
    path = write_ics(series, single)
    _import(store, config, path)
    week = list_blocks(store, config, *WEEK)
    weekly = next(b for b in week if b.uid == "weekly")
    one = next(b for b in week if b.uid == "one")
    tag_block(store, config, weekly.id, "relationships", series=True)
    tag_block(store, config, one.id[:6], "learning")
    moved = vevent(
        "weekly",
        "20261124T160000",
        "20261124T163000",
        "Catch up (moved)",
        extra="RECURRENCE-ID;TZID=America/New_York:20261123T100000",
    )
    write_ics(series.replace("Catch up", "Catch-up"), single, moved)
    report = _import(store, config, path)
    assert report.outcome == "imported"
    tags = {(b.summary, b.category, b.tag_source) for b in list_blocks(store, config)}
    assert ("Catch up (moved)", "relationships", "series") in tags
    assert ("Hold", "learning", "manual") in tags
    assert all(cat == "relationships" for s, cat, _ in tags if s.startswith("Catch"))


def _focus_series(write_ics: WriteIcs) -> Path:
    """A weekly "Focus" series of six; one instance retitled, two with a note added."""
    series = vevent(
        "focus", "20261102T090000", "20261102T110000", "Focus", extra="RRULE:FREQ=WEEKLY;COUNT=6"
    )  # fmt: skip

    def instance(day: str, title: str) -> str:
        return vevent(
            "focus",
            f"202611{day}T090000",
            f"202611{day}T110000",
            title,
            extra=f"RECURRENCE-ID;TZID=America/New_York:202611{day}T090000",
        )

    return write_ics(
        series,
        instance("09", "Postmortem write-up: INC-482"),
        instance("16", "Focus (moved)"),
        instance("23", "Moved: Focus"),
    )


def test_a_series_correction_covers_the_occurrences_that_keep_the_series_title(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    _import(store, config, _focus_series(write_ics))
    blocks = {b.summary: b for b in list_blocks(store, config)}
    assert len(blocks) == 4  # the series' title is the one most occurrences have
    tag_block(store, config, blocks["Focus"].id, "learning", series=True)
    after = {(b.summary, b.category, b.tag_source) for b in list_blocks(store, config)}
    assert ("Focus", "learning", "series") in after
    assert ("Focus (moved)", "learning", "series") in after  # a note added: the same block
    assert ("Moved: Focus", "learning", "series") in after
    retitled = next(b for b in list_blocks(store, config) if b.summary.startswith("Postmortem"))
    assert (retitled.tag_source, retitled.category) != ("series", "learning")


def test_a_retitled_occurrence_keeps_its_own_tag_and_a_series_correction_made_on_it_tags_it_alone(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    _import(store, config, _focus_series(write_ics))
    retitled = next(b for b in list_blocks(store, config) if b.summary.startswith("Postmortem"))
    tag_block(store, config, retitled.id, "communication")
    focus = next(b for b in list_blocks(store, config) if b.summary == "Focus")
    tag_block(store, config, focus.id, "deep_work", series=True)  # does not clear its tag
    tags = {(b.summary, b.category, b.tag_source) for b in list_blocks(store, config)}
    assert ("Postmortem write-up: INC-482", "communication", "manual") in tags
    # A series correction made on the retitled occurrence tags that occurrence only: the
    # "Focus" blocks it was retitled from are another kind of block.
    again = tag_block(store, config, retitled.id, "relationships", series=True)
    assert (again.category, again.tag_source) == ("relationships", "manual")
    focus_tags = {
        (b.category, b.tag_source) for b in list_blocks(store, config) if "Focus" in b.summary
    }
    assert focus_tags == {("deep_work", "series")}


def test_the_command_line_says_which_occurrences_a_series_correction_tagged(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    def run(*args: str) -> str:
        done = run_ictime(*args, db=db_path, config=config_file)
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("import", str(_focus_series(write_ics)))
    ids = {b["summary"]: b["id"] for b in json.loads(run("blocks", "--format", "json"))}
    retitled = run("tag", ids["Postmortem write-up: INC-482"], "communication", "--series")
    assert "this occurrence of 'Postmortem write-up: INC-482'" in retitled
    assert "retitled from its series" in retitled
    focus = run("tag", ids["Focus"], "deep_work", "--series")
    assert "the whole series of 'Focus' is now deep_work" in focus
    assert "retitled" not in focus


def test_a_version_5_database_names_its_series_by_their_most_common_title(
    db_path: Path, config: Config, write_ics: WriteIcs
) -> None:
    """Before version 6 a series was named by its earliest occurrence, here a retitled one."""
    store = service.open_store(db_path, config)
    _import(store, config, _focus_series(write_ics))
    focus = next(b for b in list_blocks(store, config) if b.summary == "Focus")
    tag_block(store, config, focus.id, "learning", series=True)
    store.close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("UPDATE events SET summary = 'Postmortem write-up: INC-482'")
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    store = service.open_store(db_path, config)
    (name,) = store.conn.execute("SELECT summary FROM events").fetchone()
    assert name == "Focus"
    assert all(b.tag_source == "series" for b in list_blocks(store, config) if "Focus" in b.summary)
    store.close()


def test_occurrence_tag_beats_series_tag(store: Store, config: Config, write_ics: WriteIcs) -> None:
    path = write_ics(
        vevent(
            "w", "20261116T100000", "20261116T103000", "Catch up", extra="RRULE:FREQ=WEEKLY;COUNT=2"
        )
    )
    _import(store, config, path)
    first, second = list_blocks(store, config, date(2026, 11, 16), date(2026, 11, 29))
    tag_block(store, config, first.id, "relationships", series=True)
    tag_block(store, config, second.id, "learning")
    assert [(b.category, b.tag_source) for b in list_blocks(store, config)] == [
        ("relationships", "series"),
        ("learning", "manual"),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"\x00\xff\x10\x80binary" * 50, "binary"),
        (b"<!DOCTYPE html><html><body>Sign in</body></html>", "HTML"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026", "truncated"),
    ],
    ids=["missing", "empty", "binary", "html", "truncated"],
)
def test_bad_files_fail_by_name_and_leave_the_database_alone(
    store: Store,
    config: Config,
    write_ics: WriteIcs,
    db_path: Path,
    tmp_path: Path,
    content: bytes | None,
    expected: str,
) -> None:
    _import(store, config, write_ics(vevent("a", "20261124T090000", "20261124T100000")))
    before = db_state(db_path)
    bad = tmp_path / "bad.ics"
    if content is not None:
        bad.write_bytes(content)
    report = _import(store, config, bad)
    assert report.failed
    assert expected.lower() in report.error.lower()
    assert db_state(db_path) == before


def test_one_broken_event_is_skipped_and_strict_rejects_the_file(
    store: Store, config: Config, write_ics: WriteIcs, db_path: Path
) -> None:
    broken = "BEGIN:VEVENT\nUID:broken\nSUMMARY:No start\nEND:VEVENT"
    path = write_ics(vevent("good", "20261124T090000", "20261124T100000", "Good"), broken)
    before = db_state(db_path)
    strict = _import(store, config, path, strict=True)
    assert strict.failed and "broken" in strict.error
    assert db_state(db_path) == before
    report = _import(store, config, path)
    assert report.outcome == "imported"
    assert [s.uid for s in report.skipped] == ["broken"]
    assert _summaries(store, config) == ["Good"]


def test_interrupted_import_leaves_the_database_as_it_was(
    store: Store,
    config: Config,
    write_ics: WriteIcs,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000", "First"))
    _import(store, config, path)
    before = db_state(db_path)
    write_ics(vevent("b", "20261125T090000", "20261125T100000", "Second"))
    real = Store.mark_source_imported

    def interrupted(self: Store, *args: object, **kwargs: object) -> None:
        real(self, *args, **kwargs)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "mark_source_imported", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _import(store, config, path)
    assert db_state(db_path) == before


def test_url_import_and_http_errors(
    store: Store, config: Config, http_root: tuple[Path, str], db_path: Path
) -> None:
    root, base = http_root
    (root / "team.ics").write_text(
        calendar(vevent("u", "20261124T090000", "20261124T100000", "From the web"))
    )
    report = _import(store, config, f"{base}/team.ics")
    assert report.outcome == "imported"
    assert _summaries(store, config) == ["From the web"]
    assert _import(store, config, f"{base}/team.ics").outcome == "unchanged"
    before = db_state(db_path)
    missing = _import(store, config, f"{base}/missing.ics")
    assert missing.failed and "404" in missing.error
    unreachable = _import(store, config, "http://127.0.0.1:9/never.ics")
    assert unreachable.failed and "connect" in unreachable.error
    assert db_state(db_path) == before


def test_declined_cancelled_transparent_and_long_blocks_are_not_counted(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    path = write_ics(
        vevent(
            "declined",
            "20261124T090000",
            "20261124T100000",
            "Declined",
            extra=f"ATTENDEE;PARTSTAT=DECLINED:mailto:{ME}\nORGANIZER:mailto:o@corp.example",
        ),
        vevent(
            "cancelled", "20261124T100000", "20261124T110000", "Cancelled", extra="STATUS:CANCELLED"
        ),
        vevent("free", "20261124T110000", "20261124T120000", "Free", extra="TRANSP:TRANSPARENT"),
        vevent("long", "20261125T000000", "20261125T133000", "Conference travel"),
        "BEGIN:VEVENT\nUID:free-allday\nDTSTART;VALUE=DATE:20261126\nDTEND;VALUE=DATE:20261127\n"
        "SUMMARY:Vacation?\nTRANSP:TRANSPARENT\nEND:VEVENT",
        "BEGIN:VEVENT\nUID:pto\nDTSTART;VALUE=DATE:20261127\nDTEND;VALUE=DATE:20261128\n"
        "SUMMARY:PTO\nEND:VEVENT",
        vevent(
            "tentative",
            "20261124T130000",
            "20261124T140000",
            "Maybe",
            extra=f"ATTENDEE;PARTSTAT=TENTATIVE:mailto:{ME}\nORGANIZER:mailto:o@corp.example",
        ),
    )
    _import(store, config, path)
    reasons = {b.summary: (b.counted, b.not_counted_reason) for b in list_blocks(store, config)}
    assert reasons == {
        "Declined": (False, "declined"),
        "Cancelled": (False, "cancelled"),
        "Free": (False, "transparent"),
        "Conference travel": (False, "too long"),
        "Maybe": (True, ""),
        "Vacation?": (False, "transparent"),
        "PTO": (False, "all-day"),
    }


def test_me_is_inferred_from_a_google_calendar_name(store: Store, write_ics: WriteIcs) -> None:
    nobody = Config(timezone=NEW_YORK)
    path = write_ics(
        vevent(
            "x",
            "20261124T090000",
            "20261124T100000",
            "Sync",
            attendees=("boss@corp.example", "grant@corp.example"),
        ),
        calname="grant@corp.example",
    )
    report = _import(store, nobody, path)
    assert report.me == ("grant@corp.example",)
    (block,) = list_blocks(store, nobody, *WEEK)
    assert block.attendees == 1


def test_a_long_block_shows_on_every_day_it_covers(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    offsite = (
        "BEGIN:VEVENT\nUID:offsite\nDTSTART;VALUE=DATE:20261102\nDTEND;VALUE=DATE:20261128\n"
        "SUMMARY:Sabbatical\nEND:VEVENT"
    )
    path = write_ics(offsite, vevent("a", "20261125T090000", "20261125T100000", "Sync"))
    _import(store, config, path)
    day = date(2026, 11, 25)
    assert [b.summary for b in list_blocks(store, config, day, day)] == ["Sabbatical", "Sync"]
