"""Reads never write, and every input a rule reads survives the trip through the store."""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ictime.classify import CONDITION_KEYS
from ictime.classify.conditions import PARTSTATS
from ictime.config import Config
from ictime.model import CATEGORIES, UNTAGGED
from ictime.service import explain_block, import_sources, list_blocks, refresh_rule_tags
from ictime.store import Store
from ictime.timeutil import WEEKDAY_NAMES
from ictime.tui.app import IctimeApp
from support import ME, NEW_YORK
from support.cli import run_ictime
from support.ics import WriteIcs, calendar, vevent
from support.schema import as_schema
from support.tui import SIZE, settle

TODAY = date(2026, 11, 25)
ALICE = "ATTENDEE;CN=Alice Aho;PARTSTAT=ACCEPTED:mailto:alice@corp.example"
ALICE_RULE = {"name": "Alice", "category": "learning", "attendee": "Aho"}  # her name only
WIDGETS_RULE = '\n[[rules]]\nname = "Widgets"\ncategory = "learning"\ntitle = "widget"\n'

# -- every rule input survives the store ------------------------------------------------

PEOPLE = (
    ("Alice Aho", "alice@corp.example"),
    ("Bob Öberg", "bob@corp.example"),
    ("", "carol@corp.example"),
    ("Room 4", "room4@resource.calendar.google.com"),
    ("Vera Vendor", "vera@vendor.example"),
    ("Me Myself", ME),
)
WORDS = (
    "Standup", "1:1", "Focus", "Lunch", "Review", "Course", "Alice", "Zürich", "Room 4",
    "Course: Myself",  # names me, as my ATTENDEE's CN does
)  # fmt: skip
CALENDARS = ("work", "Team", "alice@corp.example")


def _regexes(words: tuple[str, ...]) -> st.SearchStrategy[Any]:
    one = st.sampled_from(words).map(re.escape)
    return st.one_of(one, st.lists(one, min_size=1, max_size=2))


_CLOCK = st.builds(lambda h, m: f"{h:02}:{m:02}", st.integers(0, 23), st.sampled_from((0, 30)))
RULE_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "title": _regexes(WORDS),
    "description": _regexes(WORDS),
    "location": _regexes(WORDS),
    "calendar": _regexes(CALENDARS),
    "attendee": _regexes(("Alice", "Öberg", "carol@", "Room", "Myself", "corp")),
    "categories": st.lists(st.sampled_from(("work", "PERSONAL", "Travel")), min_size=1),
    "min_attendees": st.integers(0, 4),
    "max_attendees": st.integers(0, 4),
    "organizer": st.sampled_from(("me", "others", "outside", "alice", "bob@corp", "example")),
    "my_status": st.lists(st.sampled_from(PARTSTATS), min_size=1, max_size=3, unique=True),
    "recurring": st.booleans(),
    "all_day": st.booleans(),
    "min_minutes": st.integers(0, 600),
    "max_minutes": st.integers(0, 600),
    "weekdays": st.lists(st.sampled_from(WEEKDAY_NAMES), min_size=1, max_size=3, unique=True),
    "after": _CLOCK,
    "before": _CLOCK,
    "title_names_me": st.booleans(),
    "working_hours": st.booleans(),
}


@st.composite
def vevents(draw: st.DrawFn, uid: str) -> str:
    """One VEVENT with a drawn value for everything a rule can read."""
    day = TODAY + timedelta(days=draw(st.integers(-10, 10)))
    if draw(st.booleans()):
        last = day + timedelta(days=draw(st.integers(1, 3)))
        when = [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{last:%Y%m%d}"]
    else:
        start = datetime.combine(day, time(draw(st.integers(0, 23)), draw(st.integers(0, 59))))
        end = start + timedelta(minutes=draw(st.integers(5, 900)))
        zone = draw(st.sampled_from(("America/New_York", "Europe/Berlin", "")))
        prefix, suffix = (f";TZID={zone}", "") if zone else ("", "Z")
        when = [f"DTSTART{prefix}:{start:%Y%m%dT%H%M%S}{suffix}"]
        when.append(f"DTEND{prefix}:{end:%Y%m%dT%H%M%S}{suffix}")
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T000000Z", *when]
    lines.append(f"SUMMARY:{draw(st.sampled_from(WORDS))}")
    for name in ("DESCRIPTION", "LOCATION"):
        if text := draw(st.sampled_from(("", *WORDS))):
            lines.append(f"{name}:{text}")
    if categories := draw(st.lists(st.sampled_from(("Work", "personal", "Travel")), max_size=2)):
        lines.append(f"CATEGORIES:{','.join(categories)}")
    if draw(st.booleans()):
        lines.append("RRULE:FREQ=WEEKLY;COUNT=2")
    if status := draw(st.sampled_from(("", "CONFIRMED", "TENTATIVE", "CANCELLED"))):
        lines.append(f"STATUS:{status}")
    if organizer := draw(st.sampled_from((None, *PEOPLE))):
        lines.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    for name, email in draw(st.lists(st.sampled_from(PEOPLE), max_size=4, unique=True)):
        partstat = draw(st.sampled_from(PARTSTATS))
        cn = f';CN="{name}"' if name else ""
        lines.append(f"ATTENDEE{cn};PARTSTAT={partstat}:mailto:{email}")
    return "\n".join([*lines, "END:VEVENT"])


def _decisions(store: Store) -> dict[str, tuple[Any, ...]]:
    """Per block, what the import decided: the tag, and my status, the others, counted."""
    columns = ("category", "rule", "my_partstat", "attendees", "counted", "not_counted_reason")
    return {row["id"]: tuple(row[c] for c in columns) for row in store.block_rows()}


def test_every_condition_kind_has_drawn_values() -> None:
    assert set(RULE_VALUES) == set(CONDITION_KEYS)


@pytest.mark.parametrize("key", CONDITION_KEYS)
@settings(max_examples=8, deadline=None)
@given(data=st.data())
def test_a_block_retagged_from_the_store_gets_its_import_tag(key: str, data: st.DataObject) -> None:
    rule = {"name": "Mine", "category": data.draw(st.sampled_from((*CATEGORIES, UNTAGGED)))}
    rule[key] = data.draw(RULE_VALUES[key], label=key)
    me = data.draw(st.sampled_from(((ME,), ())), label="me")
    config = Config(timezone=NEW_YORK, me_emails=me, rules=(rule,))
    count = data.draw(st.integers(1, 4))
    events = [data.draw(vevents(f"e{i}"), label=f"event {i}") for i in range(count)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cal.ics"
        path.write_text(calendar(*events), encoding="utf-8")
        store = Store.open(Path(folder) / "ictime.db")
        try:
            name = data.draw(st.sampled_from(CALENDARS), label="calendar")
            (report,) = import_sources(store, config, [str(path)], today=TODAY, calendar=name)
            assert report.outcome == "imported", report.error
            at_import = _decisions(store)
            # The rules change and change back: every block is re-tagged from its stored row.
            refresh_rule_tags(store, replace(config, rules=()))
            refresh_rule_tags(store, config)
            assert _decisions(store) == at_import
        finally:
            store.close()


def test_a_rule_on_an_attendee_name_still_holds_after_the_rules_change(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000", "Sync", extra=ALICE))
    tuned = replace(config, rules=(ALICE_RULE,))
    import_sources(store, tuned, [str(path)], today=TODAY)
    (block,) = list_blocks(store, tuned)
    _, why = explain_block(store, tuned, block.id)
    assert why.splitlines()[0] == 'learning: set by your rule "Alice"'
    other = {"name": "Other", "category": "deep_work", "title": "x"}
    edited = replace(tuned, rules=(ALICE_RULE, other))
    refresh_rule_tags(store, edited)
    (block,) = list_blocks(store, edited)
    assert (block.category, block.rule) == ("learning", "Alice")


def test_a_store_without_attendee_names_gets_them_back_at_the_next_import(
    db_path: Path, config: Config, write_ics: WriteIcs
) -> None:
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000", "Sync", extra=ALICE))
    tuned = replace(config, rules=(ALICE_RULE,))
    store = Store.open(db_path)
    import_sources(store, tuned, [str(path)], today=TODAY)
    # What a schema-1 store holds: attendees without their names.
    store.db.execute("""UPDATE blocks SET attendee_list = '[["alice@corp.example","ACCEPTED"]]'""")
    as_schema(store.conn, 1)
    store.close()
    store = Store.open(db_path)
    try:
        (row,) = store.block_rows()
        assert json.loads(row["attendee_list"]) == [["alice@corp.example", "ACCEPTED", ""]]
        (report,) = import_sources(store, tuned, [str(path)], today=TODAY)
        assert (report.outcome, report.updated) == ("imported", 1)  # not "unchanged"
        (row,) = store.block_rows()
        assert json.loads(row["attendee_list"]) == [["alice@corp.example", "ACCEPTED", "Alice Aho"]]
        assert (row["category"], row["rule"]) == ("learning", "Alice")
    finally:
        store.close()


# -- reads never write ------------------------------------------------------------------


def _files(db: Path) -> dict[str, bytes]:
    """The database and its WAL and shared-memory files, byte for byte, where they exist."""
    paths = [db, db.with_name(f"{db.name}-wal"), db.with_name(f"{db.name}-shm")]
    return {path.name: path.read_bytes() for path in paths if path.exists()}


def _ictime_json(*args: str, db: Path, config: Path) -> Any:
    result = run_ictime(*args, "--format", "json", db=db, config=config)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _week(write_ics: WriteIcs) -> Path:
    return write_ics(
        vevent("a", "20261124T090000", "20261124T100000", "Widget council", extra=ALICE),
        vevent("b", "20261124T110000", "20261124T120000", "Widget council prep"),
        vevent("c", "20261125T130000", "20261125T140000", "Planning", attendees=("b@x.org", ME)),
    )


def test_listing_reporting_and_explaining_leave_the_database_files_as_they_were(
    db_path: Path, config_file: Path, write_ics: WriteIcs
) -> None:
    config_file.write_text(config_file.read_text() + WIDGETS_RULE)
    imported = run_ictime("import", str(_week(write_ics)), db=db_path, config=config_file)
    assert imported.returncode == 0, imported.stderr
    before = _files(db_path)
    block_id = _ictime_json("blocks", db=db_path, config=config_file)[0]["id"]
    assert _files(db_path) == before
    for args in (("blocks", "--untagged"), ("report", "--weeks", "4"), ("explain", block_id)):
        result = run_ictime(*args, db=db_path, config=config_file)
        assert result.returncode == 0, result.stderr
        assert _files(db_path) == before, args


async def test_opening_the_app_leaves_the_database_files_as_they_were(
    tmp_path: Path, db_path: Path, config: Config, write_ics: WriteIcs
) -> None:
    store = Store.open(db_path)
    import_sources(store, config, [str(_week(write_ics))], today=TODAY)
    store.close()
    before = _files(db_path)
    opened: list[Store] = []

    def open_store() -> Store:
        from ictime.service import open_store as open_for_config  # the start-up path

        opened.append(open_for_config(db_path, config))
        return opened[-1]

    app = IctimeApp(
        open_store,
        config,
        TODAY,
        export_dir=tmp_path,
        clock=lambda: datetime(2026, 11, 25, 10, 40, tzinfo=NEW_YORK),
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in "wbp":  # every screen loads what it shows
            await pilot.press(key)
            await settle(pilot)
        assert app.failures == []
    assert len(opened) == 1
    opened[0].close()
    assert _files(db_path) == before


def test_edited_rules_retag_once_at_the_next_command_keeping_corrections(
    db_path: Path, config_file: Path, write_ics: WriteIcs
) -> None:
    run_ictime("import", str(_week(write_ics)), db=db_path, config=config_file)
    ids = {b["summary"]: b["id"] for b in _ictime_json("blocks", db=db_path, config=config_file)}
    tagged = run_ictime(
        "tag", ids["Widget council prep"], "relationships", db=db_path, config=config_file
    )
    assert tagged.returncode == 0, tagged.stderr
    config_file.write_text(config_file.read_text() + WIDGETS_RULE)
    listed = _ictime_json("blocks", db=db_path, config=config_file)
    assert {b["summary"]: (b["category"], b["tag_source"], b["rule"]) for b in listed} == {
        "Widget council": ("learning", "rule", "Widgets"),
        "Widget council prep": ("relationships", "manual", None),
        "Planning": ("communication", "rule", "default:communication"),
    }
    before = _files(db_path)
    assert _ictime_json("blocks", db=db_path, config=config_file) == listed
    assert _files(db_path) == before


def test_a_change_of_my_addresses_is_seen_by_the_next_command(
    db_path: Path, config_file: Path, write_ics: WriteIcs
) -> None:
    other = "me.too@corp.example"
    people = f"ATTENDEE;PARTSTAT=DECLINED:mailto:{other}\n{ALICE}"
    path = write_ics(
        vevent("a", "20261124T090000", "20261124T100000", "Sync", extra=people, attendees=(ME,))
    )
    run_ictime("import", str(path), db=db_path, config=config_file)
    (block,) = _ictime_json("blocks", db=db_path, config=config_file)
    assert (block["my_partstat"], block["counted"], block["attendees"]) == ("ACCEPTED", True, 2)
    config_file.write_text(config_file.read_text().replace(ME, other))
    (block,) = _ictime_json("blocks", db=db_path, config=config_file)
    assert (block["my_partstat"], block["counted"], block["attendees"]) == ("DECLINED", False, 2)
    assert block["not_counted_reason"] == "declined"
