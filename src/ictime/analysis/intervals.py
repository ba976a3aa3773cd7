"""Minute-exact interval machinery of the analysis: spans, overlap resolution, focus stretches."""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import NamedTuple
from zoneinfo import ZoneInfo

from ictime.config import Config
from ictime.model import CATEGORIES, NOT_BUSY_REASONS, UNTAGGED, Block
from ictime.timeutil import day_start

_DEEP_WORK = "deep_work"


class Span(NamedTuple):
    """A counted timed block as epoch minutes, with its precedence rank (lower wins)."""

    start: int
    end: int
    rank: int
    block: Block


class Piece(NamedTuple):
    """A stretch of minutes resolved to exactly one span (no minute is in two pieces)."""

    start: int
    end: int
    span: Span


class Stretch(NamedTuple):
    """A run of working minutes free of focus-breaking blocks; `open` excludes solo deep work."""

    start: int
    end: int
    open: int


class Frame(NamedTuple):
    """One local day: its bounds and working window as epoch minutes (empty when not working)."""

    day: date
    start: int
    end: int
    work_start: int
    work_end: int
    nominal: bool
    off: bool


class Resolution(NamedTuple):
    """Overlaps resolved: disjoint sorted pieces, and the merged double-booked intervals."""

    pieces: list[Piece]
    conflicts: list[tuple[int, int]]


def to_minute(moment: datetime, zone: ZoneInfo) -> int:
    """Epoch minute of a moment (floored); a naive moment is read in `zone`."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return int(moment.timestamp()) // 60


def from_minute(minute: int, zone: ZoneInfo) -> datetime:
    """The local aware datetime of an epoch minute."""
    return datetime.fromtimestamp(minute * 60, zone)


def category_of(block: Block) -> str:
    """The block's category, or `untagged` for anything that is not one of the four keys."""
    return block.category if block.category in CATEGORIES else UNTAGGED


def is_focus_friendly(span: Span) -> bool:
    """A solo deep-work hold keeps a focus stretch going instead of breaking it."""
    block = span.block
    return block.attendees == 0 and block.category == _DEEP_WORK


def _precedence(block: Block, start: int, end: int) -> tuple[int, int, int, str]:
    # Meetings beat holds; then the earlier start; then the longer block; then the id.
    return (0 if block.attendees > 0 else 1, start, -end, block.id)


def build_spans(blocks: Iterable[Block], zone: ZoneInfo) -> list[Span]:
    """Counted timed blocks as spans sorted by start, ranked by the precedence rule.

    Args:
        blocks: any blocks; all-day and not-counted ones are skipped.
        zone: the zone naive datetimes are read in.

    Returns:
        Spans sorted by start minute.
    """
    keyed: list[tuple[tuple[int, int, int, str], int, int, Block]] = []
    for block in blocks:
        if not block.counted or block.all_day:
            continue
        start = to_minute(block.start, zone)
        end = to_minute(block.end, zone)
        if end > start:
            keyed.append((_precedence(block, start, end), start, end, block))
    keyed.sort(key=lambda item: item[0])
    spans = [Span(start, end, rank, block) for rank, (_, start, end, block) in enumerate(keyed)]
    spans.sort(key=lambda span: span.start)
    return spans


# Counted blocks are capped far below this (`max_event_hours`, 12 h by default).
_LONGEST_COUNTED = 7 * 24 * 60


def spans_between(
    spans: Sequence[Span], starts: Sequence[int], lo: int, hi: int, longest: int = _LONGEST_COUNTED
) -> list[Span]:
    """Spans (sorted by start, `starts` their start minutes) clipped to [lo, hi).

    Args:
        spans: spans sorted by start.
        starts: the start minute of each span, for bisection.
        lo: first minute.
        hi: minute after the last.
        longest: at least the longest span's length, so spans starting before `lo` are found.

    Returns:
        The overlapping spans, clipped (their rank still comes from the whole block), in
        start order.
    """
    clipped: list[Span] = []
    for span in spans[bisect_left(starts, lo - longest) : bisect_left(starts, hi)]:
        if span.end > lo:
            clipped.append(span._replace(start=max(span.start, lo), end=min(span.end, hi)))
    return clipped


class SpanIndex:
    """Spans sorted by start, indexed to find those overlapping any interval quickly."""

    def __init__(self, spans: list[Span]) -> None:
        """Index spans that are already sorted by start (as `build_spans` returns them)."""
        self.spans = spans
        self.starts = [span.start for span in spans]
        self.longest = max((span.end - span.start for span in spans), default=0)

    def between(self, lo: int, hi: int) -> list[Span]:
        """The spans overlapping [lo, hi), clipped to it, in start order (see `spans_between`)."""
        return spans_between(self.spans, self.starts, lo, hi, self.longest)


def resolve(spans: Sequence[Span]) -> Resolution:
    """Give every covered minute to exactly one span: the lowest rank among those covering it.

    Args:
        spans: clipped spans, in start order.

    Returns:
        Disjoint pieces in time order, and the intervals covered by two or more spans.
    """
    points = sorted({s.start for s in spans} | {s.end for s in spans})
    ends_at: dict[int, int] = {}
    for span in spans:
        ends_at[span.end] = ends_at.get(span.end, 0) + 1
    heap: list[tuple[int, int, int]] = []
    pieces: list[Piece] = []
    conflicts: list[tuple[int, int]] = []
    active = 0
    index = 0
    for lo, hi in pairwise(points):
        while index < len(spans) and spans[index].start == lo:
            heapq.heappush(heap, (spans[index].rank, spans[index].end, index))
            active += 1
            index += 1
        active -= ends_at.get(lo, 0)
        while heap and heap[0][1] <= lo:
            heapq.heappop(heap)
        if heap:
            winner = spans[heap[0][2]]
            if pieces and pieces[-1].end == lo and pieces[-1].span is winner:
                pieces[-1] = pieces[-1]._replace(end=hi)
            else:
                pieces.append(Piece(lo, hi, winner))
        if active >= 2:
            if conflicts and conflicts[-1][1] == lo:
                conflicts[-1] = (conflicts[-1][0], hi)
            else:
                conflicts.append((lo, hi))
    return Resolution(pieces, conflicts)


def overlap_minutes(
    intervals: Sequence[tuple[int, int]] | Sequence[Piece],
    ends: Sequence[int],
    lo: int,
    hi: int,
    keep: Callable[[int], bool] | None = None,
) -> int:
    """Minutes of disjoint sorted intervals inside [lo, hi).

    Args:
        intervals: disjoint intervals (or pieces) in time order.
        ends: the end minute of each interval, for bisection.
        lo: first minute.
        hi: minute after the last.
        keep: optional filter on the interval's index.

    Returns:
        The overlapping minutes.
    """
    total = 0
    index = bisect_right(ends, lo)
    while index < len(intervals) and intervals[index][0] < hi:
        if keep is None or keep(index):
            total += min(intervals[index][1], hi) - max(intervals[index][0], lo)
        index += 1
    return total


def stretches(pieces: Sequence[Piece], ends: Sequence[int], lo: int, hi: int) -> list[Stretch]:
    """Maximal runs of [lo, hi) not covered by focus-breaking pieces.

    Args:
        pieces: resolved pieces in time order.
        ends: the end minute of each piece, for bisection.
        lo: start of the working window.
        hi: end of the working window.

    Returns:
        Each run with its open minutes (those not held by a solo deep-work block).
    """
    runs: list[Stretch] = []
    cursor = lo
    held = 0
    index = bisect_right(ends, lo)
    while index < len(pieces) and pieces[index].start < hi:
        piece = pieces[index]
        start, end = max(piece.start, lo), min(piece.end, hi)
        if is_focus_friendly(piece.span):
            held += end - start
        else:
            if start > cursor:
                runs.append(Stretch(cursor, start, start - cursor - held))
            cursor, held = end, 0
        index += 1
    if hi > cursor:
        runs.append(Stretch(cursor, hi, hi - cursor - held))
    return runs


def open_runs(pieces: Sequence[Piece], ends: Sequence[int], lo: int, hi: int) -> list[Stretch]:
    """Maximal runs of [lo, hi) that no piece covers: the open time of a working window.

    Args:
        pieces: resolved pieces in time order.
        ends: the end minute of each piece, for bisection.
        lo: start of the working window.
        hi: end of the working window.

    Returns:
        Each run, all of it open.
    """
    runs: list[Stretch] = []
    cursor = lo
    index = bisect_right(ends, lo)
    while index < len(pieces) and pieces[index].start < hi:
        piece = pieces[index]
        if piece.start > cursor:
            runs.append(Stretch(cursor, piece.start, piece.start - cursor))
        cursor = max(cursor, piece.end)
        index += 1
    if hi > cursor:
        runs.append(Stretch(cursor, hi, hi - cursor))
    return runs


def focus_minutes_of(spans: Sequence[Span], lo: int, hi: int, min_block: int) -> int:
    """Focus minutes in one working window for the given spans (used to price a meeting).

    Args:
        spans: the spans overlapping the window, in start order.
        lo: start of the working window.
        hi: end of the working window.
        min_block: the shortest focus block, in minutes.

    Returns:
        Total length of the focus blocks in the window.
    """
    pieces = resolve(spans).pieces
    runs = stretches(pieces, [p.end for p in pieces], lo, hi)
    return sum(run.end - run.start for run in runs if run.end - run.start >= min_block)


def _is_busy_time_off(block: Block) -> bool:
    return (
        block.status.upper() != "CANCELLED"
        and block.my_partstat.upper() != "DECLINED"
        and block.not_counted_reason not in NOT_BUSY_REASONS
    )


def _local_date(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date() if moment.tzinfo else moment.date()


def days_off(blocks: Iterable[Block], config: Config) -> set[date]:
    """Days taken out of working capacity by time off.

    A busy all-day block whose title matches `config.days_off_pattern` removes every day it
    spans; a busy timed block longer than the import cap (so not counted) removes each day
    whose working window it covers entirely.

    Args:
        blocks: any blocks.
        config: supplies the zone, the pattern, the working window and the cap.

    Returns:
        The local dates that are off.
    """
    zone = config.timezone
    pattern = re.compile(config.days_off_pattern, re.IGNORECASE)
    cap = config.import_.max_event_hours * 60
    off: set[date] = set()
    for block in blocks:
        if block.all_day:
            if not pattern.search(block.summary) or not _is_busy_time_off(block):
                continue
            day = _local_date(block.start, zone)
            # The end is midnight after the last day; a malformed empty event covers its day.
            after = max(_local_date(block.end, zone), day + timedelta(days=1))
            while day < after:
                off.add(day)
                day += timedelta(days=1)
        elif (
            not block.counted
            and to_minute(block.end, zone) - to_minute(block.start, zone) > cap
            and _is_busy_time_off(block)
        ):
            start, end = block.start.astimezone(zone), block.end.astimezone(zone)
            day = start.date()
            while day <= end.date():
                work_start = datetime.combine(day, config.work.start, zone)
                if start <= work_start and datetime.combine(day, config.work.end, zone) <= end:
                    off.add(day)
                day += timedelta(days=1)
    return off


def day_frames(first_day: date, last_day: date, config: Config, off: set[date]) -> list[Frame]:
    """The local days of a period, inclusive, with their working windows.

    Args:
        first_day: first local day.
        last_day: last local day (inclusive).
        config: supplies the zone and working hours.
        off: days taken out by time off.

    Returns:
        One frame per day; DST days are 23 or 25 hours long, working windows stay local.
    """
    zone = config.timezone
    work = config.work
    frames: list[Frame] = []
    day = first_day
    while day <= last_day:
        start = to_minute(day_start(day, zone), zone)
        end = to_minute(day_start(day + timedelta(days=1), zone), zone)
        nominal = day.weekday() in work.days
        is_off = nominal and day in off
        work_start = work_end = start
        if nominal and not is_off:
            work_start = to_minute(datetime.combine(day, work.start, zone), zone)
            work_end = max(work_start, to_minute(datetime.combine(day, work.end, zone), zone))
        frames.append(Frame(day, start, end, work_start, work_end, nominal, is_off))
        day += timedelta(days=1)
    return frames
