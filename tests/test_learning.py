"""Corrections that teach: similar blocks take a corrected category, ranked as DESIGN.md says."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

from ictime.config import Config
from ictime.model import Block
from ictime.service import (
    explain_block,
    forget_learned,
    import_sources,
    list_blocks,
    list_learned,
    open_store,
    period_report,
    tag_block,
)
from ictime.store import MIGRATIONS, SCHEMA_VERSION, Store
from support import ME
from support.cli import run_ictime
from support.ics import WriteIcs, vevent

TODAY = date(2026, 11, 25)
ANA = "ana.lima@corp.example"
BO = "bo.chen@corp.example"


def by_title(store: Store, config: Config) -> dict[str, Block]:
    return {block.summary: block for block in list_blocks(store, config)}


def import_files(store: Store, config: Config, *paths: Path) -> None:
    reports = import_sources(store, config, [str(path) for path in paths], today=TODAY)
    assert not any(report.error for report in reports)


def corrected_one_off(store: Store, config: Config, write_ics: WriteIcs) -> Block:
    """A one-off with one other person, read as a 1:1 and corrected to communication."""
    first = write_ics(
        vevent(
            "quotas-1",
            "20261116T100000",
            "20261116T110000",
            "Treffen Kafka-Quotas Zahlungsrouting",
            attendees=(ANA, ME),
        ),
        name="week1.ics",
    )
    import_files(store, config, first)
    block = by_title(store, config)["Treffen Kafka-Quotas Zahlungsrouting"]
    assert (block.category, block.tag_source) == ("relationships", "rule")
    return tag_block(store, config, block.id, "communication")


def later_file(write_ics: WriteIcs) -> Path:
    return write_ics(
        vevent(
            "quotas-2",
            "20261124T100000",
            "20261124T110000",
            "Kafka-Quotas Zahlungsrouting: Fortsetzung",
            attendees=(ANA, ME),
        ),
        vevent("budget", "20261124T140000", "20261124T150000", "Budget", attendees=(ANA, ME)),
        name="week2.ics",
    )


def test_a_correction_teaches_a_similar_one_off_imported_later(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    corrected_one_off(store, config, write_ics)
    import_files(store, config, later_file(write_ics))
    blocks = by_title(store, config)
    similar = blocks["Kafka-Quotas Zahlungsrouting: Fortsetzung"]
    assert (similar.category, similar.tag_source, similar.confident) == (
        "communication",
        "learned",
        True,
    )
    (example,) = list_learned(store, config)
    assert similar.rule == f"learned:{example.example.id}" and example.blocks == 1
    unrelated = blocks["Budget"]  # no telling word, and nothing like the example
    assert (unrelated.category, unrelated.tag_source) == ("untagged", "none")


def test_a_correction_retags_the_blocks_already_stored(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    import_files(store, config, later_file(write_ics))
    before = by_title(store, config)["Kafka-Quotas Zahlungsrouting: Fortsetzung"]
    # No telling word: untagged, asked about.
    assert (before.category, before.tag_source) == ("untagged", "none")
    corrected_one_off(store, config, write_ics)
    after = by_title(store, config)["Kafka-Quotas Zahlungsrouting: Fortsetzung"]
    assert (after.category, after.tag_source) == ("communication", "learned")


def test_own_rules_beat_learned_tags_and_a_correction_beats_everything(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    corrected_one_off(store, config, write_ics)
    import_files(store, config, later_file(write_ics))
    rules = ({"name": "Payments", "category": "deep_work", "title": "zahlungsrouting"},)
    ruled = replace(config, rules=rules)
    store.close()
    store = open_store(store.path, ruled)  # the next command re-tags by the new rules
    similar = by_title(store, ruled)["Kafka-Quotas Zahlungsrouting: Fortsetzung"]
    assert (similar.category, similar.tag_source, similar.rule) == ("deep_work", "rule", "Payments")
    tag_block(store, ruled, similar.id, "learning")
    similar = by_title(store, ruled)["Kafka-Quotas Zahlungsrouting: Fortsetzung"]
    assert (similar.category, similar.tag_source) == ("learning", "manual")
    store.close()


def test_forgetting_an_example_restores_the_built_in_tag(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    corrected_one_off(store, config, write_ics)
    import_files(store, config, later_file(write_ics))
    (example,) = list_learned(store, config)
    assert forget_learned(store, config, example.example.id)
    assert not forget_learned(store, config, example.example.id)
    similar = by_title(store, config)["Kafka-Quotas Zahlungsrouting: Fortsetzung"]
    assert (similar.category, similar.tag_source) == ("untagged", "none")  # as the rules say
    # The corrected block keeps its own correction: forgetting only stops the teaching.
    corrected = by_title(store, config)["Treffen Kafka-Quotas Zahlungsrouting"]
    assert (corrected.category, corrected.tag_source) == ("communication", "manual")
    assert list_learned(store, config) == []


def test_explain_names_the_example_it_learned_from(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    corrected_one_off(store, config, write_ics)
    import_files(store, config, later_file(write_ics))
    similar = by_title(store, config)["Kafka-Quotas Zahlungsrouting: Fortsetzung"]
    _, text = explain_block(store, config, similar.id)
    assert "like 'Treffen Kafka-Quotas Zahlungsrouting', which you tagged communication on" in (
        text
    )
    assert "kafka, quotas, zahlungsrouting" in text
    assert "ictime learned --forget" in text


def test_a_weak_likeness_is_a_guess_counted_in_the_report(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    path = write_ics(
        vevent(
            "z1", "20261123T100000", "20261123T110000", "Zork frobnicate", attendees=(ANA, BO, ME)
        ),
        vevent("z2", "20261124T100000", "20261124T113000", "Zork quux", attendees=(ANA, BO, ME)),
    )
    import_files(store, config, path)
    blocks = by_title(store, config)
    # No rule knows these words: only the built-in guess from two other people.
    assert (blocks["Zork quux"].category, blocks["Zork quux"].confident) == ("communication", False)
    tag_block(store, config, blocks["Zork frobnicate"].id, "learning")
    guess = by_title(store, config)["Zork quux"]
    assert (guess.category, guess.tag_source, guess.confident) == ("learning", "learned", False)
    report = period_report(store, config, date(2026, 11, 23), date(2026, 11, 29), today=TODAY)
    assert report.guess_minutes == 90
    assert report.to_json()["guess_minutes"] == 90
    _, text = explain_block(store, config, guess.id)
    assert "Only a guess" in text
    # Confirming the guess makes it a correction: no longer a guess.
    confirmed = tag_block(store, config, guess.id, "learning")
    assert (confirmed.tag_source, confirmed.confident) == ("manual", True)


def test_a_series_correction_teaches_too(store: Store, config: Config, write_ics: WriteIcs) -> None:
    path = write_ics(
        vevent(
            "guild",
            "20261102T160000",
            "20261102T170000",
            "Widget council",
            attendees=(ANA, BO, ME),
            extra="RRULE:FREQ=WEEKLY;COUNT=4",
        ),
        vevent(
            "guild-2",
            "20261126T160000",
            "20261126T170000",
            "Widget council: extra session",
            attendees=(ANA, BO, ME),
        ),
    )
    import_files(store, config, path)
    series = by_title(store, config)["Widget council"]
    tag_block(store, config, series.id, "learning", series=True)
    one_off = by_title(store, config)["Widget council: extra session"]
    assert (one_off.category, one_off.tag_source) == ("learning", "learned")
    (example,) = list_learned(store, config)
    assert example.example.title == "Widget council"


def test_an_example_outlives_its_block(store: Store, config: Config, write_ics: WriteIcs) -> None:
    corrected_one_off(store, config, write_ics)
    # The week-1 file is exported again without the corrected event.
    again = write_ics(
        vevent("other", "20261116T080000", "20261116T083000", "Other"), name="week1.ics"
    )
    import_files(store, config, again)
    assert "Treffen Kafka-Quotas Zahlungsrouting" not in by_title(store, config)
    import_files(store, config, later_file(write_ics))
    similar = by_title(store, config)["Kafka-Quotas Zahlungsrouting: Fortsetzung"]
    assert similar.tag_source == "learned"


def test_blocks_json_and_the_learned_command(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    path = write_ics(
        vevent(
            "q1",
            "20261116T100000",
            "20261116T110000",
            "Treffen Kafka-Quotas Zahlungsrouting",
            attendees=(ANA, ME),
        ),
        vevent(
            "q2",
            "20261124T100000",
            "20261124T110000",
            "Kafka-Quotas Zahlungsrouting: Fortsetzung",
            attendees=(ANA, ME),
        ),
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_ictime(*args, db=db_path, config=config_file)

    assert run("import", str(path)).returncode == 0
    listed = json.loads(run("blocks", "--format", "json").stdout)
    assert all(isinstance(block["confident"], bool) for block in listed)
    first = next(b for b in listed if b["uid"] == "q1")
    assert run("tag", first["id"], "communication").returncode == 0
    listed = json.loads(run("blocks", "--format", "json").stdout)
    learned = next(b for b in listed if b["uid"] == "q2")
    assert (learned["tag_source"], learned["category"], learned["confident"]) == (
        "learned",
        "communication",
        True,
    )
    (example,) = json.loads(run("learned", "--format", "json").stdout)
    assert example["title"] == "Treffen Kafka-Quotas Zahlungsrouting"
    assert (example["category"], example["people"], example["blocks"]) == (
        "communication",
        "one other",
        1,
    )
    assert example["confirmation"] is False  # the rules read it as a 1:1
    table = run("learned").stdout
    assert "Treffen Kafka-Quotas" in table and "communication" in table
    forgot = run("learned", "--forget", str(example["id"]))
    assert forgot.returncode == 0, forgot.stderr
    assert run("learned", "--forget", str(example["id"])).returncode == 1
    after = next(
        b for b in json.loads(run("blocks", "--format", "json").stdout) if b["uid"] == "q2"
    )
    assert (after["tag_source"], after["category"]) == ("none", "untagged")  # as the rules say


def test_a_version_3_database_migrates(db_path: Path, config: Config) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    for version in (1, 2, 3):
        for statement in MIGRATIONS[version].split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("INSERT INTO sources (id, location, calendar, me) VALUES (1, 'x.ics', 'x', '')")
    columns = "source_id, id, uid, recurrence_id, summary, description, location, categories,"
    columns += " start_ts, end_ts, all_day, status, transparent, my_partstat, attendees,"
    columns += " attendee_list, organizer, recurring, counted, not_counted_reason, category, rule"
    conn.execute(
        f"INSERT INTO blocks ({columns}) VALUES (1, 'abc', 'u', NULL, 'Standup', '', '', '[]',"
        " 1795000000, 1795001800, 0, '', 0, 'ACCEPTED', 3, '[]', '', 0, 1, '', 'communication',"
        " 'default:communication')"
    )
    conn.execute("INSERT INTO meta (key, value) VALUES ('rules_fingerprint', 'old')")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    store = open_store(db_path, config)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
    (block,) = list_blocks(store, config)
    assert (block.category, block.confident, block.tag_source) == ("communication", True, "rule")
    assert store.get_meta("rules_fingerprint") not in (None, "old")  # re-tagged on open
    assert list_learned(store, config) == []
    store.close()


def test_a_correction_of_one_occurrence_does_not_teach_its_own_series(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    path = write_ics(
        vevent(
            "council",
            "20261102T160000",
            "20261102T170000",
            "Widget council",
            attendees=(ANA, BO, ME),
            extra="RRULE:FREQ=WEEKLY;COUNT=3",
        ),
        vevent(
            "council-extra",
            "20261126T160000",
            "20261126T170000",
            "Widget council: extra session",
            attendees=(ANA, BO, ME),
        ),
    )
    import_files(store, config, path)
    first = min(
        (b for b in list_blocks(store, config) if b.uid == "council"), key=lambda b: b.start
    )
    tag_block(store, config, first.id, "learning")
    series = [b.tag_source for b in list_blocks(store, config) if b.uid == "council"]
    assert sorted(series) == ["manual", "rule", "rule"]
    extra = by_title(store, config)["Widget council: extra session"]
    assert (extra.category, extra.tag_source) == ("learning", "learned")


def test_with_others_is_more_alike_than_alone(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    """A snack alone was no work, a snack with Ana a relationship: with Ana and Bo is the latter."""
    first = write_ics(
        vevent("alone", "20261116T100000", "20261116T103000", "Brotzeit"),
        vevent("ana", "20261117T100000", "20261117T103000", "Brotzeit Ana", attendees=(ANA, ME)),
        name="week1.ics",
    )
    import_files(store, config, first)
    blocks = by_title(store, config)
    tag_block(store, config, blocks["Brotzeit"].id, "none")
    tag_block(store, config, blocks["Brotzeit Ana"].id, "relationships")
    later = write_ics(
        vevent("both", "20261124T100000", "20261124T103000", "Brotzeit", attendees=(BO, ANA, ME)),
        vevent("again", "20261125T100000", "20261125T103000", "Brotzeit"),
        name="week2.ics",
    )
    import_files(store, config, later)
    week_two = list_blocks(store, config, date(2026, 11, 24), TODAY)
    [with_both] = [b for b in week_two if b.attendees == 2]
    [alone] = [b for b in week_two if b.attendees == 0]
    assert (with_both.category, with_both.tag_source) == ("relationships", "learned")
    assert (alone.category, alone.tag_source) == ("untagged", "learned")


def test_a_shared_head_alone_teaches_nothing(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    """One "Focus: …" block corrected to communication leaves the other focus blocks alone.

    A tidy person writes "Focus:" before every build block; the correction is about its
    topic (slides for a review), not about "Focus". The same topic later still learns.
    """
    first = write_ics(
        vevent("qbr", "20261116T100000", "20261116T120000", "Focus: QBR slides for Ops"),
        vevent("parser", "20261117T100000", "20261117T120000", "Focus: parser rewrite"),
        name="week1.ics",
    )
    import_files(store, config, first)
    blocks = by_title(store, config)
    assert blocks["Focus: QBR slides for Ops"].category == "deep_work"
    tag_block(store, config, blocks["Focus: QBR slides for Ops"].id, "communication")
    later = write_ics(
        vevent("cache", "20261124T100000", "20261124T120000", "Focus: cache eviction tests"),
        vevent("parser-2", "20261125T100000", "20261125T120000", "Focus: parser rewrite"),
        vevent("qbr-2", "20261125T140000", "20261125T150000", "Focus: QBR slides, v2"),
        name="week2.ics",
    )
    import_files(store, config, later)
    blocks = by_title(store, config)
    for title in ("Focus: cache eviction tests", "Focus: parser rewrite"):
        assert (blocks[title].category, blocks[title].tag_source) == ("deep_work", "rule")
    qbr = blocks["Focus: QBR slides, v2"]
    assert (qbr.category, qbr.tag_source) == ("communication", "learned")


def test_a_confirmation_tags_blocks_no_rule_tagged_but_moves_no_rule_tag(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    """Confirming "Weekly Tarifa" says nothing against coffee with the same team."""
    team = (ANA, BO, "cy@corp.example", ME)
    first = write_ics(
        vevent("daily", "20261116T093000", "20261116T094500", "Weekly Tarifa", attendees=team),
        name="week1.ics",
    )
    import_files(store, config, first)
    daily = by_title(store, config)["Weekly Tarifa"]
    assert (daily.category, daily.confident) == ("communication", False)  # a guess, confirmed
    tag_block(store, config, daily.id, "communication")
    later = write_ics(
        vevent("coffee", "20261124T100000", "20261124T103000", "Tarifa ☕", attendees=team),
        vevent("alone", "20261124T140000", "20261124T143000", "Tarifa"),
        name="week2.ics",
    )
    import_files(store, config, later)
    blocks = by_title(store, config)
    coffee = blocks["Tarifa ☕"]
    assert (coffee.category, coffee.tag_source, coffee.rule) == (
        "relationships",
        "rule",
        "default:social-sign",
    )
    assert (blocks["Tarifa"].category, blocks["Tarifa"].tag_source) == ("communication", "learned")
    _, why = explain_block(store, config, blocks["Tarifa"].id)
    assert "like 'Weekly Tarifa', which you confirmed as communication" in why
    # The same block corrected (not confirmed) teaches against the rules' guess.
    tag_block(store, config, daily.id, "deep_work")
    coffee = by_title(store, config)["Tarifa ☕"]
    assert (coffee.category, coffee.tag_source) == ("deep_work", "learned")
