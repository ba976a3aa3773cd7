"""Reports over stored blocks: the period review with its trend and lapsed relationships."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from ictime.analysis import PeriodReport, Timeline, lapsed_relationships, trailing_weeks
from ictime.config import Config
from ictime.model import Block
from ictime.service.blocks import list_blocks
from ictime.store import Store

LAPSED_LOOKBACK_WEEKS = 26
"""How far before the period (or today) one-to-ones are looked for."""


def period_report(
    store: Store,
    config: Config,
    first_day: date,
    last_day: date,
    *,
    today: date,
    weeks: int = 0,
) -> PeriodReport:
    """Allocation, drift and overload for the inclusive days, as the CLI and the TUI show it.

    Args:
        store: the open database.
        config: the person's settings.
        first_day: first local day of the period.
        last_day: last local day, inclusive.
        today: the day relationships are judged from.
        weeks: with N > 0, add the trend of the N weeks ending with the period's last week.

    Returns:
        The report with `trend` (when asked for) and `lapsed` filled in.
    """
    read_from, read_to = report_days(first_day, last_day, today=today, weeks=weeks)
    blocks = list_blocks(store, config, read_from, read_to)
    return report_from_blocks(
        Timeline(blocks, config),
        blocks,
        config,
        first_day,
        last_day,
        today=today,
        weeks=weeks,
        calendar_from=first_stored_day(store, config) if weeks > 0 else None,
    )


def report_days(
    first_day: date, last_day: date, *, today: date, weeks: int = 0
) -> tuple[date, date]:
    """The days whose blocks a period report reads (see `period_report`).

    Args:
        first_day: first local day of the period.
        last_day: last local day, inclusive.
        today: the day relationships are judged from.
        weeks: the trend's length in weeks, or 0.

    Returns:
        The first and last day (inclusive): the relationships' lookback and the trend's weeks
        before the period, through the later of its last day and today.
    """
    lapsed_from = min(first_day, today) - timedelta(weeks=LAPSED_LOOKBACK_WEEKS)
    trend_from = last_day - timedelta(days=last_day.weekday(), weeks=max(weeks - 1, 0))
    return min(lapsed_from, trend_from), max(last_day, today)


def first_stored_day(store: Store, config: Config) -> date | None:
    """The local day of the earliest stored block, or None when nothing is stored."""
    first = store.first_block_start()
    return datetime.fromtimestamp(first, config.timezone).date() if first else None


def report_from_blocks(
    timeline: Timeline,
    blocks: Sequence[Block],
    config: Config,
    first_day: date,
    last_day: date,
    *,
    today: date,
    weeks: int = 0,
    calendar_from: date | None = None,
) -> PeriodReport:
    """The report of `period_report` from blocks already read and prepared.

    Args:
        timeline: the analysis prepared over at least `blocks`.
        blocks: the blocks of the days `report_days` names, no more (relationships are
            judged from all of them).
        config: the person's settings.
        first_day: first local day of the period.
        last_day: last local day, inclusive.
        today: the day relationships are judged from.
        weeks: with N > 0, add the trend of the N weeks ending with the period's last week.
        calendar_from: the day of the first stored block (`first_stored_day`), when a trend
            is asked for.

    Returns:
        The report with `trend` (when asked for) and `lapsed` filled in.
    """
    report = timeline.period(first_day, last_day)
    trend = None
    if weeks > 0:
        monday = last_day - timedelta(days=last_day.weekday())
        # Weeks before the first imported block hold no calendar, not empty weeks: leave
        # them out rather than report them as all open focus time.
        covered = calendar_from or last_day
        wanted = trailing_weeks(monday, weeks)
        trend = tuple(timeline.trend([week for week in wanted if week[1] >= covered]))
    lapsed = tuple(lapsed_relationships(blocks, config, today))
    return replace(report, trend=trend, lapsed=lapsed)
