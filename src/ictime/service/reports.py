"""Reports over stored blocks: the period review with its trend and lapsed relationships."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from ictime.analysis import PeriodReport, Timeline, lapsed_relationships, trailing_weeks
from ictime.config import Config
from ictime.service.blocks import list_blocks
from ictime.store import Store


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
    lapsed_from = min(first_day, today) - timedelta(weeks=26)
    trend_from = last_day - timedelta(days=last_day.weekday(), weeks=max(weeks - 1, 0))
    blocks = list_blocks(store, config, min(lapsed_from, trend_from), max(last_day, today))
    timeline = Timeline(blocks, config)
    report = timeline.period(first_day, last_day)
    trend = None
    if weeks > 0:
        monday = last_day - timedelta(days=last_day.weekday())
        # Weeks before the first imported block hold no calendar, not empty weeks: leave
        # them out rather than report them as all open focus time.
        first = store.first_block_start()
        covered = datetime.fromtimestamp(first, config.timezone).date() if first else last_day
        wanted = trailing_weeks(monday, weeks)
        trend = tuple(timeline.trend([week for week in wanted if week[1] >= covered]))
    lapsed = tuple(lapsed_relationships(blocks, config, today))
    return replace(report, trend=trend, lapsed=lapsed)
