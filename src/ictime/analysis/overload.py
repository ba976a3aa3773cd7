"""Meeting overload: back-to-back chains, heavy days, alerts, and each meeting's focus cost."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ictime.analysis.intervals import Frame, Span, SpanIndex, focus_minutes_of, from_minute
from ictime.analysis.results import Alert, Chain, DayReport, HeavyDay, SeriesCost
from ictime.config import Config
from ictime.timeutil import format_minutes

# Alerts of one day are listed in this order; period-wide alerts come first.
_ALERT_ORDER: tuple[str, ...] = (
    "meeting_share",
    "low_focus",
    "heavy_day",
    "no_focus_day",
    "back_to_back",
    "after_hours",
    "conflict",
)


def back_to_back_chains(meetings: Sequence[Span], config: Config) -> list[Chain]:
    """Runs of meetings each starting within the gap limit of the run's end so far.

    A run is a chain when it has at least two meetings and either `chain_min_meetings`
    meetings or `chain_min_hours` from first start to last end. Overlapping meetings chain.

    Args:
        meetings: meeting spans in start order.
        config: supplies the zone and the overload thresholds.

    Returns:
        The chains in time order.
    """
    limits = config.overload
    found: list[Chain] = []
    run: list[Span] = []
    run_end = 0

    def close() -> None:
        long_enough = run_end - run[0].start >= limits.chain_min_hours * 60
        if len(run) >= 2 and (len(run) >= limits.chain_min_meetings or long_enough):
            zone = config.timezone
            found.append(
                Chain(
                    from_minute(run[0].start, zone),
                    from_minute(run_end, zone),
                    len(run),
                    tuple(span.block.summary for span in run),
                )
            )

    for span in meetings:
        if run and span.start - run_end > limits.back_to_back_gap_minutes:
            close()
            run = []
        if not run:
            run_end = span.end
        run.append(span)
        run_end = max(run_end, span.end)
    if run:
        close()
    return found


def heavy_days(days: Sequence[DayReport], config: Config) -> list[HeavyDay]:
    """Days with at least `heavy_day_hours` of (resolved) meeting minutes.

    Args:
        days: the period's days.
        config: supplies the threshold.

    Returns:
        The heavy days in order.
    """
    limit = config.overload.heavy_day_hours * 60
    return [HeavyDay(day.day, day.meeting_minutes) for day in days if day.meeting_minutes >= limit]


def series_costs(index: SpanIndex, frames: Sequence[Frame], config: Config) -> list[SeriesCost]:
    """Focus cost of each meeting series in the period, largest first.

    A meeting's focus cost is the focus time its working day would have without it, minus the
    focus time it has. A recurring series (same UID) sums its occurrences; a one-off meeting is
    its own series.

    Args:
        index: the spans to look in.
        frames: the period's days.
        config: supplies the focus minimum.

    Returns:
        One entry per series with a meeting in the period, by cost then meeting time.
    """
    if not frames:
        return []
    min_block = config.focus.min_block_minutes
    cost_by_block: dict[str, int] = {}
    for frame in frames:
        if frame.work_end <= frame.work_start:
            continue
        window = index.between(frame.work_start, frame.work_end)
        meetings = [i for i, span in enumerate(window) if span.block.attendees > 0]
        if not meetings:
            continue
        base = focus_minutes_of(window, frame.work_start, frame.work_end, min_block)
        for i in meetings:
            without = window[:i] + window[i + 1 :]
            gained = focus_minutes_of(without, frame.work_start, frame.work_end, min_block) - base
            block_id = window[i].block.id
            cost_by_block[block_id] = cost_by_block.get(block_id, 0) + gained
    period = index.between(frames[0].start, frames[-1].end)
    grouped: dict[str, list[Span]] = {}
    for span in period:
        if span.block.attendees > 0:
            key = span.block.uid if span.block.recurring else span.block.id
            grouped.setdefault(key, []).append(span)
    # A period shorter than a week is not extrapolated to one.
    weeks = max(1.0, len(frames) / 7)
    costs: list[SeriesCost] = []
    for key, members in grouped.items():
        cost = sum(cost_by_block.get(span.block.id, 0) for span in members)
        costs.append(
            SeriesCost(
                series=key,
                summary=members[-1].block.summary,
                recurring=members[0].block.recurring,
                occurrences=len(members),
                meeting_minutes=sum(span.end - span.start for span in members),
                focus_cost_minutes=cost,
                per_week_minutes=round(cost / weeks),
            )
        )
    costs.sort(key=lambda c: (-c.focus_cost_minutes, -c.meeting_minutes, c.summary))
    return costs


def _day_label(day: date, long_period: bool) -> str:
    return f"{day:%A} {day.isoformat()}" if long_period else f"{day:%A}"


def build_alerts(
    days: Sequence[DayReport],
    chains: Sequence[Chain],
    meeting_share: float,
    focus_minutes: int,
    config: Config,
) -> list[Alert]:
    """Every overload signal of the period, each with a plain message.

    A heavy day without a focus block says so in its own message rather than in a separate
    `no_focus_day` alert.

    Args:
        days: the period's days.
        chains: back-to-back chains.
        meeting_share: meeting minutes in working hours over working minutes.
        focus_minutes: focus minutes of the period.
        config: supplies the thresholds.

    Returns:
        Period-wide alerts, then each day's, in day order.
    """
    limits = config.overload
    long_period = len(days) > 7
    alerts: list[Alert] = []
    working_days = [day for day in days if day.working]
    if working_days and meeting_share * 100 > limits.meeting_share_percent:
        alerts.append(
            Alert(
                "meeting_share",
                f"Meetings took {meeting_share * 100:.0f} % of working time "
                f"(limit {limits.meeting_share_percent:g} %)",
                None,
            )
        )
    # The weekly focus floor scales with the working days actually available.
    weekly_days = max(1, len(config.work.days))
    floor = round(limits.min_focus_hours_per_week * 60 * len(working_days) / weekly_days)
    if working_days and focus_minutes < floor:
        alerts.append(
            Alert(
                "low_focus",
                f"{format_minutes(focus_minutes)} of focus time (at least "
                f"{format_minutes(floor)} wanted for {len(working_days)} working days)",
                None,
            )
        )
    heavy = {h.day for h in heavy_days(days, config)}
    for day in days:
        label = _day_label(day.day, long_period)
        if day.day in heavy:
            suffix = ", no focus block" if day.working and not day.focus_blocks else ""
            message = f"{label}: {format_minutes(day.meeting_minutes)} of meetings{suffix}"
            alerts.append(Alert("heavy_day", message, day.day))
        elif day.working and not day.focus_blocks:
            longest = format_minutes(day.longest_stretch_minutes)
            message = f"{label}: no focus block (longest free stretch {longest})"
            alerts.append(Alert("no_focus_day", message, day.day))
        if day.after_hours_meeting_minutes:
            minutes = format_minutes(day.after_hours_meeting_minutes)
            alerts.append(
                Alert("after_hours", f"{label}: {minutes} of meetings after hours", day.day)
            )
        if day.conflict_minutes:
            minutes = format_minutes(day.conflict_minutes)
            alerts.append(Alert("conflict", f"{label}: {minutes} double-booked", day.day))
    zone = config.timezone
    for chain in chains:
        chain_day = chain.start.astimezone(zone).date()
        message = (
            f"{_day_label(chain_day, long_period)}: {chain.meetings} meetings back to back, "
            f"{chain.start:%H:%M}–{chain.end:%H:%M} ({format_minutes(chain.minutes)})"
        )
        alerts.append(Alert("back_to_back", message, chain_day))
    alerts.sort(key=lambda a: (a.day is not None, a.day or date.min, _ALERT_ORDER.index(a.kind)))
    return alerts
