"""Not work: `ictime tag ID none`, Triage's `0`, and what it teaches, counts and explains."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from textual.content import Content
from textual.widgets import DataTable, Select, Static

from ictime.config import Config
from ictime.model import Block
from ictime.service import (
    explain_block,
    forget_learned,
    import_sources,
    list_blocks,
    list_learned,
    period_report,
    tag_block,
)
from ictime.store import Store
from ictime.tui.screens.triage_screen import TriageScreen
from ictime.tui.widgets.agenda import Agenda, AgendaRow
from support import ME
from support.cli import run_ictime
from support.ics import WriteIcs, vevent
from support.tui import SIZE, MakeApp, settle

TODAY = date(2026, 11, 25)
ANA = "ana.lima@corp.example"
# Week 47 (16-22 Nov 2026) holds the corrected blocks; week 48 the ones that resemble them.
W47 = (date(2026, 11, 16), date(2026, 11, 22))


def personal_week(write_ics: WriteIcs) -> Path:
    """A week with personal blocks: untagged, wrongly tagged by a built-in rule, a series."""
    return write_ics(
        vevent("gym-1", "20261116T070000", "20261116T080000", "Gym: upper body"),
        vevent(
            "climb-1",
            "20261117T120000",
            "20261117T130000",
            "Bouldering with Ana",
            attendees=(ANA, ME),
        ),
        vevent("hold", "20261117T180000", "20261117T190000", "Kids football training"),
        vevent(
            "pickup",
            "20261116T150000",
            "20261116T153000",
            "School pick-up",
            extra="RRULE:FREQ=WEEKLY;COUNT=3",
        ),
        vevent(
            "review",
            "20261118T100000",
            "20261118T120000",
            "Architecture review",
            attendees=(ANA, ME),
        ),
        name="week1.ics",
    )


def later_week(write_ics: WriteIcs) -> Path:
    """The next week: blocks that resemble the corrected ones, and one that does not."""
    return write_ics(
        vevent("gym-2", "20261124T070000", "20261124T080000", "Gym – upper body"),
        vevent("climb-2", "20261125T120000", "20261125T130000", "Bouldering", attendees=(ANA, ME)),
        vevent(
            "budget", "20261124T140000", "20261124T150000", "Budget review", attendees=(ANA, ME)
        ),
        name="week2.ics",
    )


def import_files(store: Store, config: Config, *paths: Path) -> None:
    reports = import_sources(store, config, [str(path) for path in paths], today=TODAY)
    assert not any(report.error for report in reports)


def by_title(store: Store, config: Config) -> dict[str, Block]:
    return {block.summary: block for block in list_blocks(store, config)}


def test_tag_none_decides_one_occurrence(store: Store, config: Config, write_ics: WriteIcs) -> None:
    import_files(store, config, personal_week(write_ics))
    blocks = by_title(store, config)
    gym, hold = blocks["Gym: upper body"], blocks["Kids football training"]
    assert (gym.category, gym.tag_source) == ("untagged", "none")  # asked about
    assert (hold.category, hold.tag_source) == ("learning", "rule")  # wrongly tagged
    assert {b.summary for b in list_blocks(store, config, untagged_only=True)} >= {gym.summary}
    marked = tag_block(store, config, gym.id, "none")
    assert (marked.category, marked.tag_source, marked.rule) == ("untagged", "manual", None)
    assert marked.not_work and not marked.undecided and not marked.guess
    # `untagged` is the same word for it.
    marked = tag_block(store, config, hold.id, "untagged")
    assert (marked.category, marked.tag_source) == ("untagged", "manual")
    assert marked.not_work
    undecided = {b.summary for b in list_blocks(store, config, untagged_only=True)}
    assert "Gym: upper body" not in undecided and hold.summary not in undecided
    assert "School pick-up" in undecided  # not decided yet


def test_tag_none_for_a_whole_series(store: Store, config: Config, write_ics: WriteIcs) -> None:
    import_files(store, config, personal_week(write_ics))
    pickups = [b for b in list_blocks(store, config) if b.summary == "School pick-up"]
    assert len(pickups) == 3 and all(b.undecided for b in pickups)
    tag_block(store, config, pickups[1].id, "none", series=True)
    after = [b for b in list_blocks(store, config) if b.summary == "School pick-up"]
    assert {(b.category, b.tag_source) for b in after} == {("untagged", "series")}
    # A correction of one occurrence still wins over the series'.
    tag_block(store, config, pickups[0].id, "relationships")
    first = next(b for b in list_blocks(store, config) if b.id == pickups[0].id)
    assert (first.category, first.tag_source) == ("relationships", "manual")


def test_the_report_counts_not_work_apart(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    import_files(store, config, personal_week(write_ics))
    before = period_report(store, config, *W47, today=TODAY)
    blocks = by_title(store, config)
    tag_block(store, config, blocks["Gym: upper body"].id, "none")  # 60 untagged minutes
    tag_block(store, config, blocks["Kids football training"].id, "none")  # 60 learning minutes
    after = period_report(store, config, *W47, today=TODAY)
    assert after.not_work_minutes == 120
    assert after.untagged_minutes == before.untagged_minutes - 60
    assert after.categories["learning"].minutes == before.categories["learning"].minutes - 60
    # Not work is in no share: the allocated total is work (and time still to triage) only.
    assert after.allocated_minutes == before.allocated_minutes - 120
    # The block tagged not work leaves the list to triage; the others stay ("Bouldering with
    # Ana", with her invited, is there unless the word vote guesses it, by its counts).
    still = [b.summary for b in before.untagged_blocks if b.summary != "Gym: upper body"]
    assert "Gym: upper body" in [b.summary for b in before.untagged_blocks]
    assert "School pick-up" in still
    assert [b.summary for b in after.untagged_blocks] == still
    document = after.to_json()
    assert (document["not_work_minutes"], document["untagged_minutes"]) == (
        120,
        after.untagged_minutes,
    )


def test_a_similar_block_learns_not_work_and_forgetting_undoes_it(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    import_files(store, config, personal_week(write_ics), later_week(write_ics))
    blocks = by_title(store, config)
    assert blocks["Bouldering"].undecided  # no telling word: asked about
    tag_block(store, config, blocks["Gym: upper body"].id, "none")
    tag_block(store, config, blocks["Bouldering with Ana"].id, "none")
    blocks = by_title(store, config)
    for title in ("Gym – upper body", "Bouldering"):
        learned = blocks[title]
        assert (learned.category, learned.tag_source, learned.confident) == (
            "untagged",
            "learned",
            True,
        ), title
        assert learned.not_work and learned.rule is not None
        assert learned.rule.startswith("learned:")
    budget = blocks["Budget review"]  # nothing like the examples
    assert (budget.category, budget.tag_source) == ("communication", "rule")
    report = period_report(store, config, date(2026, 11, 23), date(2026, 11, 29), today=TODAY)
    assert report.not_work_minutes == 120
    assert report.untagged_minutes == 30  # that week's school pick-up: nobody decided yet
    _, text = explain_block(store, config, blocks["Gym – upper body"].id)
    assert text.startswith("not work: learned from your corrections")
    assert "like 'Gym: upper body', which you marked not work on" in text
    examples = {e.example.title: e for e in list_learned(store, config)}
    assert examples["Bouldering with Ana"].blocks == 1
    assert forget_learned(store, config, examples["Bouldering with Ana"].example.id)
    bouldering = by_title(store, config)["Bouldering"]
    assert (bouldering.category, bouldering.tag_source) == ("untagged", "none")  # asked again
    # The corrected block keeps its own correction.
    corrected = by_title(store, config)["Bouldering with Ana"]
    assert (corrected.category, corrected.tag_source) == ("untagged", "manual")


def test_explain_a_block_marked_by_hand(store: Store, config: Config, write_ics: WriteIcs) -> None:
    import_files(store, config, personal_week(write_ics))
    blocks = by_title(store, config)
    tag_block(store, config, blocks["Kids football training"].id, "none")
    _, text = explain_block(store, config, blocks["Kids football training"].id)
    assert text.startswith("not work: marked by hand for this occurrence")
    pickup = blocks["School pick-up"]
    tag_block(store, config, pickup.id, "none", series=True)
    _, text = explain_block(store, config, pickup.id)
    assert text.startswith("not work: marked by hand for the whole series")


def test_the_command_line(write_ics: WriteIcs, db_path: Path, config_file: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_ictime(*args, db=db_path, config=config_file)

    assert run("import", str(personal_week(write_ics)), str(later_week(write_ics))).returncode == 0
    listed = json.loads(run("blocks", "--format", "json").stdout)
    gym = next(b for b in listed if b["uid"] == "gym-1")
    pickup = next(b for b in listed if b["uid"] == "pickup")
    done = run("tag", gym["id"], "none")
    assert done.returncode == 0, done.stderr
    assert "is now not work" in done.stdout
    assert run("tag", pickup["id"], "untagged", "--series").returncode == 0
    listed = json.loads(run("blocks", "--format", "json").stdout)
    fields = {b["uid"]: (b["category"], b["tag_source"], b["confident"]) for b in listed}
    assert fields["gym-1"] == ("untagged", "manual", True)
    assert fields["pickup"] == ("untagged", "series", True)
    assert fields["gym-2"] == ("untagged", "learned", True)
    table = run("blocks", "--week", "2026-W47").stdout
    gym_row = next(line for line in table.splitlines() if line.startswith(gym["id"]))
    assert "not work" in gym_row
    untagged = json.loads(run("blocks", "--untagged", "--format", "json").stdout)
    assert {"gym-1", "gym-2", "pickup"}.isdisjoint(b["uid"] for b in untagged)
    report = json.loads(run("report", "--week", "2026-W47", "--format", "json").stdout)
    assert report["not_work_minutes"] == 60 + 30  # the gym and one pick-up
    table = run("report", "--week", "2026-W47").stdout
    assert "Not work" in table and "1 h 30" in table
    examples = json.loads(run("learned", "--format", "json").stdout)
    assert {e["title"]: e["category"] for e in examples} == {
        "Gym: upper body": "untagged",
        "School pick-up": "untagged",
    }
    assert "not work" in run("learned").stdout
    explained = run("explain", gym["id"]).stdout
    assert "not work: marked by hand" in explained


@pytest.mark.parametrize("word", ["nothing", "not_work", "NONE", ""])
def test_a_bad_category_exits_with_a_clear_message(
    write_ics: WriteIcs, db_path: Path, config_file: Path, word: str
) -> None:
    run_ictime("import", str(personal_week(write_ics)), db=db_path, config=config_file)
    listed = json.loads(
        run_ictime("blocks", "--format", "json", db=db_path, config=config_file).stdout
    )
    failed = run_ictime("tag", listed[0]["id"], word, db=db_path, config=config_file)
    assert failed.returncode == 1
    assert f"unknown category {word!r}" in failed.stderr
    assert "learning, none, untagged" in failed.stderr
    assert "Traceback" not in failed.stderr


async def test_triage_marks_a_block_and_a_series_not_work(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        triage = app.screen
        assert isinstance(triage, TriageScreen) and triage.view is not None
        first = triage.selected_block()
        assert first is not None and first.undecided
        untagged_before = sum(1 for b in triage.view.blocks if b.undecided)
        await pilot.press("0")
        await settle(pilot)
        (marked,) = [b for b in app.read_store(list_blocks) if b.id == first.id]
        assert (marked.category, marked.tag_source) == ("untagged", "manual")
        assert sum(1 for b in triage.view.blocks if b.undecided) == untagged_before - 1
        count = triage.query_one("#triage-count", Static).content
        assert isinstance(count, Content) and f"{untagged_before - 1} untagged" in count.plain
        # Decided: it leaves the untagged filter, and the not-work filter shows it.
        triage.action_cycle_filter()  # all -> untagged
        await settle(pilot)
        assert first.id not in [b.id for b in triage.shown]
        triage.query_one("#triage-filter", Select).value = "not_work"
        await settle(pilot)
        assert [b.id for b in triage.shown] == [first.id]
        triage.query_one("#triage-filter", Select).value = "all"
        await settle(pilot)
        recurring = next(b for b in triage.shown if b.recurring and not b.not_work)
        triage.query_one(DataTable).move_cursor(
            row=[b.id for b in triage.shown].index(recurring.id)
        )
        await pilot.press("s", "0")
        await settle(pilot)
        series = [b for b in app.read_store(list_blocks) if b.uid == recurring.uid]
        assert len(series) > 1
        assert {(b.category, b.tag_source) for b in series} == {("untagged", "series")}


async def test_today_shows_not_work_plainly(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)

        def rows() -> dict[str, str]:
            return {
                row.entry.block.id: row.render().plain
                for row in app.screen.query(AgendaRow)
                if row.entry.block is not None and row.entry.block.counted
            }

        block = next(
            row.entry.block
            for row in app.screen.query(AgendaRow)
            if row.entry.block is not None and row.entry.block.undecided
        )
        assert "untagged: press 0-4" in rows()[block.id]
        agenda = app.screen.query_one(Agenda)
        agenda.index = next(
            i
            for i, row in enumerate(r for r in agenda.children if isinstance(r, AgendaRow))
            if row.entry.block is not None and row.entry.block.id == block.id
        )
        await pilot.press("0")
        await settle(pilot)
        shown = rows()[block.id]
        assert "Not work" in shown and "untagged" not in shown and "press" not in shown
