"""Plan against actual: a period as its baseline import found it against the latest import.

Pure: the blocks of each source as the two imports found them go in, a frozen `PeriodChanges`
comes out. What is compared, and how, is described in `docs/calendar-semantics.md`:

- a block is *added* when it counts in the latest and was absent from the baseline or did
  not count there; *removed* when it counted in the baseline and is absent from the latest
  or no longer counts (cancelled, declined, made free);
- *moved* when it counts in both and its start or end changed; *retitled* when it counts in
  both, its times are the same and only its title changed;
- only blocks overlapping the period are compared (a block moved into or out of it is moved);
- meeting and focus minutes before and after are the report's own figures (`Timeline`) over
  the baseline's blocks and over the latest's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ictime.analysis.timeline import Timeline
from ictime.config import Config
from ictime.model import Block, is_build_time_uid
from ictime.timeutil import days_to_range


@dataclass(frozen=True)
class SourceHistory:
    """One source's blocks as its baseline import and its latest import found them.

    Attributes:
        calendar: the source's calendar name.
        baseline_at: when the baseline import was made.
        latest_at: when the latest import was made.
        before: the baseline's blocks by id: those in the period, and for every block in
            the period in the latest, its baseline version wherever it was.
        after: the latest's blocks by id, the same way round.
        last_stood: blocks gone since the baseline, by id, as the last import that had them
            found them.
        build_time_seen: ictime's build-time blocks in the period at the baseline or at any
            import since, by id.
    """

    calendar: str
    baseline_at: datetime
    latest_at: datetime
    before: Mapping[str, Block]
    after: Mapping[str, Block]
    last_stood: Mapping[str, Block]
    build_time_seen: Mapping[str, Block]


@dataclass(frozen=True)
class SourceMark:
    """Which imports of one source were compared (none: `baseline_at` is None)."""

    calendar: str
    baseline_at: datetime | None
    latest_at: datetime | None


@dataclass(frozen=True)
class BlockChange:
    """A block as the baseline had it, and as the latest has it."""

    before: Block
    after: Block


@dataclass(frozen=True)
class MeetingChanges:
    """Meetings added, removed and moved, and the period's meeting minutes before and after."""

    added: int
    added_minutes: int
    removed: int
    removed_minutes: int
    moved: int
    minutes_before: int
    minutes_after: int


@dataclass(frozen=True)
class FocusChanges:
    """The period's focus minutes (as the report counts them) before and after."""

    minutes_before: int
    minutes_after: int

    @property
    def lost_minutes(self) -> int:
        """Focus minutes the period lost since the baseline (0 when it gained)."""
        return max(0, self.minutes_before - self.minutes_after)


@dataclass(frozen=True)
class BuildTimeKept:
    """ictime's build-time blocks: how many were on the calendar, how many still are."""

    suggested: int
    kept: int
    kept_minutes: int


@dataclass(frozen=True)
class PeriodChanges:
    """What happened to a period's plan: its baseline against the latest import.

    When no source has two imports to compare, `compared` is False, the lists are empty
    and the summaries are None: nothing is known to have changed, or not changed.
    """

    week: str
    first_day: date
    last_day: date
    began: datetime
    sources: tuple[SourceMark, ...]
    added: tuple[Block, ...] = ()
    removed: tuple[Block, ...] = ()
    moved: tuple[BlockChange, ...] = ()
    retitled: tuple[BlockChange, ...] = ()
    removed_meetings: tuple[Block, ...] = ()
    """The removed blocks that were meetings in the baseline (as they last stood)."""
    meetings: MeetingChanges | None = None
    focus: FocusChanges | None = None
    build_time: BuildTimeKept | None = None

    @property
    def compared(self) -> bool:
        """Whether at least one source had a baseline and a later import to compare."""
        return self.meetings is not None

    @property
    def baseline_at(self) -> datetime | None:
        """The oldest baseline import compared, or None."""
        found = [mark.baseline_at for mark in self.sources if mark.baseline_at]
        return min(found) if found and self.compared else None

    @property
    def latest_at(self) -> datetime | None:
        """The newest latest import, or None when nothing was imported."""
        found = [mark.latest_at for mark in self.sources if mark.latest_at]
        return max(found) if found else None

    @property
    def note(self) -> str:
        """Why nothing is compared, in a sentence; "" when something is."""
        if self.compared:
            return ""
        if self.latest_at is None:
            return "Nothing imported yet: there is no plan to compare."
        return (
            "No baseline: the calendar was imported only once for this period, so what"
            " changed cannot be told. Import it again later to compare."
        )


def compare_period(
    histories: Sequence[SourceHistory],
    unchanged: Iterable[Block],
    config: Config,
    first_day: date,
    last_day: date,
    *,
    week: str,
    began: datetime,
    sources: Sequence[SourceMark],
) -> PeriodChanges:
    """Compare each source's baseline with its latest over the local days first..last.

    Args:
        histories: the sources with a baseline and a later import, in source order (the
            first one holding an occurrence wins it, as the report's reading does).
        unchanged: the latest blocks of the sources with nothing to compare, counted the
            same before and after.
        config: the person's settings (the analysis).
        first_day: first local day of the period.
        last_day: last local day, inclusive.
        week: the period's name (`2026-W47`).
        began: when the period began (the baselines are the imports before it).
        sources: what was compared for every source.

    Returns:
        The changes; not `compared` when `histories` is empty.
    """
    if not histories:
        return PeriodChanges(week, first_day, last_day, began, tuple(sources))
    lo, hi = days_to_range(first_day, last_day, config.timezone)

    def inside(block: Block) -> bool:
        return block.end > lo and block.start < hi

    diff = _Diff()
    for history in histories:
        diff.compare(history, inside)
    baseline_meetings = {
        block.id for history in histories for block in history.before.values() if block.is_meeting
    }
    gone_meetings = sorted(
        (block for block in diff.removed if block.id in baseline_meetings), key=_by_start
    )
    new_meetings = [block for block in diff.added if block.is_meeting]
    unchanged = list(unchanged)
    before_report = _report(
        [*(b for h in histories for b in h.before.values()), *unchanged],
        config,
        first_day,
        last_day,
    )
    after_report = _report(
        [*(b for h in histories for b in h.after.values()), *unchanged],
        config,
        first_day,
        last_day,
    )
    return PeriodChanges(
        week=week,
        first_day=first_day,
        last_day=last_day,
        began=began,
        sources=tuple(sources),
        added=tuple(sorted(diff.added, key=_by_start)),
        removed=tuple(sorted(diff.removed, key=_by_start)),
        moved=tuple(sorted(diff.moved, key=lambda change: _by_start(change.after))),
        retitled=tuple(sorted(diff.retitled, key=lambda change: _by_start(change.after))),
        removed_meetings=tuple(gone_meetings),
        meetings=MeetingChanges(
            added=len(new_meetings),
            added_minutes=sum(block.minutes for block in new_meetings),
            removed=len(gone_meetings),
            removed_minutes=sum(block.minutes for block in gone_meetings),
            moved=sum(1 for change in diff.moved if change.after.is_meeting),
            minutes_before=before_report[0],
            minutes_after=after_report[0],
        ),
        focus=FocusChanges(before_report[1], after_report[1]),
        build_time=BuildTimeKept(
            suggested=diff.seen,
            kept=len(diff.kept),
            kept_minutes=sum(block.minutes for block in diff.kept),
        ),
    )


class _Diff:
    """The blocks added, removed, moved and retitled, and the build blocks, source by source."""

    def __init__(self) -> None:
        self.added: list[Block] = []
        self.removed: list[Block] = []
        self.moved: list[BlockChange] = []
        self.retitled: list[BlockChange] = []
        self.kept: list[Block] = []
        self.seen = 0

    def compare(self, history: SourceHistory, inside: Callable[[Block], bool]) -> None:
        """Add one source's changes over the blocks for which `inside` holds."""
        before, after = history.before, history.after
        for block_id in sorted(set(before) | set(after)):
            old, new = before.get(block_id), after.get(block_id)
            was = old is not None and old.counted and inside(old)
            now = new is not None and new.counted and inside(new)
            if new is not None and new.counted and old is not None and old.counted:
                if (was or now) and (old.start, old.end) != (new.start, new.end):
                    self.moved.append(BlockChange(old, new))
                elif now and old.summary != new.summary:
                    self.retitled.append(BlockChange(old, new))
            elif now and new is not None:
                self.added.append(new)
            elif was and old is not None:
                self.removed.append(new or history.last_stood.get(block_id) or old)
        self.seen += sum(1 for block in history.build_time_seen.values() if inside(block))
        self.kept += [
            block
            for block in after.values()
            if is_build_time_uid(block.uid) and block.counted and inside(block)
        ]


def _by_start(block: Block) -> tuple[datetime, str]:
    return block.start, block.id


def _report(
    blocks: Iterable[Block], config: Config, first_day: date, last_day: date
) -> tuple[int, int]:
    """Meeting and focus minutes of the period, as the report counts them."""
    unique: dict[str, Block] = {}
    for block in blocks:
        unique.setdefault(block.id, block)  # an occurrence in two sources counts once
    report = Timeline(unique.values(), config).period(first_day, last_day)
    return report.meetings.minutes, report.focus_minutes
