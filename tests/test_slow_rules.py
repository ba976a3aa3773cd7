"""A person's own regex that backtracks without end never freezes ictime: it is reported."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ictime.classify import Classifier, RuleTooSlow, compile_rules
from ictime.model import Occurrence
from support import BERLIN, ME
from support.cli import db_state, run_ictime
from support.ics import WriteIcs, vevent

# Python's own `re` takes about 2**35 steps to fail each of these on the title below.
NESTED = "(a+)+$"
ALTERNATING = "(a|aa)+$"
TITLE = "a" * 35 + "!"


def occurrence(title: str) -> Occurrence:
    """A one-hour block with this title (and description) and nobody else."""
    start = datetime(2026, 3, 3, 9, 30, tzinfo=BERLIN)
    return Occurrence("u", None, title, start, start + timedelta(hours=1), description=title)


def classify(summary: str, /, **rule: Any) -> str | None:
    """The rule that tags a block with this title, given one rule of the person's."""
    rules = compile_rules([{"name": "Mine", "category": "learning", **rule}])
    return Classifier(rules, me=[ME], tz=BERLIN).classify(occurrence(summary)).rule


def config_with_rule(tmp_path: Path, pattern: str) -> Path:
    """A config with one rule whose title regex is `pattern`."""
    path = tmp_path / "config.toml"
    path.write_text(
        f'timezone = "America/New_York"\n[me]\nemails = ["{ME}"]\n'
        f'[[rules]]\nname = "Slow"\ncategory = "learning"\ntitle = \'{pattern}\'\n'
    )
    return path


def test_a_nested_repeat_finishes_at_once(tmp_path: Path, write_ics: WriteIcs) -> None:
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000", TITLE))
    db = tmp_path / "ictime.db"
    result = run_ictime("import", str(path), db=db, config=config_with_rule(tmp_path, NESTED))
    assert result.returncode == 0, result.stderr
    assert classify(TITLE, title=NESTED) is None  # no rule, not even a built-in, matches
    assert classify("aaaa", title=NESTED) == "Mine"


def test_a_rule_too_slow_on_a_title_is_reported_by_name(
    tmp_path: Path, write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    stored = write_ics(vevent("g", "20261123T090000", "20261123T100000", TITLE), name="g.ics")
    assert run_ictime("import", str(stored), db=db_path, config=config_file).returncode == 0
    before = db_state(db_path)
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000", TITLE))
    slow = config_with_rule(tmp_path, ALTERNATING)
    # Importing tags the new blocks; any other command first re-tags the stored ones.
    for args in (["import", str(path)], ["blocks"], ["report"]):
        result = run_ictime(*args, db=db_path, config=slow)
        assert result.returncode == 2, (args, result)
        assert "Traceback" not in result.stderr
        assert '[[rules]] #1 "Slow"' in result.stderr and ALTERNATING in result.stderr
        assert "aaaaaaaa" in result.stderr and "took over" in result.stderr
    assert db_state(db_path) == before


def test_the_time_a_search_may_take_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ictime.classify.conditions.SEARCH_SECONDS", 0.05)
    with pytest.raises(RuleTooSlow, match=r'#1 "Mine": "title" regex .* took over 0\.05 s'):
        classify(TITLE, title=ALTERNATING)
    with pytest.raises(RuleTooSlow, match='"description" regex'):
        classify(TITLE, description=ALTERNATING, max_attendees=0)


@pytest.mark.parametrize(
    ("title", "pattern", "matches"),
    [
        ("WEEKLY SYNC", r"weekly\s+sync", True),  # case-insensitive search anywhere
        ("Team sync", r"^sync", False),  # anchors
        ("Sync with PyConf people", r"(?-i:[A-Z][a-z]*Conf)", True),  # part case-sensitive
        ("Sync with pyconf people", r"(?-i:[A-Z][a-z]*Conf)", False),
        ("Café planning", r"\bcafé\b", True),  # Unicode words
        ("Cafés planning", r"\bcafé\b", False),
        ("Ünterhaltung", r"\bünter", True),
        ("code review", r"(?<!pre-)review", True),  # look-behind
        ("pre-review", r"(?<!pre-)review", False),
        ("Retro retro", r"(retro) \1", True),  # back-references
    ],
)
def test_the_documented_regex_features_work(title: str, pattern: str, matches: bool) -> None:
    assert (classify(title, title=pattern) == "Mine") is matches
