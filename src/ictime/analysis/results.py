"""Frozen result values of the analysis and their JSON form (the `report` contract)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ictime.model import CATEGORIES

JsonObject = dict[str, Any]


def _fraction(value: float) -> float:
    return round(value, 4)


@dataclass(frozen=True)
class CategoryShare:
    """A category's counted minutes, its share of the allocated total, target and drift.

    Shares, targets and drift are fractions (0.5 is 50 %; drift 0.05 is 5 points).
    """

    minutes: int
    share: float
    target: float
    drift: float
    on_track: bool

    def to_json(self) -> JsonObject:
        """The contract's {minutes, share, target, drift} plus `on_track`."""
        return {
            "minutes": self.minutes,
            "share": _fraction(self.share),
            "target": _fraction(self.target),
            "drift": _fraction(self.drift),
            "on_track": self.on_track,
        }


@dataclass(frozen=True)
class FocusBlock:
    """An open (or solo deep-work) stretch of working time at least the focus minimum long."""

    start: datetime
    end: datetime
    minutes: int
    open_minutes: int

    def to_json(self) -> JsonObject:
        """{start, end} with offsets, plus the lengths."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "minutes": self.minutes,
            "open_minutes": self.open_minutes,
        }


@dataclass(frozen=True)
class OpenGap:
    """A stretch of working time that no counted block covers, as a day's agenda shows it."""

    start: datetime
    end: datetime
    minutes: int
    in_focus_block: bool
    """Whether the gap lies in a focus block (so it is worth keeping free)."""


@dataclass(frozen=True)
class DayReport:
    """One local day of the period."""

    day: date
    working: bool
    off: bool
    working_minutes: int
    open_minutes: int
    focus_minutes: int
    fragmented_minutes: int
    longest_stretch_minutes: int
    meeting_minutes: int
    after_hours_meeting_minutes: int
    conflict_minutes: int
    focus_blocks: tuple[FocusBlock, ...]
    open_gaps: tuple[OpenGap, ...] = ()
    """The open time of the working window, in time order."""

    def to_json(self) -> JsonObject:
        """Every field but the focus blocks and open gaps, dates as ISO strings."""
        return {
            "day": self.day.isoformat(),
            "working": self.working,
            "off": self.off,
            "working_minutes": self.working_minutes,
            "open_minutes": self.open_minutes,
            "focus_minutes": self.focus_minutes,
            "fragmented_minutes": self.fragmented_minutes,
            "longest_stretch_minutes": self.longest_stretch_minutes,
            "meeting_minutes": self.meeting_minutes,
            "after_hours_meeting_minutes": self.after_hours_meeting_minutes,
            "conflict_minutes": self.conflict_minutes,
        }


@dataclass(frozen=True)
class Chain:
    """Meetings each starting at most the back-to-back gap after the previous one ended."""

    start: datetime
    end: datetime
    meetings: int
    summaries: tuple[str, ...]

    @property
    def minutes(self) -> int:
        """Wall time from the first start to the last end."""
        return int((self.end - self.start).total_seconds() // 60)

    def to_json(self) -> JsonObject:
        """{start, end, minutes, meetings, summaries}."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "minutes": self.minutes,
            "meetings": self.meetings,
            "summaries": list(self.summaries),
        }


@dataclass(frozen=True)
class HeavyDay:
    """A day with at least the configured hours of meetings."""

    day: date
    minutes: int

    def to_json(self) -> JsonObject:
        """{day, minutes}."""
        return {"day": self.day.isoformat(), "minutes": self.minutes}


@dataclass(frozen=True)
class MeetingStats:
    """Meeting load of the period (minutes after overlap resolution)."""

    minutes: int
    count: int
    share: float
    back_to_back: tuple[Chain, ...]
    heavy_days: tuple[HeavyDay, ...]
    after_hours_minutes: int
    conflict_minutes: int
    share_limit: float

    def to_json(self) -> JsonObject:
        """The contract's `meetings` object, plus the overload `share_limit`."""
        return {
            "minutes": self.minutes,
            "count": self.count,
            "share": _fraction(self.share),
            "back_to_back": [chain.to_json() for chain in self.back_to_back],
            "heavy_days": [heavy.to_json() for heavy in self.heavy_days],
            "after_hours_minutes": self.after_hours_minutes,
            "conflict_minutes": self.conflict_minutes,
            "share_limit": _fraction(self.share_limit),
        }


@dataclass(frozen=True)
class SeriesCost:
    """The focus time a meeting series (or one-off meeting) cost in the period."""

    series: str
    summary: str
    recurring: bool
    occurrences: int
    meeting_minutes: int
    focus_cost_minutes: int
    per_week_minutes: int

    def to_json(self) -> JsonObject:
        """Every field."""
        return {
            "series": self.series,
            "summary": self.summary,
            "recurring": self.recurring,
            "occurrences": self.occurrences,
            "meeting_minutes": self.meeting_minutes,
            "focus_cost_minutes": self.focus_cost_minutes,
            "per_week_minutes": self.per_week_minutes,
        }


@dataclass(frozen=True)
class Alert:
    """An overload signal with a plain message; `day` is None for period-wide ones."""

    kind: str
    message: str
    day: date | None

    def to_json(self) -> JsonObject:
        """{kind, message, day}."""
        return {
            "kind": self.kind,
            "message": self.message,
            "day": None if self.day is None else self.day.isoformat(),
        }


@dataclass(frozen=True)
class UntaggedBlock:
    """A block no rule tagged, with the minutes it took in the period, to triage."""

    id: str
    summary: str
    start: datetime
    minutes: int

    def to_json(self) -> JsonObject:
        """{id, summary, start, minutes}."""
        return {
            "id": self.id,
            "summary": self.summary,
            "start": self.start.isoformat(),
            "minutes": self.minutes,
        }


@dataclass(frozen=True)
class WeekTrend:
    """One week of the trend: shares and drift, and the change in share since the week before."""

    week: str
    first_day: date
    last_day: date
    working_minutes: int
    allocated_minutes: int
    categories: Mapping[str, CategoryShare]
    untagged_minutes: int
    meeting_minutes: int
    meeting_share: float
    focus_minutes: int
    on_track: bool
    change: Mapping[str, float] | None
    not_work_minutes: int = 0

    def to_json(self) -> JsonObject:
        """One entry of the contract's `trend` list."""
        return {
            "week": self.week,
            "from": self.first_day.isoformat(),
            "to": self.last_day.isoformat(),
            "working_minutes": self.working_minutes,
            "allocated_minutes": self.allocated_minutes,
            "categories": {key: share.to_json() for key, share in self.categories.items()},
            "untagged_minutes": self.untagged_minutes,
            "not_work_minutes": self.not_work_minutes,
            "meeting_minutes": self.meeting_minutes,
            "meeting_share": _fraction(self.meeting_share),
            "focus_minutes": self.focus_minutes,
            "on_track": self.on_track,
            "change": None
            if self.change is None
            else {key: _fraction(delta) for key, delta in self.change.items()},
        }


@dataclass(frozen=True)
class LapsedRelationship:
    """Someone met one-to-one regularly, but not within the configured number of weeks."""

    email: str
    last_met: date
    weeks_since: int
    meetings: int
    typical_gap_days: int
    summary: str
    next_meeting: date | None

    def to_json(self) -> JsonObject:
        """Every field, dates as ISO strings."""
        return {
            "email": self.email,
            "last_met": self.last_met.isoformat(),
            "weeks_since": self.weeks_since,
            "meetings": self.meetings,
            "typical_gap_days": self.typical_gap_days,
            "summary": self.summary,
            "next_meeting": None if self.next_meeting is None else self.next_meeting.isoformat(),
        }


@dataclass(frozen=True)
class PeriodReport:
    """Where a period's time went: capacity, allocation, focus, overload, focus costs.

    `trend` and `lapsed` are filled by the caller when asked for (with `dataclasses.replace`);
    `to_json` then adds the `trend` and `lapsed_relationships` fields.
    """

    first_day: date
    last_day: date
    timezone: str
    working_days: tuple[date, ...]
    days_off: tuple[date, ...]
    working_minutes: int
    allocated_minutes: int
    categories: Mapping[str, CategoryShare]
    untagged_minutes: int
    open_minutes: int
    focus_minutes: int
    open_focus_minutes: int
    fragmented_minutes: int
    focus_blocks: tuple[FocusBlock, ...]
    meetings: MeetingStats
    top_focus_costs: tuple[SeriesCost, ...]
    alerts: tuple[Alert, ...]
    days: tuple[DayReport, ...]
    untagged_blocks: tuple[UntaggedBlock, ...]
    drift_tolerance: float
    focus_counted_as_deep_work: bool
    trend: tuple[WeekTrend, ...] | None = None
    lapsed: tuple[LapsedRelationship, ...] | None = None
    # Minutes counted in a category on a guess (a tag from weak evidence).
    guess_minutes: int = 0
    # Minutes of blocks decided not to be work: in no category, not untagged, not allocated.
    not_work_minutes: int = 0

    @property
    def on_track(self) -> bool:
        """Every category within the drift tolerance of its target."""
        return all(share.on_track for share in self.categories.values())

    @property
    def untagged_share(self) -> float:
        """Untagged minutes as a fraction of the allocated total."""
        return self.untagged_minutes / self.allocated_minutes if self.allocated_minutes else 0.0

    @property
    def guess_share(self) -> float:
        """Minutes tagged on a guess as a fraction of the allocated total."""
        return self.guess_minutes / self.allocated_minutes if self.allocated_minutes else 0.0

    def to_json(self) -> JsonObject:
        """The `report` JSON object (docs/json.md)."""
        result: JsonObject = {
            "period": {"from": self.first_day.isoformat(), "to": self.last_day.isoformat()},
            "timezone": self.timezone,
            "working_days": len(self.working_days),
            "days_off": [day.isoformat() for day in self.days_off],
            "working_minutes": self.working_minutes,
            "allocated_minutes": self.allocated_minutes,
            "categories": {key: self.categories[key].to_json() for key in CATEGORIES},
            "untagged_minutes": self.untagged_minutes,
            "untagged_share": _fraction(self.untagged_share),
            "guess_minutes": self.guess_minutes,
            "not_work_minutes": self.not_work_minutes,
            "open_minutes": self.open_minutes,
            "focus_minutes": self.focus_minutes,
            "open_focus_minutes": self.open_focus_minutes,
            "fragmented_minutes": self.fragmented_minutes,
            "focus_counted_as_deep_work": self.focus_counted_as_deep_work,
            "focus_blocks": [block.to_json() for block in self.focus_blocks],
            "meetings": self.meetings.to_json(),
            "top_focus_costs": [cost.to_json() for cost in self.top_focus_costs],
            "alerts": [alert.to_json() for alert in self.alerts],
            "on_track": self.on_track,
            "drift_tolerance": _fraction(self.drift_tolerance),
            "untagged_blocks": [block.to_json() for block in self.untagged_blocks],
            "days": [day.to_json() for day in self.days],
        }
        if self.trend is not None:
            result["trend"] = [week.to_json() for week in self.trend]
        if self.lapsed is not None:
            result["lapsed_relationships"] = [person.to_json() for person in self.lapsed]
        return result
