"""Where the time went: the pure analysis of stored blocks over a period of local days.

No I/O, no Textual, no sqlite: blocks and the config go in, frozen values come out.

Semantics (docs/calendar-semantics.md, made exact):

- Time is minute-exact: every moment becomes an epoch minute (seconds are floored) and each
  local day of the period is an interval of those, so DST days are 23 or 25 hours long while
  a 09:00-17:00 working window stays 8 h.
- Counted blocks are the blocks with `counted` set that are not all-day. Only they take
  minutes. A declined, cancelled or free block does not exist for this module.
- Overlaps: every minute covered by counted blocks goes to exactly one of them, by this
  precedence: a meeting (someone else attends) beats a solo hold; then the block that
  started earlier (you were already in it); then the longer one; then the lower block id.
  Minutes covered by two or more counted blocks, of any kind, are conflict minutes.
- Capacity: working days are the configured weekdays minus days off. A day is off when a
  busy all-day block (not cancelled, not declined by me, not free) whose title matches
  `days_off_pattern` covers it, or when a busy timed block too long to be counted (over
  `max_event_hours`) covers its whole working window. Working minutes are the working
  windows of the working days.
- Open time is working minutes not covered by any counted block. A stretch is a maximal
  run of working minutes free of focus-breaking blocks (a solo `deep_work` hold does not
  break it); a stretch of at least `focus.min_block_minutes` is a focus block, and its
  open minutes are open focus time. The open minutes of shorter stretches are fragmented
  time, so open = open focus + fragmented.
- Allocation counts every resolved minute of counted blocks inside the period, after-hours
  ones included, by the block's category (anything not one of the four keys is untagged),
  plus open focus time as `deep_work` when `focus.count_open_focus_as_deep_work` is set.
  The allocated total includes untagged minutes, so untagged time lowers every share until
  it is triaged. Minutes of blocks a person decided are not work (`Block.not_work`) are
  neither: they are reported apart and left out of the allocated total. Shares are of that
  total, targets are `config.targets` / 100, drift is share - target, and a category is on
  track when |drift| <= the tolerance.
- Meetings: `minutes` are resolved meeting minutes in the period (after-hours ones
  included), `share` is resolved meeting minutes inside working windows over working
  minutes, `after_hours_minutes` are the rest. Heavy days, chains and alerts are described
  in `ictime.analysis.overload`; focus costs in `series_costs` there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from ictime.analysis.days import Allocation, allocate
from ictime.analysis.intervals import (
    Frame,
    Span,
    SpanIndex,
    build_spans,
    day_frames,
    days_off,
)
from ictime.analysis.overload import back_to_back_chains, build_alerts, heavy_days, series_costs
from ictime.analysis.results import (
    CategoryShare,
    MeetingStats,
    PeriodReport,
    SeriesCost,
    WeekTrend,
)
from ictime.config import Config
from ictime.model import CATEGORIES, Block
from ictime.timeutil import days_to_range, iso_week_name

TOP_FOCUS_COSTS = 5
_EPSILON = 1e-9


class _Measured(NamedTuple):
    frames: list[Frame]
    spans: list[Span]
    allocation: Allocation
    allocated: int
    shares: dict[str, CategoryShare]
    open_focus: int


def _shares(
    category_minutes: dict[str, int], untagged_minutes: int, config: Config
) -> tuple[int, dict[str, CategoryShare]]:
    allocated = sum(category_minutes.values()) + untagged_minutes
    tolerance = config.drift_tolerance_points / 100
    shares: dict[str, CategoryShare] = {}
    for key in CATEGORIES:
        minutes = category_minutes[key]
        share = minutes / allocated if allocated else 0.0
        target = config.targets.get(key, 0) / 100
        drift = share - target
        shares[key] = CategoryShare(
            minutes, share, target, drift, abs(drift) <= tolerance + _EPSILON
        )
    return allocated, shares


def trailing_weeks(week_start: date, count: int) -> list[tuple[date, date]]:
    """The `count` seven-day weeks ending with the one starting on `week_start`, oldest first.

    Args:
        week_start: first day of the latest week (a Monday for ISO weeks).
        count: how many weeks.

    Returns:
        (first day, last day) pairs, inclusive.
    """
    firsts = [week_start - timedelta(weeks=back) for back in range(count - 1, -1, -1)]
    return [(first, first + timedelta(days=6)) for first in firsts]


class Timeline:
    """Blocks prepared once (spans, ranks, days off) for any number of period questions.

    Attributes:
        config: the config it was built with.
        index: the counted spans, sorted by start (`spans` and `starts` are its lists).
        off: the local days taken out of capacity by time off.
    """

    def __init__(self, blocks: Iterable[Block], config: Config) -> None:
        """Prepare blocks for analysis.

        Args:
            blocks: stored blocks; those outside a later period are clipped away.
            config: working hours, targets and thresholds.
        """
        listed = list(blocks)
        self.config = config
        self.index = SpanIndex(build_spans(listed, config.timezone))
        self.spans = self.index.spans
        self.starts = self.index.starts
        self.off = days_off(listed, config)

    def _period(self, first_day: date, last_day: date) -> tuple[list[Frame], list[Span]]:
        if last_day < first_day:
            raise ValueError(f"period ends ({last_day}) before it starts ({first_day})")
        frames = day_frames(first_day, last_day, self.config, self.off)
        spans = self.index.between(frames[0].start, frames[-1].end)
        return frames, spans

    def _measure(self, first_day: date, last_day: date) -> _Measured:
        frames, spans = self._period(first_day, last_day)
        allocation = allocate(spans, frames, self.config)
        minutes = dict(allocation.category_minutes)
        open_focus = sum(b.open_minutes for day in allocation.days for b in day.focus_blocks)
        if self.config.focus.count_open_focus_as_deep_work:
            minutes["deep_work"] += open_focus
        allocated, shares = _shares(minutes, allocation.untagged_minutes, self.config)
        return _Measured(frames, spans, allocation, allocated, shares, open_focus)

    def period(self, first_day: date, last_day: date) -> PeriodReport:
        """The full report of a period (see `analyse_period`)."""
        config = self.config
        frames, spans, allocation, allocated, shares, open_focus = self._measure(
            first_day, last_day
        )
        days = allocation.days
        working = sum(day.working_minutes for day in days)
        meeting_minutes = sum(day.meeting_minutes for day in days)
        after_hours = sum(day.after_hours_meeting_minutes for day in days)
        meeting_share = (meeting_minutes - after_hours) / working if working else 0.0
        focus_minutes = sum(day.focus_minutes for day in days)
        chains = back_to_back_chains([s for s in spans if s.block.attendees > 0], config)
        costs = series_costs(self.index, frames, config)
        return PeriodReport(
            first_day=first_day,
            last_day=last_day,
            timezone=config.timezone.key,
            working_days=tuple(day.day for day in days if day.working),
            days_off=tuple(day.day for day in days if day.off),
            working_minutes=working,
            allocated_minutes=allocated,
            categories=shares,
            untagged_minutes=allocation.untagged_minutes,
            not_work_minutes=allocation.not_work_minutes,
            open_minutes=sum(day.open_minutes for day in days),
            focus_minutes=focus_minutes,
            open_focus_minutes=open_focus,
            fragmented_minutes=sum(day.fragmented_minutes for day in days),
            focus_blocks=tuple(block for day in days for block in day.focus_blocks),
            meetings=MeetingStats(
                minutes=meeting_minutes,
                count=sum(1 for span in spans if span.block.attendees > 0),
                share=meeting_share,
                back_to_back=tuple(chains),
                heavy_days=tuple(heavy_days(days, config)),
                after_hours_minutes=after_hours,
                conflict_minutes=allocation.conflict_minutes,
                share_limit=config.overload.meeting_share_percent / 100,
            ),
            top_focus_costs=tuple(c for c in costs if c.focus_cost_minutes > 0)[:TOP_FOCUS_COSTS],
            alerts=tuple(build_alerts(days, chains, meeting_share, focus_minutes, config)),
            days=tuple(days),
            untagged_blocks=tuple(allocation.untagged_blocks),
            drift_tolerance=config.drift_tolerance_points / 100,
            focus_counted_as_deep_work=config.focus.count_open_focus_as_deep_work,
            guess_minutes=allocation.guess_minutes,
        )

    def focus_costs(self, first_day: date, last_day: date) -> list[SeriesCost]:
        """Every meeting series' focus cost in the period (see `focus_costs`)."""
        frames, _ = self._period(first_day, last_day)
        return series_costs(self.index, frames, self.config)

    def trend(self, weeks: Sequence[tuple[date, date]]) -> list[WeekTrend]:
        """Shares and drift of each week, and the change in share since the previous one.

        Args:
            weeks: (first day, last day) pairs, oldest first (see `trailing_weeks`).

        Returns:
            One entry per week; the first has no `change`.
        """
        trend: list[WeekTrend] = []
        for first_day, last_day in weeks:
            _, _, allocation, allocated, shares, _ = self._measure(first_day, last_day)
            days = allocation.days
            working = sum(day.working_minutes for day in days)
            meetings = sum(day.meeting_minutes for day in days)
            in_hours = meetings - sum(day.after_hours_meeting_minutes for day in days)
            previous = trend[-1].categories if trend else None
            trend.append(
                WeekTrend(
                    week=iso_week_name(first_day),
                    first_day=first_day,
                    last_day=last_day,
                    working_minutes=working,
                    allocated_minutes=allocated,
                    categories=shares,
                    untagged_minutes=allocation.untagged_minutes,
                    not_work_minutes=allocation.not_work_minutes,
                    meeting_minutes=meetings,
                    meeting_share=in_hours / working if working else 0.0,
                    focus_minutes=sum(day.focus_minutes for day in days),
                    on_track=all(share.on_track for share in shares.values()),
                    change=None
                    if previous is None
                    else {key: shares[key].share - previous[key].share for key in CATEGORIES},
                )
            )
        return trend


def _within(
    blocks: Iterable[Block], config: Config, first_day: date, last_day: date
) -> list[Block]:
    # Cheap before the minute conversion: comparing datetimes in the config's zone (as the
    # store builds them) does no offset arithmetic. Nothing outside can change the period.
    lo, hi = days_to_range(first_day, last_day, config.timezone)
    return [block for block in blocks if block.end > lo and block.start < hi]


def analyse_period(
    blocks: Iterable[Block], config: Config, first_day: date, last_day: date
) -> PeriodReport:
    """Analyse the local days `first_day`..`last_day` (inclusive) in `config.timezone`.

    Args:
        blocks: stored blocks; ones outside the period are clipped away. All-day blocks
            only matter as days off.
        config: working hours, targets and thresholds.
        first_day: first local day.
        last_day: last local day, inclusive.

    Returns:
        The report; `trend` and `lapsed` are left empty (fill them with `dataclasses.replace`).

    Raises:
        ValueError: when `last_day` is before `first_day`.
    """
    return Timeline(_within(blocks, config, first_day, last_day), config).period(
        first_day, last_day
    )


def weekly_trend(
    blocks: Iterable[Block], config: Config, weeks: Sequence[tuple[date, date]]
) -> list[WeekTrend]:
    """Per-week shares, drift and change against the week before (see `Timeline.trend`).

    Args:
        blocks: stored blocks covering the weeks.
        config: working hours, targets and thresholds.
        weeks: (first day, last day) pairs, oldest first.

    Returns:
        One entry per week.
    """
    if not weeks:
        return []
    first_day = min(first for first, _ in weeks)
    last_day = max(last for _, last in weeks)
    return Timeline(_within(blocks, config, first_day, last_day), config).trend(weeks)


def focus_costs(
    blocks: Iterable[Block], config: Config, first_day: date, last_day: date
) -> list[SeriesCost]:
    """The focus time each meeting series cost in the period, largest first.

    Args:
        blocks: stored blocks covering the period.
        config: working hours and the focus minimum.
        first_day: first local day.
        last_day: last local day, inclusive.

    Returns:
        One entry per series (or one-off meeting) with a meeting in the period.
    """
    within = _within(blocks, config, first_day, last_day)
    return Timeline(within, config).focus_costs(first_day, last_day)
