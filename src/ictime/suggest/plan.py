"""Protected build time: free slots chosen for focus blocks, explained, and what to renegotiate.

Pure: blocks, the config and `now` go in, a frozen plan comes out. The rules
(docs/calendar-semantics.md, "Protected build time", made exact):

- A slot lies in the working window of a working day (the analysis decides which days work
  and which are off), starts at or after `now`, overlaps no counted block, and stays
  `focus.meeting_buffer_minutes` clear of every meeting (solo holds need no buffer). Starts
  lie on a 5-minute grid. Chosen slots never overlap each other.
- Slots are `focus.suggestion_minutes` long; on a day where no such slot remains (or the daily
  cap leaves less room) they are `focus.fallback_minutes` long. A day gets at most
  `focus.max_suggested_hours_per_day` of suggestions.
- Within a day the slot with the most minutes in the preferred focus hours wins, then the
  earliest. Across days slots are taken one at a time: the day with the fewest suggestions so
  far (so they spread), then a day with no focus block (one the slot rescues), then the most
  preferred minutes, full length before fallback, then the earliest. Equal inputs give equal
  plans.
- Slots are chosen until booked deep work reaches the deep-work target. Booked deep work is
  deep work on the calendar: deep-work blocks (focus holds, pairing, earlier suggestions once
  imported) plus the chosen slots, as a share of the report's allocated total. Open focus
  stretches, which the report counts as deep work by default, do not count: they are what the
  suggestions protect. With `count_open_focus_as_deep_work = false` this is exactly the
  report's deep-work share; the report's own figure is kept in `report_deep_work_share`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from ictime.analysis import PeriodReport, SeriesCost, Timeline, format_minutes
from ictime.config import Config
from ictime.model import BUILD_TIME_UID_PREFIX, BUILD_TIME_UID_SUFFIX, Block
from ictime.suggest.slots import FreeDay, Slot, SlotSearch, busy_intervals, minute_ceil
from ictime.textsafe import plain
from ictime.timeutil import iso_week_name

RENEGOTIATE_LIMIT = 3


@dataclass(frozen=True)
class Suggestion:
    """One protected build-time slot and why it was chosen.

    `reason` is the whole sentence (`Tue 09:00-11:00: …; booked deep work 38 % -> 46 %`);
    `label` (the when) and `detail` (the why) are its parts, for tables that show the time and
    the shares in columns of their own. The shares run in time order over the suggestions.
    """

    start: datetime
    end: datetime
    minutes: int
    reason: str
    uid: str
    label: str = ""
    detail: str = ""
    fallback: bool = False
    preferred_minutes: int = 0
    rescues_day: bool = False
    share_before: float = 0.0
    share_after: float = 0.0

    @property
    def day(self) -> date:
        """The local day of the slot."""
        return self.start.date()


@dataclass(frozen=True)
class Renegotiation:
    """A meeting series (or one-off meeting) worth renegotiating, and what it would free."""

    cost: SeriesCost
    """The series, its meetings and their focus cost, as the analysis found them."""
    reason: str


@dataclass(frozen=True)
class SuggestionPlan:
    """The suggestions for a period, what they do to booked deep work, what to renegotiate.

    Shares and the target are fractions (0.5 is 50 %). `message` sums the plan up or says why
    nothing fits; `day_notes` says, day by day, what room is left.
    """

    suggestions: tuple[Suggestion, ...]
    message: str
    renegotiate: tuple[Renegotiation, ...]
    deep_work_share_before: float
    deep_work_share_after: float
    deep_work_target: float = 0.0
    target_met: bool = False
    report_deep_work_share: float = 0.0
    day_notes: tuple[str, ...] = ()
    first_day: date | None = None
    last_day: date | None = None
    now: datetime | None = None

    @property
    def suggested_minutes(self) -> int:
        """Total length of the suggestions."""
        return sum(item.minutes for item in self.suggestions)


def slot_uid(start: datetime, end: datetime) -> str:
    """The stable UID of a slot: the same start and end always give the same UID.

    Args:
        start: aware start of the slot.
        end: aware end of the slot.

    Returns:
        `ictime-build-<start>-<end>@ictime`, both times in UTC.
    """
    first, last = (moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") for moment in (start, end))
    return f"{BUILD_TIME_UID_PREFIX}{first}-{last}{BUILD_TIME_UID_SUFFIX}"


def _percent(share: float) -> str:
    return f"{share * 100:.0f} %"


def suggest_slots(
    blocks: Sequence[Block], config: Config, first_day: date, last_day: date, *, now: datetime
) -> SuggestionPlan:
    """Choose protected build time in the local days `first_day`..`last_day` (inclusive).

    Args:
        blocks: stored blocks covering the period; all-day and uncounted ones only matter
            as days off.
        config: working hours, targets and the `[focus]` settings.
        first_day: first local day.
        last_day: last local day, inclusive.
        now: the aware current moment; nothing is suggested before it.

    Returns:
        The plan: suggestions in time order, a message, what to renegotiate.

    Raises:
        ValueError: `now` is naive, or `last_day` is before `first_day`.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    report = Timeline(blocks, config).period(first_day, last_day)
    return suggest_from_report(report, blocks, config, now=now)


def suggest_from_report(
    report: PeriodReport, blocks: Sequence[Block], config: Config, *, now: datetime
) -> SuggestionPlan:
    """Choose protected build time in a period already analysed (see `suggest_slots`).

    For a caller that has the period's analysis already, so the blocks are not analysed twice.

    Args:
        report: the analysis of the period, made from `blocks` and `config`
            (`Timeline(blocks, config).period(first_day, last_day)`).
        blocks: stored blocks covering the period, as `suggest_slots` takes them.
        config: the config the report was made with.
        now: the aware current moment; nothing is suggested before it.

    Returns:
        The plan, as `suggest_slots` makes it for the same blocks and period.

    Raises:
        ValueError: `now` is naive.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    first_day, last_day = report.first_day, report.last_day
    busy = busy_intervals(blocks, config.focus.meeting_buffer_minutes)
    days = [FreeDay(day, config, busy, minute_ceil(now)) for day in report.days if day.working]
    finder = SlotSearch(config, report, days)
    booked, allocated, before = finder.booked, finder.allocated, finder.share
    long_period = (last_day - first_day).days >= 7
    choices: list[tuple[FreeDay, Slot, bool, bool, int]] = []
    while not finder.met:
        options = [(day, found) for day in days if (found := finder.candidate(day))]
        if not options:
            break
        day, (slot, fallback) = min(options, key=lambda item: _rank(item[0], *item[1]))
        rescues = day.rescuable and not day.taken
        choices.append((day, slot, fallback, rescues, finder.take(day, slot)))
    # Shown in time order, each with the running share as if booked in that order.
    chosen: list[Suggestion] = []
    for day, slot, fallback, rescues, grown in sorted(choices, key=lambda c: c[1].start):
        share_before = booked / allocated if allocated else 0.0
        booked, allocated = booked + slot.end - slot.start, allocated + grown
        shares = (share_before, booked / allocated)
        chosen.append(_suggestion(day, slot, fallback, rescues, shares, finder, long_period))
    by_day = {day.report.day: day for day in days}
    notes = tuple(
        f"{_day_name(day.day, long_period)}: day off"
        if day.off
        else _day_note(by_day[day.day], finder, long_period)
        for day in report.days
        if day.off or day.working
    )
    renegotiate = tuple(_renegotiation(c) for c in report.top_focus_costs[:RENEGOTIATE_LIMIT])
    return SuggestionPlan(
        suggestions=tuple(chosen),
        message=_message(report, finder, chosen, before, notes, bool(renegotiate), now),
        renegotiate=renegotiate,
        deep_work_share_before=before,
        deep_work_share_after=finder.share,
        deep_work_target=finder.target,
        target_met=finder.met,
        report_deep_work_share=report.categories["deep_work"].share,
        day_notes=notes,
        first_day=first_day,
        last_day=last_day,
        now=now.astimezone(config.timezone),
    )


def _rank(day: FreeDay, slot: Slot, fallback: bool) -> tuple[int, bool, int, bool, int]:
    return (len(day.taken), not day.rescuable, -slot.preferred, fallback, slot.start)


def _day_name(day: date, long_period: bool) -> str:
    return f"{day:%a %d %b}" if long_period else f"{day:%a}"


def _suggestion(
    day: FreeDay,
    slot: Slot,
    fallback: bool,
    rescues: bool,
    shares: tuple[float, float],
    finder: SlotSearch,
    long_period: bool,
) -> Suggestion:
    zone, focus = finder.config.timezone, finder.config.focus
    start = datetime.fromtimestamp(slot.start * 60, zone)
    end = datetime.fromtimestamp(slot.end * 60, zone)
    minutes = slot.end - slot.start
    weekday = f"{day.report.day:%A}"
    parts = [f"{weekday} has no focus block otherwise"] if rescues else []
    if fallback:
        parts.append(f"no {format_minutes(finder.full)} gap left on {weekday}")
    elif slot.gaps_fitting == 1 and slot.gap_minutes < 2 * minutes:
        parts.append(f"the only {format_minutes(minutes)} gap left on {weekday}")
    else:
        parts.append(f"in a {format_minutes(slot.gap_minutes)} free stretch")
    hours = f"{focus.preferred_start:%H:%M}-{focus.preferred_end:%H:%M}"
    if slot.preferred == minutes:
        parts.append(f"in your focus hours ({hours})")
    elif slot.preferred:
        parts.append(f"partly in your focus hours ({hours})")
    else:
        parts.append(f"no free {format_minutes(minutes)} in your focus hours ({hours})")
    change = f"booked deep work {_percent(shares[0])} -> {_percent(shares[1])}"
    label = f"{_day_name(day.report.day, long_period)} {start:%H:%M}-{end:%H:%M}"
    detail = "; ".join(parts)
    return Suggestion(
        start=start,
        end=end,
        minutes=minutes,
        reason=f"{label}: {detail}; {change}",
        uid=slot_uid(start, end),
        label=label,
        detail=detail,
        fallback=fallback,
        preferred_minutes=slot.preferred,
        rescues_day=rescues,
        share_before=shares[0],
        share_after=shares[1],
    )


def _day_note(day: FreeDay, finder: SlotSearch, long_period: bool) -> str:
    name = _day_name(day.report.day, long_period)
    if day.past:
        return f"{name}: already past"
    taken = day.taken_minutes
    if finder.cap - taken < finder.fallback:
        return f"{name}: {format_minutes(taken)} suggested, the daily cap"
    gap = day.longest_gap()
    longest = format_minutes(gap) if gap else "none"
    if finder.candidate(day) is not None:
        return f"{name}: room left (longest free gap {longest})"
    return (
        f"{name}: {'full after the suggestions' if taken else 'full'} (longest free gap {longest})"
    )


def _period_name(first: date, last: date) -> str:
    if first.weekday() == 0 and last == first + timedelta(days=6):
        return f"week {iso_week_name(first)}"
    return f"{first.isoformat()} to {last.isoformat()}"


def _message(
    report: PeriodReport,
    finder: SlotSearch,
    chosen: Sequence[Suggestion],
    before: float,
    notes: Sequence[str],
    renegotiable: bool,
    now: datetime,
) -> str:
    period = _period_name(report.first_day, report.last_day)
    target = _percent(finder.target)
    blocked = "; ".join(note for note in notes if ": room left" not in note)
    hint = " Renegotiating the meetings listed below would free more." if renegotiable else ""
    if not finder.days:
        return (
            f"No working days in {period}{': ' + blocked if blocked else ''}: nothing to suggest."
        )
    if all(day.past for day in finder.days):
        local = now.astimezone(finder.config.timezone)
        return (
            f"Nothing to suggest: every working day of {period} is already past "
            f"(now is {local:%a %Y-%m-%d %H:%M})."
        )
    if finder.target <= 0:
        return "The deep-work target is 0 %: nothing to suggest."
    if not chosen and finder.met:
        return (
            f"Booked deep work is already {_percent(before)} of {period} (target {target}): "
            "no more build time needed."
        )
    if not chosen:
        return (
            f"No free {format_minutes(finder.fallback)} slot in {period}: {blocked}. "
            f"Booked deep work stays {_percent(before)} (target {target}).{hint}"
        )
    total = format_minutes(sum(item.minutes for item in chosen))
    count = f"{len(chosen)} slot{'s' if len(chosen) != 1 else ''}, {total} of build time"
    change = f"booked deep work {_percent(before)} -> {_percent(finder.share)}"
    if finder.met:
        return f"{count}: {change} (target {target})."
    return f"{count}: {change}, short of the {target} target; no room left: {blocked}.{hint}"


def _renegotiation(cost: SeriesCost) -> Renegotiation:
    summary = plain(cost.summary) or "(no title)"
    meetings = format_minutes(cost.meeting_minutes)
    plural = "s" if cost.occurrences != 1 else ""
    kind = (
        f"recurring, {cost.occurrences} meeting{plural}, {meetings} in all"
        if cost.recurring
        else f"one-off, {meetings}"
    )
    freed = format_minutes(cost.focus_cost_minutes)
    return Renegotiation(
        cost=cost,
        reason=(
            f"{summary} ({kind}) costs {freed} of focus time: "
            f"dropping it frees {freed}; moving it next to another meeting or to the edge of "
            "the day frees up to that"
        ),
    )
