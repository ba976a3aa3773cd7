"""The one service layer that the command line and the TUI share: import, list, tag, explain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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
    block_id,
)
from ictime.sources import SourceError, normalise, read_source
from ictime.store import BlockRow, Store, dumps
from ictime.timeutil import day_start, days_to_range

if TYPE_CHECKING:
    from ictime.classify import Classifier, Tag
    from ictime.ics import ParsedCalendar, Skipped

Progress = Callable[[int, int], None]

# Why a block is not counted; the analysis reads these words.
NOT_COUNTED_ALL_DAY = "all-day"
NOT_COUNTED_CANCELLED = "cancelled"
NOT_COUNTED_DECLINED = "declined"
NOT_COUNTED_TRANSPARENT = "transparent"
NOT_COUNTED_TOO_LONG = "too long"


class ServiceError(Exception):
    """A request that cannot be carried out; the message says why."""


@dataclass
class SourceReport:
    """What importing one source did."""

    source: str
    location: str
    calendar: str = ""
    outcome: str = "failed"  # "imported", "unchanged" or "failed"
    added: int = 0
    updated: int = 0
    removed: int = 0
    occurrences: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    me: tuple[str, ...] = ()
    me_how: str = ""

    @property
    def failed(self) -> bool:
        """Whether the source could not be imported at all."""
        return self.outcome == "failed"


def import_sources(
    store: Store,
    config: Config,
    sources: Sequence[str],
    *,
    today: date,
    calendar: str | None = None,
    start: date | None = None,
    end: date | None = None,
    strict: bool = False,
    progress: Progress | None = None,
) -> list[SourceReport]:
    """Import calendar files or URLs, each atomically.

    Args:
        store: the open database.
        config: the person's settings.
        sources: file paths or http(s)/webcal URLs.
        today: the day the import window is measured from.
        calendar: a calendar name for these sources (default: the file's X-WR-CALNAME or name).
        start: first day to expand (default: `config.import_.days_back` before today).
        end: last day to expand, inclusive (default: `config.import_.days_ahead` after today).
        strict: reject a whole file when any of its events is broken.
        progress: called with (done, total) while a large file is read.

    Returns:
        One report per source, in order.
    """
    first = start or today - timedelta(days=config.import_.days_back)
    last = end or today + timedelta(days=config.import_.days_ahead)
    if last < first:
        raise ServiceError(f"--to {last} is before --from {first}")
    window = days_to_range(first, last, config.timezone)
    explicit_window = (first.isoformat(), last.isoformat()) if start or end else None
    return [
        _import_one(store, config, source, calendar, window, explicit_window, strict, progress)
        for source in sources
    ]


def _settings_hash(config: Config, calendar: str | None, window: object) -> str:
    settings = [
        config.timezone.key,
        list(config.me_emails),
        config.import_.max_event_hours,
        config.import_.max_occurrences_per_series,
        calendar,
        window,
        _rules_fingerprint(config),
    ]
    return hashlib.sha256(json.dumps(settings, default=str).encode()).hexdigest()


def _import_one(
    store: Store,
    config: Config,
    source: str,
    calendar: str | None,
    window: tuple[datetime, datetime],
    explicit_window: object,
    strict: bool,
    progress: Progress | None,
) -> SourceReport:
    location = normalise(source)
    report = SourceReport(source=source, location=location)
    try:
        data = read_source(location)
    except SourceError as exc:
        return _failed(report, str(exc))
    content_hash = hashlib.sha256(data).hexdigest()
    settings_hash = _settings_hash(config, calendar, explicit_window)
    state = store.source(location)
    if state and state.content_hash == content_hash and state.settings_hash == settings_hash:
        report.outcome, report.calendar = "unchanged", state.calendar
        with store.transaction():
            store.log_import(location, state.id, "unchanged")
        return report

    from ictime.ics import IcsError, infer_me, parse_calendar

    try:
        parsed = parse_calendar(
            data,
            window_start=window[0],
            window_end=window[1],
            default_tz=config.timezone,
            max_occurrences_per_series=config.import_.max_occurrences_per_series,
            progress=progress,
        )
    except IcsError as exc:
        return _failed(report, str(exc))
    report.skipped, report.warnings = list(parsed.skipped), list(parsed.warnings)
    if strict and parsed.skipped:
        items = "; ".join(f"{item.uid or '(no UID)'}: {item.reason}" for item in parsed.skipped)
        return _failed(report, f"--strict: {len(parsed.skipped)} broken event(s): {items}")

    if config.me_emails:
        report.me, report.me_how = config.me_emails, "from the config"
    else:
        report.me, report.me_how = infer_me(parsed.calendar_name, parsed.occurrences)
    report.calendar = calendar or parsed.calendar_name or _default_calendar_name(location)
    rows, events = _rows(parsed, config, report)
    span = _epoch_span(parsed)
    with store.transaction():
        source_id = store.upsert_source(location, report.calendar)
        change = store.replace_blocks(source_id, span, rows, events)
        store.mark_source_imported(
            source_id,
            content_hash=content_hash,
            settings_hash=settings_hash,
            me=",".join(report.me),
            span=span,
        )
        store.log_import(location, source_id, "imported", change, len(parsed.skipped))
    report.outcome = "imported"
    report.added, report.updated, report.removed = change.added, change.updated, change.removed
    return report


def _failed(report: SourceReport, message: str) -> SourceReport:
    # Nothing is written for a failed source, not even to the import log: the database stays
    # exactly as it was.
    report.outcome, report.error = "failed", message
    return report


def _default_calendar_name(location: str) -> str:
    name = location.rstrip("/").rsplit("/", 1)[-1]
    return name.removesuffix(".ics") or location


def _epoch_span(parsed: ParsedCalendar) -> tuple[int, int] | None:
    if parsed.span is None:
        return None
    return int(parsed.span[0].timestamp()), int(parsed.span[1].timestamp())


def _rows(
    parsed: ParsedCalendar, config: Config, report: SourceReport
) -> tuple[list[BlockRow], list[tuple[str, str, bool, int]]]:
    """Turn occurrences into block rows, deciding what counts and tagging each by the rules."""
    classifier = make_classifier(config, report.me)
    me = frozenset(report.me)
    cap_seconds = config.import_.max_event_hours * 3600
    rows: dict[str, BlockRow] = {}
    events: dict[str, list[Any]] = {}
    for occ in parsed.occurrences:
        bid = block_id(occ.uid, occ.recurrence_id)
        my_partstat = next((a.partstat for a in occ.attendees if a.email in me), "")
        reason = _not_counted_reason(occ, my_partstat, cap_seconds)
        tag = classifier.classify(occ, calendar=report.calendar)
        others = _other_attendees(occ, me)
        rows[bid] = (
            bid,
            occ.uid,
            occ.recurrence_id,
            occ.summary,
            occ.description,
            occ.location,
            dumps(occ.categories) if occ.categories else "[]",
            int(occ.start.timestamp()),
            int(occ.end.timestamp()),
            int(occ.all_day),
            occ.status,
            int(occ.transparent),
            my_partstat,
            len(others),
            dumps([[a.email, a.partstat] for a in occ.attendees]) if occ.attendees else "[]",
            occ.organizer,
            int(occ.recurring),
            int(not reason),
            reason,
            tag.category,
            tag.rule,
        )
        event = events.setdefault(occ.uid, [occ.summary, occ.recurring, 0])
        event[2] += 1
    duplicates = len(parsed.occurrences) - len(rows)
    if duplicates:
        report.warnings.append(f"{duplicates} duplicate occurrence(s) (same UID and time) merged")
    report.occurrences = len(rows)
    return list(rows.values()), [(uid, *event) for uid, event in events.items()]


def _not_counted_reason(occ: Occurrence, my_partstat: str, cap_seconds: float) -> str:
    if occ.all_day:
        return NOT_COUNTED_ALL_DAY
    if occ.status == "CANCELLED":
        return NOT_COUNTED_CANCELLED
    if my_partstat == "DECLINED":
        return NOT_COUNTED_DECLINED
    if occ.transparent:
        return NOT_COUNTED_TRANSPARENT
    if (occ.end - occ.start).total_seconds() > cap_seconds:
        return NOT_COUNTED_TOO_LONG
    return ""


def _other_attendees(occ: Occurrence, me: frozenset[str]) -> set[str]:
    others = {a.email for a in occ.attendees if a.email and a.email not in me}
    if occ.organizer and occ.organizer not in me:
        others.add(occ.organizer)
    return others


# -- tagging ----------------------------------------------------------------------------


def make_classifier(config: Config, me: Sequence[str]) -> Classifier:
    """The rule engine for this config and this person."""
    from ictime.classify import Classifier, compile_rules

    return Classifier(compile_rules(config.rules), me=me, tz=config.timezone)


def _rules_fingerprint(config: Config) -> str:
    return make_classifier(config, ()).rules_fingerprint()


def refresh_rule_tags(store: Store, config: Config) -> int:
    """Re-tag stored blocks by the rules when the rules changed since they were tagged.

    Manual tags are kept apart and are untouched.

    Returns:
        How many blocks were re-tagged (0 when the rules are unchanged).
    """
    fingerprint = _rules_fingerprint(config)
    if store.get_meta("rules_fingerprint") == fingerprint:
        return 0
    me_by_source = {s.id: tuple(filter(None, s.me.split(","))) for s in store.sources()}
    classifiers = {sid: make_classifier(config, me) for sid, me in me_by_source.items()}
    updates: list[tuple[str, str | None, int, str]] = []
    for row in store.rule_inputs():
        occ = _occurrence_from_row(row, config)
        tag = classifiers[row["source_id"]].classify(occ, calendar=row["calendar"])
        updates.append((tag.category, tag.rule, row["source_id"], row["id"]))
    with store.transaction():
        store.set_rule_tags(updates)
        store.set_meta("rules_fingerprint", fingerprint)
    return len(updates)


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
    ref = block_ref.strip().lower()
    if not ref:
        raise ServiceError("a block id is needed (see `ictime blocks`)")
    ids = store.ids_with_prefix(ref)
    if not ids:
        raise ServiceError(f"no block with id {block_ref!r} (see `ictime blocks`)")
    if len(ids) > 1 and ref not in ids:
        raise ServiceError(f"block id {block_ref!r} is ambiguous: {', '.join(ids[:5])} …")
    refresh_rule_tags(store, config)
    rows = store.block_rows(ids=[ref if ref in ids else ids[0]])
    return block_from_row(rows[0], config)


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
    block = find_block(store, config, block_ref)
    if block.tag_source == TAG_MANUAL:
        text = f"{block.category}: tagged by hand for this occurrence (`ictime tag`)."
    elif block.tag_source == TAG_SERIES:
        text = f"{block.category}: tagged by hand for the whole series (`ictime tag --series`)."
    else:
        from ictime.classify import explain

        me = next((s.me for s in store.sources() if s.calendar == block.calendar), "")
        classifier = make_classifier(config, tuple(filter(None, me.split(","))))
        rows = store.block_rows(ids=[block.id])
        tag: Tag = classifier.classify(
            _occurrence_from_row(rows[0], config), calendar=block.calendar
        )
        text = explain(tag)
    if not block.counted:
        text += f"\nNot counted as worked time: {block.not_counted_reason}."
    return block, text
