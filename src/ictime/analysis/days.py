"""Per-day accounting of a period: resolved minutes by category, open and focus time per day."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ictime.analysis.intervals import (
    Frame,
    Resolution,
    Span,
    category_of,
    from_minute,
    open_runs,
    overlap_minutes,
    resolve,
    stretches,
)
from ictime.analysis.results import DayReport, FocusBlock, OpenGap, UntaggedBlock
from ictime.config import Config
from ictime.model import CATEGORIES, UNTAGGED, Block


class Allocation(NamedTuple):
    """The resolved minutes of one period and what they add up to."""

    category_minutes: dict[str, int]
    untagged_minutes: int
    untagged_blocks: list[UntaggedBlock]
    conflict_minutes: int
    days: list[DayReport]
    guess_minutes: int = 0
    not_work_minutes: int = 0


def allocate(spans: Sequence[Span], frames: Sequence[Frame], config: Config) -> Allocation:
    """Resolve a period's spans and account for every minute, per category and per day.

    Args:
        spans: the period's spans, clipped to it, in start order.
        frames: the period's days.
        config: supplies the zone and the focus minimum.

    Returns:
        Category and untagged minutes, untagged blocks, conflict minutes, day reports, the
        minutes that rest on guesses and those of blocks decided not to be work (in no
        category, and not untagged: nothing is left to decide about them).
    """
    resolution = resolve(spans)
    category_minutes = dict.fromkeys(CATEGORIES, 0)
    untagged: dict[str, int] = {}
    untagged_by_id: dict[str, Block] = {}
    guess_minutes = not_work_minutes = 0
    for piece in resolution.pieces:
        block = piece.span.block
        category = category_of(block)
        if block.not_work:
            not_work_minutes += piece.end - piece.start
        elif category == UNTAGGED:
            untagged[block.id] = untagged.get(block.id, 0) + piece.end - piece.start
            untagged_by_id[block.id] = block
        else:
            category_minutes[category] += piece.end - piece.start
            if not block.confident:
                guess_minutes += piece.end - piece.start
    zone = config.timezone
    untagged_blocks = [
        UntaggedBlock(key, block.summary, block.start.astimezone(zone), untagged[key])
        for key, block in untagged_by_id.items()
    ]
    untagged_blocks.sort(key=lambda item: (-item.minutes, item.start))
    indexed = _Indexed(resolution)
    return Allocation(
        category_minutes,
        sum(untagged.values()),
        untagged_blocks,
        sum(end - start for start, end in resolution.conflicts),
        [_day(frame, indexed, config) for frame in frames],
        guess_minutes,
        not_work_minutes,
    )


class _Indexed:
    """A resolution with the end minutes of its pieces and conflicts, for bisection."""

    def __init__(self, resolution: Resolution) -> None:
        self.pieces, self.conflicts = resolution
        self.ends = [piece.end for piece in self.pieces]
        self.conflict_ends = [end for _, end in self.conflicts]


def _day(frame: Frame, indexed: _Indexed, config: Config) -> DayReport:
    pieces, ends = indexed.pieces, indexed.ends

    def is_meeting(index: int) -> bool:
        return pieces[index].span.block.attendees > 0

    lo, hi = frame.work_start, frame.work_end
    runs = stretches(pieces, ends, lo, hi) if hi > lo else []
    minimum = config.focus.min_block_minutes
    focus = [run for run in runs if run.end - run.start >= minimum]
    meeting_minutes = overlap_minutes(pieces, ends, frame.start, frame.end, is_meeting)
    in_hours = overlap_minutes(pieces, ends, lo, hi, is_meeting) if hi > lo else 0
    open_minutes = sum(run.open for run in runs)
    zone = config.timezone
    # An open run lies inside one stretch: breaking blocks end stretches, any block ends runs.
    gaps = [
        OpenGap(
            from_minute(gap.start, zone),
            from_minute(gap.end, zone),
            gap.open,
            any(run.start <= gap.start and gap.end <= run.end for run in focus),
        )
        for gap in (open_runs(pieces, ends, lo, hi) if hi > lo else [])
    ]
    return DayReport(
        day=frame.day,
        working=hi > lo,
        off=frame.off,
        working_minutes=hi - lo,
        open_minutes=open_minutes,
        focus_minutes=sum(run.end - run.start for run in focus),
        fragmented_minutes=open_minutes - sum(run.open for run in focus),
        longest_stretch_minutes=max((run.end - run.start for run in runs), default=0),
        meeting_minutes=meeting_minutes,
        after_hours_meeting_minutes=meeting_minutes - in_hours,
        conflict_minutes=overlap_minutes(
            indexed.conflicts, indexed.conflict_ends, frame.start, frame.end
        ),
        focus_blocks=tuple(
            FocusBlock(
                from_minute(r.start, zone), from_minute(r.end, zone), r.end - r.start, r.open
            )
            for r in focus
        ),
        open_gaps=tuple(gaps),
    )
