"""The slot search behind the plan: free time per working day and the booked-deep-work ledger.

Times are epoch minutes. Busy time is floored at its start and rounded up at its end, so a
slot never touches a second of a counted block; slot starts lie on a 5-minute grid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from ictime.analysis import DayReport, PeriodReport
from ictime.config import Config
from ictime.model import Block

GRID_MINUTES = 5
_EPSILON = 1e-9


def minute_floor(moment: datetime) -> int:
    """The epoch minute a moment falls in."""
    return int(moment.timestamp()) // 60


def minute_ceil(moment: datetime) -> int:
    """The first epoch minute that starts at or after a moment."""
    floor = minute_floor(moment)
    return floor if moment.second == 0 and moment.microsecond == 0 else floor + 1


def _local(day: date, clock: time, zone: ZoneInfo) -> int:
    return minute_floor(datetime.combine(day, clock, zone))


def _align_up(minute: int) -> int:
    return -(-minute // GRID_MINUTES) * GRID_MINUTES


def busy_intervals(blocks: Sequence[Block], buffer: int) -> list[tuple[int, int]]:
    """Counted timed blocks as [start, end) minutes; meetings widened by `buffer` each side.

    Args:
        blocks: any blocks; all-day and uncounted ones are left out.
        buffer: minutes kept clear before and after every meeting.

    Returns:
        The intervals, unsorted.
    """
    return [
        (minute_floor(b.start) - pad, minute_ceil(b.end) + pad)
        for b in blocks
        if b.counted and not b.all_day
        for pad in (buffer if b.attendees > 0 else 0,)
    ]


@dataclass(frozen=True)
class Slot:
    """A candidate slot, with what its reason needs to say about it."""

    start: int
    end: int
    preferred: int
    gap_minutes: int
    gaps_fitting: int


class FreeDay:
    """One working day's free time after `now`, shrinking as slots are taken."""

    def __init__(
        self, report: DayReport, config: Config, busy: Sequence[tuple[int, int]], now: int
    ) -> None:
        """Prepare a day.

        Args:
            report: the analysis of the day (a working day).
            config: supplies the zone, working hours and preferred hours.
            busy: busy intervals (see `busy_intervals`); those outside the day are dropped.
            now: the current epoch minute; nothing starts before it.
        """
        zone, work, focus = config.timezone, config.work, config.focus
        self.report = report
        self.rescuable = not report.focus_blocks
        self.focus_spans = [
            (minute_floor(b.start), minute_floor(b.end)) for b in report.focus_blocks
        ]
        self.lo = max(_local(report.day, work.start, zone), _align_up(now))
        self.hi = _local(report.day, work.end, zone)
        self.busy = sorted((lo, hi) for lo, hi in busy if hi > self.lo and lo < self.hi)
        self.preferred = (
            _local(report.day, focus.preferred_start, zone),
            _local(report.day, focus.preferred_end, zone),
        )
        self.taken: list[Slot] = []

    @property
    def past(self) -> bool:
        """No working time is left after `now`."""
        return self.lo >= self.hi

    @property
    def taken_minutes(self) -> int:
        """Minutes suggested on this day so far."""
        return sum(slot.end - slot.start for slot in self.taken)

    def gaps(self) -> list[tuple[int, int]]:
        """Free stretches of the window, outside busy time (with buffers) and taken slots."""
        cursor, free = self.lo, []
        for start, end in sorted([*self.busy, *((s.start, s.end) for s in self.taken)]):
            if min(start, self.hi) > cursor:
                free.append((cursor, min(start, self.hi)))
            cursor = max(cursor, end)
        if cursor < self.hi:
            free.append((cursor, self.hi))
        return free

    def best(self, length: int) -> Slot | None:
        """The slot of `length` with the most preferred minutes, then the earliest one."""
        fitting = [(lo, hi) for lo, hi in self.gaps() if _align_up(lo) + length <= hi]
        pref_lo, pref_hi = self.preferred
        best: Slot | None = None
        for lo, hi in fitting:
            for start in range(_align_up(lo), hi - length + 1, GRID_MINUTES):
                score = max(0, min(start + length, pref_hi) - max(start, pref_lo))
                if best is None or score > best.preferred:
                    best = Slot(start, start + length, score, hi - lo, len(fitting))
        return best

    def longest_gap(self) -> int:
        """The longest free stretch left, in minutes."""
        return max((end - start for start, end in self.gaps()), default=0)


class SlotSearch:
    """The lengths and the daily cap, and the ledger of booked deep work as slots are taken."""

    def __init__(self, config: Config, report: PeriodReport, days: list[FreeDay]) -> None:
        """Start from the period's report.

        Args:
            config: supplies the `[focus]` settings.
            report: the period's analysis.
            days: the period's working days.
        """
        self.config = config
        self.days = days
        self.full = config.focus.suggestion_minutes
        self.fallback = min(config.focus.fallback_minutes, self.full)
        self.cap = round(config.focus.max_suggested_hours_per_day * 60)
        deep = report.categories["deep_work"]
        self.open_counted = report.focus_counted_as_deep_work
        self.booked = deep.minutes - (report.open_focus_minutes if self.open_counted else 0)
        self.allocated = report.allocated_minutes
        self.target = deep.target

    @property
    def share(self) -> float:
        """Booked deep work as a share of the allocated total."""
        return self.booked / self.allocated if self.allocated else 0.0

    @property
    def met(self) -> bool:
        """Booked deep work has reached the target."""
        return self.share + _EPSILON >= self.target

    def candidate(self, day: FreeDay) -> tuple[Slot, bool] | None:
        """The day's best slot and whether it is a fallback; None when nothing fits."""
        if day.past:
            return None
        room = self.cap - day.taken_minutes
        for length in dict.fromkeys((self.full, self.fallback)):
            slot = day.best(length) if 0 < length <= room else None
            if slot is not None:
                return slot, length < self.full
        return None

    def take(self, day: FreeDay, slot: Slot) -> int:
        """Book a slot: it is deep work now, and no longer free.

        Returns:
            How much the allocated total grew (0 or the slot's minutes).
        """
        minutes = slot.end - slot.start
        inside = any(lo <= slot.start and slot.end <= hi for lo, hi in day.focus_spans)
        # Open focus time is already in the allocated total; booking it only changes category.
        grown = 0 if self.open_counted and inside else minutes
        self.booked += minutes
        self.allocated += grown
        day.taken.append(slot)
        return grown
