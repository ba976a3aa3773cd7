"""Rules from the config: checked at load, applied retroactively, never over a correction."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ictime.config import Config, ConfigError, example_config_text, parse_config
from ictime.service import (
    explain_block,
    import_sources,
    list_blocks,
    refresh_rule_tags,
    tag_block,
)
from ictime.store import Store
from support.ics import WriteIcs, vevent

TODAY = date(2026, 11, 25)


def test_the_example_rules_compile_when_uncommented() -> None:
    text = example_config_text()
    start = text.index("# [[rules]]")
    rules = re.sub(r"^# ?", "", text[start:], flags=re.MULTILINE)
    config = parse_config(text[:start] + rules, origin="example.toml")
    assert [rule["name"] for rule in config.rules][:2] == [
        "Interviews",
        "My 1:1s are relationships",
    ]


def test_a_bad_rule_is_a_config_error_naming_it() -> None:
    text = '[[rules]]\nname = "Broken"\ncategory = "learning"\ntitle = "(unclosed"\n'
    with pytest.raises(ConfigError, match=r"config.toml.*Broken"):
        parse_config(text, origin="config.toml")


def test_changed_rules_retag_stored_blocks_but_keep_corrections(
    store: Store, config: Config, write_ics: WriteIcs
) -> None:
    path = write_ics(
        vevent("a", "20261124T090000", "20261124T100000", "Widget council"),
        vevent("b", "20261124T110000", "20261124T120000", "Budget sync prep"),
    )
    import_sources(store, config, [str(path)], today=TODAY)
    first, second = list_blocks(store, config)
    tag_block(store, config, second.id, "relationships")
    rules = ({"name": "Widgets", "category": "learning", "title": "widget"},)
    retuned = replace(config, rules=rules)
    refresh_rule_tags(store, retuned)  # as the next command starts
    after = {b.summary: (b.category, b.tag_source, b.rule) for b in list_blocks(store, retuned)}
    assert after == {
        "Widget council": ("learning", "rule", "Widgets"),
        "Budget sync prep": ("relationships", "manual", None),
    }
    _, why = explain_block(store, retuned, first.id)
    assert why.splitlines()[0] == 'learning: set by your rule "Widgets"'
    refresh_rule_tags(store, config)
    back = {b.summary: b.category for b in list_blocks(store, config)}
    assert back["Widget council"] == first.category
    assert back["Budget sync prep"] == "relationships"


def test_untagged_lists_only_counted_untagged_blocks(
    store: Store, config: Config, write_ics: WriteIcs, tmp_path: Path
) -> None:
    path = write_ics(
        vevent("a", "20261124T090000", "20261124T100000", "Busy"),
        vevent("b", "20261124T110000", "20261124T120000", "Sprint planning"),
        vevent("c", "20261124T130000", "20261124T140000", "Busy", extra="STATUS:CANCELLED"),
    )
    import_sources(store, config, [str(path)], today=TODAY)
    untagged = list_blocks(store, config, untagged_only=True)
    assert [(b.summary, b.counted) for b in untagged] == [("Busy", True)]
