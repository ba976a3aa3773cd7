"""Plan against actual, read from the store: a week's (or a day's) baseline against the latest.

The baseline of each source is its newest import made before the period's first working
day started, else its first import made during the period; the latest is its newest import
(the one its stored blocks are from). `analysis.changes` compares them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from ictime.analysis.changes import PeriodChanges, SourceHistory, SourceMark, compare_period
from ictime.config import Config
from ictime.model import Block, is_build_time_uid
from ictime.service.blocks import block_from_row
from ictime.store import (
    Store,
    baseline_import,
    current_blocks,
    last_versions,
    latest_import,
    versions_at,
    versions_between,
)
from ictime.textsafe import strip_bidi
from ictime.timeutil import days_to_range, iso_week_name


def period_began(config: Config, first_day: date, last_day: date) -> datetime:
    """When a period began: the start of its first working day (its first day when it has none).

    Args:
        config: the person's settings (working days and start, the zone).
        first_day: first local day of the period.
        last_day: last local day, inclusive.

    Returns:
        The aware moment.
    """
    day = first_day
    while day <= last_day and day.weekday() not in config.work.days:
        day += timedelta(days=1)
    if day > last_day:
        day = first_day
    return datetime.combine(day, config.work.start, config.timezone)


def week_changes(store: Store, config: Config, monday: date) -> PeriodChanges:
    """What happened to a week's plan since it began (`ictime changes`).

    Args:
        store: the open database (only read).
        config: the person's settings.
        monday: the first day of the ISO week.

    Returns:
        The changes; not `compared` when no source has a baseline and a later import.
    """
    sunday = monday + timedelta(days=6)
    return period_changes(store, config, monday, sunday, period_began(config, monday, sunday))


def day_changes(store: Store, config: Config, day: date) -> PeriodChanges:
    """What changed in a day's calendar since its morning (its work start), for Today."""
    return period_changes(store, config, day, day, period_began(config, day, day))


def period_changes(
    store: Store, config: Config, first_day: date, last_day: date, began: datetime
) -> PeriodChanges:
    """Compare the local days first..last as each source's baseline and latest found them.

    Args:
        store: the open database (only read).
        config: the person's settings.
        first_day: first local day.
        last_day: last local day, inclusive.
        began: when the period began: baselines are the imports made before it.

    Returns:
        The changes of every source, put together.
    """
    lo, hi = days_to_range(first_day, last_day, config.timezone)
    span = (int(lo.timestamp()), int(hi.timestamp()))
    # Which sources have something to compare is known from the import log alone: the
    # blocks are read only when one has (Today and the Week review ask on every load).
    plans = []
    for source in store.sources():
        latest = latest_import(store, source.id)
        baseline = baseline_import(store, source.id, began, hi) if latest else None
        if latest is not None and baseline is not None and baseline.id == latest.id:
            baseline = None
        plans.append((source, strip_bidi(source.calendar), latest, baseline))
    histories: list[SourceHistory] = []
    unchanged: list[Block] = []
    marks: list[SourceMark] = []
    comparable = any(baseline is not None for *_, baseline in plans)
    for source, calendar, latest, baseline in plans:
        if latest is None or baseline is None:
            if comparable:
                unchanged += _blocks(current_blocks(store, source.id, span), config).values()
            marks.append(SourceMark(calendar, None, latest.finished_at if latest else None))
            continue
        after = _blocks(current_blocks(store, source.id, span), config)
        before = _blocks(versions_at(store, source.id, baseline.id, span), config)
        before |= _blocks(
            versions_at(store, source.id, baseline.id, ids=set(after) - set(before)), config
        )
        after |= _blocks(current_blocks(store, source.id, ids=set(before) - set(after)), config)
        gone = set(before) - set(after)
        seen = versions_between(store, source.id, baseline.id, latest.id, span)
        histories.append(
            SourceHistory(
                calendar=calendar,
                baseline_at=baseline.finished_at,
                latest_at=latest.finished_at,
                before=before,
                after=after,
                last_stood=_blocks(last_versions(store, source.id, latest.id, gone), config),
                build_time_seen={
                    row["id"]: block_from_row(row, config)
                    for row in seen
                    if is_build_time_uid(row["uid"])
                },
            )
        )
        marks.append(SourceMark(calendar, baseline.finished_at, latest.finished_at))
    return compare_period(
        histories,
        unchanged,
        config,
        first_day,
        last_day,
        week=iso_week_name(first_day),
        began=began,
        sources=marks,
    )


def _blocks(rows: list[dict[str, Any]], config: Config) -> dict[str, Block]:
    """Rows as Blocks by id (the newest version last, so it wins)."""
    return {str(row["id"]): block_from_row(row, config) for row in rows}
