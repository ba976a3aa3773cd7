"""What each screen shows, read from the store in one call: run these in worker threads only.

Nothing here imports Textual. Each loader returns a frozen snapshot that a screen renders on
the main thread, so a screen never touches the database itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ictime.config import Config
from ictime.model import Block
from ictime.timeutil import day_start, days_to_range, week_of

if TYPE_CHECKING:
    from ictime.analysis import DayReport, PeriodChanges, PeriodReport
    from ictime.store import Store
    from ictime.suggest import Suggestion, SuggestionPlan

TREND_WEEKS = 8
"""Weeks of history behind the Week review's sparklines."""

NEXT_SUGGESTIONS = 3
"""How many upcoming build blocks Today lists."""


@dataclass(frozen=True)
class DayView:
    """Everything Today shows for one day."""

    day: date
    blocks: tuple[Block, ...]
    day_report: DayReport | None
    week_so_far: PeriodReport
    week: PeriodReport
    next_suggestions: tuple[Suggestion, ...]
    has_data: bool
    changes: PeriodChanges | None = None
    """What changed in the day's calendar since its morning (see `day_changes`)."""


@dataclass(frozen=True)
class WeekView:
    """Everything the Week review shows for one ISO week."""

    first_day: date
    last_day: date
    report: PeriodReport
    blocks: tuple[Block, ...]
    next_week: SuggestionPlan
    changes: PeriodChanges | None = None
    """What happened to the week's plan since it began (see `week_changes`)."""


@dataclass(frozen=True)
class TriageView:
    """The counted blocks of a week, untagged first, then guesses."""

    first_day: date
    last_day: date
    blocks: tuple[Block, ...]


def triage_order(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """Counted timed blocks: untagged first, then guesses ("check these"), then by start.

    Args:
        blocks: blocks of a period.

    Returns:
        The blocks triage lists, in its order.
    """
    counted = [block for block in blocks if block.counted and not block.all_day]
    return tuple(sorted(counted, key=lambda b: (_triage_rank(b), b.start, b.id)))


def _triage_rank(block: Block) -> int:
    """0 for an untagged block, 1 for a guess (a tag to check), 2 for a confident tag.

    A block decided not to be work is not untagged here: nothing is left to decide.
    """
    if block.undecided:
        return 0
    return 1 if block.guess else 2


def first_look(path: Path, config: Config, day: date) -> tuple[Block, ...] | None:
    """The day's blocks, read at once without opening the store (no sqlite-utils, no rules).

    The app reads this at launch, beside Textual's start, so Today's first frame holds the
    agenda. The store is opened afterwards as usual (migrating, re-tagging when the rules
    changed), and Today reads the whole day from it.

    Args:
        path: the database file.
        config: the person's settings.
        day: the day Today opens on.

    Returns:
        The blocks `load_day` would show for the day, or None when they cannot be read as
        they are: no database yet, nothing imported, an older schema, tags computed by
        other rules, or a database that is busy or broken.
    """
    from ictime.service.blocks import block_from_row, rules_fingerprint
    from ictime.store import peek_blocks

    start, end = days_to_range(day, day, config.timezone)
    rows = peek_blocks(
        path,
        int(start.timestamp()),
        int(end.timestamp()),
        fingerprint=rules_fingerprint(config),
    )
    if rows is None:
        return None
    return tuple(block_from_row(row, config) for row in rows)


def plan_week(store: Store, config: Config, first_day: date, now: datetime) -> SuggestionPlan:
    """Suggested build time for the week starting `first_day`, never before `now`.

    Args:
        store: the open database.
        config: the person's settings.
        first_day: the Monday of the week.
        now: the moment before which nothing is suggested.

    Returns:
        The plan from the shared service.
    """
    from ictime.service.suggest import suggest_week

    return suggest_week(store, config, first_day, first_day + timedelta(days=6), now=now)


def load_day(store: Store, config: Config, day: date, now: datetime) -> DayView:
    """Read Today's agenda, this week so far, its alerts, the next build blocks, and (for
    today) what changed in the day since its morning.

    One read (this week and the next, whose plan fills the list late in the week) and one
    analysis, which the suggestions reuse.

    Args:
        store: the open database.
        config: the person's settings.
        day: the day shown.
        now: the current moment (or the pinned day's start).

    Returns:
        The snapshot Today renders.
    """
    from ictime.analysis import Timeline
    from ictime.service.blocks import list_blocks
    from ictime.service.changes import day_changes
    from ictime.suggest import suggest_from_report

    monday, sunday = week_of(day)
    next_monday, next_sunday = monday + timedelta(weeks=1), sunday + timedelta(weeks=1)
    blocks = list_blocks(store, config, monday, next_sunday)
    timeline = Timeline(blocks, config)
    so_far = timeline.period(monday, day)
    whole = timeline.period(monday, sunday)
    this_week = _between(blocks, config, monday, sunday)
    lo = day_start(day, config.timezone)
    day_blocks = _between(this_week, config, day, day)
    after = max(now, lo)
    plan = suggest_from_report(whole, this_week, config, now=now)
    upcoming = [s for s in plan.suggestions if s.start >= after]
    if len(upcoming) < NEXT_SUGGESTIONS:
        next_week = _between(blocks, config, next_monday, next_sunday)
        next_report = timeline.period(next_monday, next_sunday)
        upcoming += suggest_from_report(next_report, next_week, config, now=now).suggestions
    return DayView(
        day=day,
        blocks=tuple(day_blocks),
        day_report=next((d for d in so_far.days if d.day == day), None),
        week_so_far=so_far,
        week=whole,
        next_suggestions=tuple(upcoming[:NEXT_SUGGESTIONS]),
        has_data=bool(blocks) or store.count_blocks() > 0,
        # Only today has a "since this morning": other days skip the comparison.
        changes=day_changes(store, config, day) if day == now.date() else None,
    )


def load_week(store: Store, config: Config, monday: date, today: date, now: datetime) -> WeekView:
    """Read the Week review: the report with trend and lapsed people, blocks, next week's
    plan, and what happened to the week's plan since it began.

    One read (the report's weeks and the next) and one analysis, which the plan reuses.

    Args:
        store: the open database.
        config: the person's settings.
        monday: first day of the ISO week.
        today: the day relationships are judged from.
        now: the moment before which nothing is suggested.

    Returns:
        The snapshot the Week review renders.
    """
    from ictime.analysis import Timeline
    from ictime.service.blocks import list_blocks
    from ictime.service.changes import week_changes
    from ictime.service.reports import first_stored_day, report_days, report_from_blocks
    from ictime.suggest import suggest_from_report

    sunday = monday + timedelta(days=6)
    next_monday, next_sunday = monday + timedelta(weeks=1), sunday + timedelta(weeks=1)
    read_from, read_to = report_days(monday, sunday, today=today, weeks=TREND_WEEKS)
    blocks = list_blocks(store, config, read_from, max(read_to, next_sunday))
    timeline = Timeline(blocks, config)
    report = report_from_blocks(
        timeline,
        _between(blocks, config, read_from, read_to),
        config,
        monday,
        sunday,
        today=today,
        weeks=TREND_WEEKS,
        calendar_from=first_stored_day(store, config),
    )
    week_blocks = tuple(b for b in _between(blocks, config, monday, sunday) if not b.all_day)
    next_week = suggest_from_report(
        timeline.period(next_monday, next_sunday),
        _between(blocks, config, next_monday, next_sunday),
        config,
        now=now,
    )
    changes = week_changes(store, config, monday)
    return WeekView(monday, sunday, report, week_blocks, next_week, changes)


def _between(
    blocks: Sequence[Block], config: Config, first_day: date, last_day: date
) -> list[Block]:
    # The blocks `list_blocks` returns for these days, picked from a longer read.
    lo, hi = days_to_range(first_day, last_day, config.timezone)
    return [block for block in blocks if block.end > lo and block.start < hi]


def load_triage(store: Store, config: Config, monday: date) -> TriageView:
    """Read the blocks to triage in the ISO week starting `monday`.

    Args:
        store: the open database.
        config: the person's settings.
        monday: first day of the week.

    Returns:
        The snapshot Triage renders.
    """
    from ictime.service import list_blocks

    sunday = monday + timedelta(days=6)
    blocks = triage_order(list_blocks(store, config, monday, sunday))
    return TriageView(monday, sunday, blocks)
