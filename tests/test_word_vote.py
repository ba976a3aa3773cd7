"""The word vote: a last guess from what a title's words were on the labelled calendars."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ictime.classify import fingerprint, rules_fingerprint, word_vote
from ictime.classify.engine import WORDS_RULE, explain
from ictime.model import UNTAGGED
from support import ME
from support.tagging import built_in_tag, script

TAGGING = Path(__file__).parent / "data" / "tagging"
COUNTS = json.loads(word_vote._raw())


def classify(title: str, others: int = 0) -> tuple[str, str | None, bool, str]:
    """Category, rule, confidence and explanation of a one-hour block."""
    tag = built_in_tag(title, others)
    return tag.category, tag.rule, tag.confident, explain(tag)


def test_a_title_no_rule_reads_takes_its_words_verdict_as_a_guess() -> None:
    category, rule, confident, why = classify("DTC mapping")
    assert (category, rule, confident) == ("deep_work", WORDS_RULE, False)
    verdict = word_vote.vote("DTC mapping", 0)
    assert verdict is not None and verdict.words
    for word, hits, seen in verdict.words:
        assert f'"{word}" (deep_work in {hits} of {seen})' in why
    assert f"{verdict.share:.0%} of the vote deep_work: only a guess" in why


def test_words_no_labelled_calendar_used_leave_the_block_untagged() -> None:
    category, rule, _, why = classify("Qwxz Vbnq")
    assert (category, rule) == (UNTAGGED, None)
    assert why.startswith("untagged: no rule matched")


def test_a_rule_that_reads_the_words_comes_before_the_vote() -> None:
    assert classify("Code review: PR 812")[:2] == ("deep_work", "default:code-review")


def test_words_alone_never_make_a_meeting_deep_work() -> None:
    verdict = word_vote.vote("Focus: checkout flow", 0)
    assert verdict is not None and verdict.category == "deep_work"  # alone, they would
    assert word_vote.vote("Focus group: checkout flow", 4) is None
    assert classify("Focus group: checkout flow", 4)[:2] == ("communication", "default:large-group")


def test_words_alone_never_take_a_meeting_out_of_work() -> None:
    title = "Visite médicale du travail"
    verdict = word_vote.vote(title, 0)
    assert verdict is not None and verdict.category == "none"  # alone, they would
    assert word_vote.vote(title, 4) is None
    assert classify(title, 4)[:2] == ("communication", "default:large-group")


def test_a_vote_below_its_share_tags_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    verdict = word_vote.vote("DTC mapping", 0)
    assert verdict is not None and verdict.share < 1.0
    monkeypatch.setattr(word_vote, "SHARE", verdict.share + 1e-9)
    assert word_vote.vote("DTC mapping", 0) is None


def test_the_counts_are_those_of_dev_as_it_is_now() -> None:
    """Promoting a held-out set changes dev: then `scripts/build_word_counts.py` runs again."""
    dev = {path.name: path for path in (TAGGING / "dev").glob("*.ics")}
    assert COUNTS["calendars"] == len(dev) == len(COUNTS["sources"])
    for name, digest in COUNTS["sources"].items():
        assert hashlib.sha256(dev[name].read_bytes()).hexdigest()[:16] == digest, name


def test_no_held_out_calendar_is_counted() -> None:
    held_out = {path.name for path in (TAGGING / "blind").glob("*.ics")}
    assert held_out and held_out.isdisjoint(COUNTS["sources"])


def test_the_counts_name_nobody() -> None:
    names = script("build_word_counts").name_words(
        TAGGING / "dev" / "leeds_publicsector_outlook.ics"
    )
    assert names and names.isdisjoint(COUNTS["words"])


def test_each_calendar_counts_a_title_once_and_a_word_two_calendars_use() -> None:
    builder = script("build_word_counts")
    calendars = {
        "a.ics": [
            ("Kafka upgrade", "alone", "deep_work"),
            ("Kafka upgrade", "group", "communication"),
            ("Lunch with Ines", "one other", "relationships"),
        ],
        "b.ics": [
            ("Kafka drills", "alone", "deep_work"),
            ("Ines 1:1", "one other", "relationships"),
        ],
    }
    counts = builder.word_counts(calendars, names={"ines"})
    assert counts["totals"] == [2, 2, 1, 0, 0]
    assert counts["kinds"] == {
        "alone": [2, 0, 0, 0, 0],
        "one other": [0, 2, 0, 0, 0],
        "group": [0, 0, 1, 0, 0],
    }
    # "upgrade", "lunch", "drills" are one calendar's; "ines" names someone.
    assert counts["words"] == {"kafka": [2, 0, 1, 0, 0]}


def test_the_rules_fingerprint_follows_the_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    zone = ZoneInfo("Europe/Berlin")
    before = rules_fingerprint([], [ME], zone)
    monkeypatch.setattr(fingerprint, "counts_digest", lambda: "another table")
    assert rules_fingerprint([], [ME], zone) != before
