"""Importing calendar sources into the store, each atomically."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ictime.config import Config
from ictime.ics import SourceError, normalise, read_source
from ictime.service.block_rows import EventRow, block_rows
from ictime.service.blocks import (
    ServiceError,
    decider,
    make_classifier,
    rules_fingerprint,
    sync_rule_tags,
)
from ictime.service.learning import sync_learned_tags
from ictime.service.text_limits import clip, clip_occurrences
from ictime.store import (
    BlockRow,
    Change,
    Store,
    forget_groups,
    prune_versions,
    record_versions,
)
from ictime.timeutil import day_start, days_to_range, week_of

if TYPE_CHECKING:
    from ictime.ics import ParsedCalendar, Skipped
    from ictime.service.import_groups import GroupCounts, GroupedRead

Progress = Callable[[int, int], None]


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
    groups: GroupCounts | None = None
    """Events (UIDs) added, updated, removed and unchanged since the last import, and how
    many were read; None when the file was read whole."""
    seconds: float = 0.0
    """How long the import of this source took."""

    @property
    def failed(self) -> bool:
        """Whether the source could not be imported at all."""
        return self.outcome == "failed"


def resolve_sources(config: Config, given: Sequence[str]) -> list[tuple[str, str | None]]:
    """What to import: the given paths, URLs or configured source names, or every source.

    Args:
        config: the person's settings, with its `[[sources]]`.
        given: what the person typed; empty means every configured source.

    Returns:
        (location, calendar name or None) pairs; a configured source lends its name.

    Raises:
        ServiceError: nothing given and no source configured.
    """
    named = {source.name.lower(): source for source in config.sources}
    if not given:
        if not named:
            raise ServiceError(
                "nothing to import: name a file or URL, or add [[sources]] to the config"
            )
        return [(source.location, source.name) for source in config.sources]
    resolved: list[tuple[str, str | None]] = []
    for item in given:
        source = named.get(item.lower())
        # A file of that name in the current folder wins over a configured name.
        if source is not None and not Path(item).exists():
            resolved.append((source.location, source.name))
        else:
            resolved.append((item, None))
    return resolved


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
    read: Callable[[str], bytes] | None = None,
    workers: int | None = None,
    now: datetime | None = None,
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
        read: how a normalised location's bytes are read (a refresh passes what it
            already downloaded, so no lock is held while a server answers); default:
            `read_source`, downloads under `[import] download_timeout_seconds`.
        workers: processes to parse a large file with (1: this one only); None uses every
            core when it pays.
        now: the moment the imports are recorded as made (`--today` with a time); default:
            the clock.

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
        _timed(
            _import_one,
            store,
            config,
            source,
            calendar,
            window,
            explicit_window,
            strict,
            progress,
            read,
            workers,
            now,
        )
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
        rules_fingerprint(config),
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
    read: Callable[[str], bytes] | None,
    workers: int | None,
    now: datetime | None,
) -> SourceReport:
    location = normalise(source)
    report = SourceReport(source=source, location=location)
    try:
        data = (
            read(location)
            if read is not None
            else read_source(location, download_timeout=config.import_.download_timeout_seconds)
        )
    except SourceError as exc:
        return _failed(report, str(exc))
    content_hash = hashlib.sha256(data).hexdigest()
    settings_hash = _settings_hash(config, calendar, explicit_window)
    hashes = (content_hash, settings_hash)
    state = store.source(location)
    if state and state.content_hash == content_hash and state.settings_hash == settings_hash:
        report.outcome, report.calendar = "unchanged", state.calendar
        with store.transaction():
            store.log_import(location, state.id, "unchanged", at=now)
        return report

    from ictime.service.import_groups import read_in_groups

    def name_calendar(name: str | None) -> str:
        return clip(calendar or name or _default_calendar_name(location))

    grouped = read_in_groups(
        store,
        config,
        data,
        calendar=calendar,
        source=state,
        window=window,
        name_calendar=name_calendar,
        prepare=clip_occurrences,
        progress=progress,
        workers=workers,
    )
    if grouped is not None:
        return _store_grouped(store, config, report, grouped, strict, name_calendar, hashes, now)

    from ictime.classify import infer_me
    from ictime.ics import IcsError, parse_calendar

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
    occurrences, clipped = clip_occurrences(parsed.occurrences)
    parsed = replace(parsed, occurrences=occurrences)
    report.skipped, report.warnings = list(parsed.skipped), [*parsed.warnings, *clipped]
    if strict and parsed.skipped:
        return _strict_failure(report)

    if config.me_emails:
        report.me, report.me_how = config.me_emails, "from the config"
    else:
        report.me, report.me_how = infer_me(parsed.calendar_name, parsed.occurrences)
    report.calendar = clip(calendar or parsed.calendar_name or _default_calendar_name(location))
    rows, events = _rows(parsed, config, report)
    span = _epoch_span(parsed)

    def replace_whole(source_id: int) -> Change:
        # Stored groups describe an older file: the next import reads this one whole again.
        forget_groups(store, source_id)
        return store.replace_blocks(source_id, span, rows, events)

    return _write(store, config, report, hashes, span, replace_whole, now)


def _store_grouped(
    store: Store,
    config: Config,
    report: SourceReport,
    grouped: GroupedRead,
    strict: bool,
    name_calendar: Callable[[str | None], str],
    hashes: tuple[str, str],
    now: datetime | None,
) -> SourceReport:
    if grouped.skipped:
        from ictime.ics import Skipped

        report.skipped = [Skipped(uid, reason) for uid, reason in grouped.skipped]
    report.warnings = grouped.warnings
    if strict and report.skipped:
        return _strict_failure(report)
    report.me, report.me_how = grouped.me, grouped.me_how
    report.calendar = name_calendar(grouped.calendar_name)
    report.occurrences = grouped.occurrences
    report.groups = grouped.counts
    return _write(
        store,
        config,
        report,
        hashes,
        grouped.span,
        lambda source_id: grouped.store(store, source_id),
        now,
    )


def _write(
    store: Store,
    config: Config,
    report: SourceReport,
    hashes: tuple[str, str],
    span: tuple[int, int] | None,
    replace_blocks: Callable[[int], Change],
    now: datetime | None,
) -> SourceReport:
    """Store what was read, in one transaction: the blocks, the source, the import log and
    the blocks' history."""
    location = report.location
    with store.transaction():
        # The rows are tagged by this config: so are the blocks already stored, from now on.
        sync_rule_tags(store, config)
        source_id = store.upsert_source(location, report.calendar)
        change = replace_blocks(source_id)
        # New blocks may resemble what the person corrected, and words weigh anew.
        sync_learned_tags(store, config, imported=True)
        store.mark_source_imported(
            source_id,
            content_hash=hashes[0],
            settings_hash=hashes[1],
            me=",".join(report.me),
            span=span,
            at=now,
        )
        import_id = store.log_import(
            location, source_id, "imported", change, len(report.skipped), at=now
        )
        record_versions(store, source_id, import_id, change)
        prune_versions(store, source_id, history_horizon(config, now))
    report.outcome = "imported"
    report.added, report.updated, report.removed = change.added, change.updated, change.removed
    return report


def history_horizon(config: Config, now: datetime | None = None) -> datetime:
    """The start of the oldest week whose changes the history keeps (`[history] keep_weeks`).

    Args:
        config: the person's settings.
        now: the moment of the import (default: the clock).

    Returns:
        Midnight starting the Monday of the week `keep_weeks` weeks before `now`.
    """
    moment = (now or datetime.now(config.timezone)).astimezone(config.timezone)
    oldest = moment.date() - timedelta(weeks=config.history.keep_weeks)
    return day_start(week_of(oldest)[0], config.timezone)


def _strict_failure(report: SourceReport) -> SourceReport:
    items = "; ".join(f"{item.uid or '(no UID)'}: {item.reason}" for item in report.skipped)
    return _failed(report, f"--strict: {len(report.skipped)} broken event(s): {items}")


def _timed(run: Callable[..., SourceReport], *args: Any) -> SourceReport:
    started = time.perf_counter()
    report = run(*args)
    report.seconds = time.perf_counter() - started
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
) -> tuple[list[BlockRow], list[EventRow]]:
    """Turn occurrences into block rows, deciding what counts and tagging each by the rules."""
    classifier = make_classifier(config, report.me)
    decide = decider(classifier, report.me, config.import_.max_event_hours)
    rows, events = block_rows(parsed.occurrences, decide, report.calendar)
    duplicates = len(parsed.occurrences) - len(rows)
    if duplicates:
        report.warnings.append(f"{duplicates} duplicate occurrence(s) (same UID and time) merged")
    report.occurrences = len(rows)
    return list(rows.values()), events
