"""Reading stored blocks, deciding and correcting their tags, and explaining them."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ictime.config import Config
from ictime.model import (
    CATEGORIES,
    NOT_COUNTED_ALL_DAY,
    NOT_COUNTED_CANCELLED,
    NOT_COUNTED_DECLINED,
    NOT_COUNTED_TOO_LONG,
    NOT_COUNTED_TRANSPARENT,
    NOT_WORK,
    NOT_WORK_WORDS,
    TAG_LEARNED,
    TAG_MANUAL,
    TAG_NONE,
    TAG_RULE,
    TAG_SERIES,
    UNTAGGED,
    Attendee,
    Block,
    Occurrence,
)
from ictime.store import FINGERPRINT_KEY
from ictime.textsafe import strip_bidi
from ictime.timeutil import day_start

if TYPE_CHECKING:
    from ictime.classify import Classifier, Tag
    from ictime.store import Store


class ServiceError(Exception):
    """A request that cannot be carried out; the message says why."""


class RuleTooSlow(ServiceError):
    """One of the person's rules took too long on some text: the config needs a fix.

    The message names the rule, its regex and the text.
    """


def make_classifier(config: Config, me: Sequence[str]) -> Classifier:
    """The rule engine for this config and this person."""
    from ictime.classify import Classifier, WorkWindow, compile_rules

    work = config.work
    window = WorkWindow(
        frozenset(work.days),
        work.start.hour * 60 + work.start.minute,
        work.end.hour * 60 + work.end.minute,
    )
    return Classifier(compile_rules(config.rules), me=me, tz=config.timezone, work=window)


def rules_fingerprint(config: Config) -> str:
    """A hash of what decides stored tags (the rules, `[me] emails`, the zone, `[work]`).

    The store records the fingerprint its tags were computed with; they are recomputed when
    the config's differs.
    """
    from ictime.classify import rules_fingerprint as fingerprint

    return fingerprint(config.rules, config.me_emails, config.timezone, config.work)


class Decision(NamedTuple):
    """What the import decides about one occurrence: the stored columns of the same names."""

    my_partstat: str
    attendees: int
    counted: int
    not_counted_reason: str
    category: str
    rule: str | None
    confident: int


def decider(
    classifier: Classifier, me: Sequence[str], max_event_hours: float
) -> Callable[[Occurrence, str], Decision]:
    """How one person's blocks are judged: my answer, the others, whether it counts, the tag.

    Args:
        classifier: the rules, made for the same `me` (see `make_classifier`).
        me: the addresses that are me, lower-case.
        max_event_hours: a longer timed event does not count.

    Returns:
        A function of an occurrence and the name of its calendar.
    """
    from ictime.classify import my_partstat, other_attendees

    mine = frozenset(me)
    cap_seconds = max_event_hours * 3600

    def decide(occ: Occurrence, calendar: str) -> Decision:
        partstat = my_partstat(occ, mine)
        reason = not_counted_reason(occ, partstat, cap_seconds)
        tag = classify(classifier, occ, calendar)
        others = other_attendees(occ, mine)
        return Decision(
            partstat, others, int(not reason), reason, tag.category, tag.rule, int(tag.confident)
        )

    return decide


def classify(classifier: Classifier, occ: Occurrence, calendar: str) -> Tag:
    """The occurrence's tag by the rules.

    Raises:
        RuleTooSlow: one of the person's rules took too long on the occurrence's text.
    """
    from ictime.classify import RuleTooSlow as TooSlow

    try:
        return classifier.classify(occ, calendar=calendar)
    except TooSlow as exc:
        raise RuleTooSlow(str(exc)) from None


def not_counted_reason(occ: Occurrence, my_partstat: str, cap_seconds: float) -> str:
    """Why an occurrence does not count as worked time, or "" when it does."""
    # Cancelled, declined and free come first: they also decide whether an all-day event
    # is busy (a day off) or not.
    if occ.status == "CANCELLED":
        return NOT_COUNTED_CANCELLED
    if my_partstat == "DECLINED":
        return NOT_COUNTED_DECLINED
    if occ.transparent:
        return NOT_COUNTED_TRANSPARENT
    if occ.all_day:
        return NOT_COUNTED_ALL_DAY
    if (occ.end - occ.start).total_seconds() > cap_seconds:
        return NOT_COUNTED_TOO_LONG
    return ""


def open_store(path: Path, config: Config) -> Store:
    """Open the database for a command or the app, its stored tags brought up to the config.

    Args:
        path: the SQLite file.
        config: the person's settings, as just loaded.

    Returns:
        The open store.

    Raises:
        StoreError: the file is not an ictime database or is from a newer ictime.
    """
    from ictime.store import Store

    store = Store.open(path, busy_timeout=config.database.busy_timeout_seconds)
    try:
        refresh_rule_tags(store, config)
    except BaseException:
        store.close()
        raise
    return store


def refresh_rule_tags(store: Store, config: Config) -> int:
    """Re-tag stored blocks when the rules or `[me] emails` changed since they were tagged.

    Called where a command or the app starts, once the config is loaded: reads never write,
    so they take stored tags as they are. Manual tags are kept apart and are untouched. A
    read-only database keeps the tags it has.

    Returns:
        How many blocks were re-tagged (0 when nothing changed; then nothing is written).
    """
    if not store.writable or store.get_meta(FINGERPRINT_KEY) == rules_fingerprint(config):
        return 0
    with store.transaction():
        return sync_rule_tags(store, config)


def sync_rule_tags(store: Store, config: Config) -> int:
    """Inside the caller's transaction: re-tag stored blocks unless they follow this config.

    Records the config's fingerprint, so the next command knows the tags are current.

    Returns:
        How many blocks were re-tagged.
    """
    fingerprint = rules_fingerprint(config)
    if store.get_meta(FINGERPRINT_KEY) == fingerprint:
        return 0
    hours = config.import_.max_event_hours
    deciders = {
        source_id: decider(make_classifier(config, me), me, hours)
        for source_id, me in me_by_source(store, config).items()
    }
    updates: list[tuple[Any, ...]] = []
    for row in store.rule_inputs():
        decide = deciders[row["source_id"]]
        decision = decide(occurrence_from_row(row, config), row["calendar"])
        updates.append((*decision, row["source_id"], row["id"]))
    store.update_blocks(Decision._fields, updates)
    store.set_meta(FINGERPRINT_KEY, fingerprint)
    return len(updates)


def me_by_source(store: Store, config: Config) -> dict[int, tuple[str, ...]]:
    # `[me] emails` when given, as an import would use; else who each source's import
    # inferred "me" to be.
    return {
        source.id: config.me_emails or tuple(filter(None, source.me.split(",")))
        for source in store.sources()
    }


def occurrence_from_row(row: dict[str, Any], config: Config) -> Occurrence:
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
            Attendee(email, partstat, name)
            for email, partstat, name in json.loads(row["attendee_list"])
        ),
        recurring=bool(row["recurring"]),
    )


# -- reading blocks ---------------------------------------------------------------------


# The `rule` of a learned tag: the prefix, then the id of the example (`ictime learned`).
LEARNED_PREFIX = "learned:"


def is_builtin(rule: str) -> bool:
    """Whether a rule name is a built-in rule's (the person's own may not start `default:`)."""
    return rule.startswith("default:")


def _learned_wins(row: dict[str, Any]) -> bool:
    """Whether a block's learned tag beats its rule tag.

    The person's own rules beat what was learned; a strong likeness beats the built-in
    rules, a weak one (a guess) only a built-in guess or no tag at all.
    """
    rule = row["rule"]
    if row.get("learned_from") is None or (rule is not None and not is_builtin(rule)):
        return False
    return bool(row["learned_confident"]) or not row["confident"] or row["category"] == UNTAGGED


def block_from_row(row: dict[str, Any], config: Config) -> Block:
    """A stored row as a Block, with manual tags applied (occurrence > series > rules).

    "Not work" (stored as `NOT_WORK`) reads as `untagged` with the tag source that decided it.
    """
    tz = config.timezone
    rule, confident = row["rule"], True
    if row["occurrence_tag"]:
        category, source, rule = row["occurrence_tag"], TAG_MANUAL, None
    elif row["series_tag"]:
        category, source, rule = row["series_tag"], TAG_SERIES, None
    elif _learned_wins(row):
        category, source = row["learned_category"], TAG_LEARNED
        rule, confident = f"{LEARNED_PREFIX}{row['learned_from']}", bool(row["learned_confident"])
    elif row["category"] != UNTAGGED:
        category, source, confident = row["category"], TAG_RULE, bool(row.get("confident", 1))
    else:
        category, source, rule = UNTAGGED, TAG_NONE, None
    if category == NOT_WORK:  # decided: untagged, with the source that decided it
        category = UNTAGGED
    attendee_list = json.loads(row["attendee_list"])
    # Text stored by an ictime that kept bidi controls loses them here, as the importer's does.
    return Block(
        id=row["id"],
        uid=row["uid"],
        recurrence_id=row["recurrence_id"],
        calendar=strip_bidi(row["calendar"]),
        summary=strip_bidi(row["summary"]),
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
        description=strip_bidi(row["description"]),
        location=strip_bidi(row["location"]),
        categories=tuple(map(strip_bidi, json.loads(row["categories"]))),
        organizer=strip_bidi(row["organizer"]),
        attendee_emails=tuple(strip_bidi(attendee[0]) for attendee in attendee_list),
        not_counted_reason=row["not_counted_reason"],
        confident=confident,
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
        untagged_only: only counted blocks that neither a rule nor a person tagged (a
            block decided not to be work is left out: nothing is left to decide).
    """
    tz = config.timezone
    start = int(day_start(first_day, tz).timestamp()) if first_day else None
    end = int(day_start(last_day + timedelta(days=1), tz).timestamp()) if last_day else None
    blocks = [block_from_row(row, config) for row in store.block_rows(start, end)]
    if untagged_only:
        blocks = [b for b in blocks if b.counted and b.undecided]
    return blocks


def find_block(store: Store, config: Config, block_ref: str) -> Block:
    """The block with this id (or unambiguous id prefix).

    Raises:
        ServiceError: no block, or the prefix matches several.
    """
    return block_from_row(find_row(store, config, block_ref), config)


def find_row(store: Store, config: Config, block_ref: str) -> dict[str, Any]:
    ref = block_ref.strip().lower()
    if not ref:
        raise ServiceError("a block id is needed (see `ictime blocks`)")
    ids = store.ids_with_prefix(ref)
    if not ids:
        raise ServiceError(f"no block with id {block_ref!r} (see `ictime blocks`)")
    if len(ids) > 1 and ref not in ids:
        raise ServiceError(f"block id {block_ref!r} is ambiguous: {', '.join(ids[:5])} …")
    return store.block_rows(ids=[ref if ref in ids else ids[0]])[0]


def tag_block(
    store: Store, config: Config, block_ref: str, category: str, *, series: bool = False
) -> Block:
    """Correct (or confirm) a block's tag by hand, for this occurrence or its whole series.

    The corrected block is kept as an example: blocks that resemble it take its category
    (`service.learning`), and are re-tagged at once.

    Args:
        store: the open database.
        config: the person's settings.
        block_ref: a block id or unambiguous prefix.
        category: a category key, or `none` (or `untagged`) for a block that is not work:
            it is then shown untagged, counts in no category and is not asked about again.
        series: apply to every occurrence of the block's recurring series (by UID) that
            keeps the series' title. An occurrence the organiser retitled is another kind
            of block ("Focus" turned into "Postmortem write-up" for a day): it keeps its
            own tag, and a series correction made on it tags that occurrence only.

    Returns:
        The block as it is now tagged (`tag_source` says whether its series was).
    """
    if category not in (*CATEGORIES, *NOT_WORK_WORDS):
        choices = ", ".join((*CATEGORIES, *NOT_WORK_WORDS))
        raise ServiceError(f"unknown category {category!r}; use one of {choices}")
    category = NOT_WORK if category in NOT_WORK_WORDS else category
    from ictime.service.learning import keep_example, sync_learned_tags

    row = find_row(store, config, block_ref)
    block = block_from_row(row, config)
    with store.transaction():
        series = series and store.keeps_series_title(block.id)
        if series:
            store.set_tag(block.uid, "series", "", category)
            store.clear_occurrence_tags(block.uid)
        else:
            store.set_tag(block.uid, "occurrence", block.recurrence_id or "", category)
        # The correction (or confirmation) teaches: similar blocks take its category.
        keep_example(
            store, config, {**row, "category": category}, "series" if series else "occurrence"
        )
        sync_learned_tags(store, config)
    return find_block(store, config, block.id)
