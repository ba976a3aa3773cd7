"""Reading stored blocks, correcting their tags and explaining them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ictime.config import Config
from ictime.model import (
    CATEGORIES,
    TAG_MANUAL,
    TAG_NONE,
    TAG_RULE,
    TAG_SERIES,
    UNTAGGED,
    Attendee,
    Block,
    Occurrence,
)
from ictime.store import Store
from ictime.timeutil import day_start

if TYPE_CHECKING:
    from ictime.classify import Classifier


class ServiceError(Exception):
    """A request that cannot be carried out; the message says why."""


def make_classifier(config: Config, me: Sequence[str]) -> Classifier:
    """The rule engine for this config and this person."""
    from ictime.classify import Classifier, compile_rules

    return Classifier(compile_rules(config.rules), me=me, tz=config.timezone)


def rules_fingerprint(config: Config) -> str:
    """A hash of the effective rules: stored rule tags are recomputed when it changes."""
    return make_classifier(config, ()).rules_fingerprint()


def refresh_rule_tags(store: Store, config: Config) -> int:
    """Re-tag stored blocks by the rules when the rules changed since they were tagged.

    Manual tags are kept apart and are untouched.

    Returns:
        How many blocks were re-tagged (0 when the rules are unchanged).
    """
    fingerprint = rules_fingerprint(config)
    if store.get_meta("rules_fingerprint") == fingerprint:
        return 0
    classifiers = _classifiers_by_source(store, config)
    updates: list[tuple[str, str | None, int, str]] = []
    for row in store.rule_inputs():
        occ = _occurrence_from_row(row, config)
        tag = classifiers[row["source_id"]].classify(occ, calendar=row["calendar"])
        updates.append((tag.category, tag.rule, row["source_id"], row["id"]))
    with store.transaction():
        store.set_rule_tags(updates)
        store.set_meta("rules_fingerprint", fingerprint)
    return len(updates)


def _classifiers_by_source(store: Store, config: Config) -> dict[int, Classifier]:
    # Each source remembers who "me" was when it was imported (configured or inferred).
    return {
        source.id: make_classifier(config, tuple(filter(None, source.me.split(","))))
        for source in store.sources()
    }


def _occurrence_from_row(row: dict[str, Any], config: Config) -> Occurrence:
    tz = config.timezone
    return Occurrence(
        uid=row["uid"],
        recurrence_id=row["recurrence_id"],
        summary=row["summary"],
        start=datetime.fromtimestamp(row["start_ts"], tz),
        end=datetime.fromtimestamp(row["end_ts"], tz),
        all_day=bool(row["all_day"]),
        description=row["description"],
        location=row["location"],
        categories=tuple(json.loads(row["categories"])),
        status=row["status"],
        transparent=bool(row["transparent"]),
        organizer=row["organizer"],
        attendees=tuple(
            Attendee(email, partstat) for email, partstat in json.loads(row["attendee_list"])
        ),
        recurring=bool(row["recurring"]),
    )


# -- reading blocks ---------------------------------------------------------------------


def block_from_row(row: dict[str, Any], config: Config) -> Block:
    """A stored row as a Block, with manual tags applied (occurrence > series > rules)."""
    tz = config.timezone
    if row["occurrence_tag"]:
        category, source, rule = row["occurrence_tag"], TAG_MANUAL, None
    elif row["series_tag"]:
        category, source, rule = row["series_tag"], TAG_SERIES, None
    elif row["category"] != UNTAGGED:
        category, source, rule = row["category"], TAG_RULE, row["rule"]
    else:
        category, source, rule = UNTAGGED, TAG_NONE, None
    attendee_list = json.loads(row["attendee_list"])
    return Block(
        id=row["id"],
        uid=row["uid"],
        recurrence_id=row["recurrence_id"],
        calendar=row["calendar"],
        summary=row["summary"],
        start=datetime.fromtimestamp(row["start_ts"], tz),
        end=datetime.fromtimestamp(row["end_ts"], tz),
        all_day=bool(row["all_day"]),
        status=row["status"],
        my_partstat=row["my_partstat"],
        attendees=row["attendees"],
        counted=bool(row["counted"]),
        category=category,
        tag_source=source,
        rule=rule,
        recurring=bool(row["recurring"]),
        description=row["description"],
        location=row["location"],
        categories=tuple(json.loads(row["categories"])),
        organizer=row["organizer"],
        attendee_emails=tuple(email for email, _ in attendee_list),
        not_counted_reason=row["not_counted_reason"],
    )


def list_blocks(
    store: Store,
    config: Config,
    first_day: date | None = None,
    last_day: date | None = None,
    *,
    untagged_only: bool = False,
) -> list[Block]:
    """Stored blocks overlapping the inclusive days, by start time.

    Args:
        store: the open database.
        config: the person's settings (time zone, rules).
        first_day: first day, or None for no lower bound.
        last_day: last day (inclusive), or None for no upper bound.
        untagged_only: only counted blocks that neither a rule nor a person tagged.
    """
    refresh_rule_tags(store, config)
    tz = config.timezone
    start = int(day_start(first_day, tz).timestamp()) if first_day else None
    end = int(day_start(last_day + timedelta(days=1), tz).timestamp()) if last_day else None
    blocks = [block_from_row(row, config) for row in store.block_rows(start, end)]
    if untagged_only:
        blocks = [b for b in blocks if b.counted and b.category == UNTAGGED]
    return blocks


def find_block(store: Store, config: Config, block_ref: str) -> Block:
    """The block with this id (or unambiguous id prefix).

    Raises:
        ServiceError: no block, or the prefix matches several.
    """
    return block_from_row(_find_row(store, config, block_ref), config)


def _find_row(store: Store, config: Config, block_ref: str) -> dict[str, Any]:
    ref = block_ref.strip().lower()
    if not ref:
        raise ServiceError("a block id is needed (see `ictime blocks`)")
    ids = store.ids_with_prefix(ref)
    if not ids:
        raise ServiceError(f"no block with id {block_ref!r} (see `ictime blocks`)")
    if len(ids) > 1 and ref not in ids:
        raise ServiceError(f"block id {block_ref!r} is ambiguous: {', '.join(ids[:5])} …")
    refresh_rule_tags(store, config)
    return store.block_rows(ids=[ref if ref in ids else ids[0]])[0]


def tag_block(
    store: Store, config: Config, block_ref: str, category: str, *, series: bool = False
) -> Block:
    """Correct a block's tag by hand, for this occurrence or for its whole series.

    Args:
        store: the open database.
        config: the person's settings.
        block_ref: a block id or unambiguous prefix.
        category: a category key.
        series: apply to every occurrence of the block's recurring series (by UID).

    Returns:
        The block as it is now tagged.
    """
    if category not in CATEGORIES:
        raise ServiceError(f"unknown category {category!r}; use one of {', '.join(CATEGORIES)}")
    block = find_block(store, config, block_ref)
    with store.transaction():
        if series:
            store.set_tag(block.uid, "series", "", category)
            store.clear_occurrence_tags(block.uid)
        else:
            store.set_tag(block.uid, "occurrence", block.recurrence_id or "", category)
    return find_block(store, config, block.id)


def explain_block(store: Store, config: Config, block_ref: str) -> tuple[Block, str]:
    """Why a block has its tag, in words.

    Returns:
        The block and a multi-line explanation.
    """
    row = _find_row(store, config, block_ref)
    block = block_from_row(row, config)
    if block.tag_source == TAG_MANUAL:
        text = f"{block.category}: tagged by hand for this occurrence (`ictime tag`)."
    elif block.tag_source == TAG_SERIES:
        text = f"{block.category}: tagged by hand for the whole series (`ictime tag --series`)."
    else:
        from ictime.classify import explain

        classifier = _classifiers_by_source(store, config)[row["source_id"]]
        tag = classifier.classify(_occurrence_from_row(row, config), calendar=block.calendar)
        text = explain(tag)
    if not block.counted:
        text += f"\nNot counted as worked time: {block.not_counted_reason}."
    return block, text
