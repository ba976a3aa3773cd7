"""Where the time went: allocation, drift, overload and focus costs of stored blocks.

Pure: blocks and the config go in, frozen values come out. What counts, and how, is
described in `docs/calendar-semantics.md`.
"""

from ictime.analysis.changes import (
    BlockChange,
    BuildTimeKept,
    FocusChanges,
    MeetingChanges,
    PeriodChanges,
    SourceHistory,
    SourceMark,
    compare_period,
)
from ictime.analysis.people import (
    lapsed_relationships,
)
from ictime.analysis.results import (
    Alert,
    CategoryShare,
    Chain,
    DayReport,
    FocusBlock,
    HeavyDay,
    LapsedRelationship,
    MeetingStats,
    OpenGap,
    PeriodReport,
    SeriesCost,
    UntaggedBlock,
    WeekTrend,
)
from ictime.analysis.timeline import (
    Timeline,
    analyse_period,
    focus_costs,
    trailing_weeks,
    weekly_trend,
)
from ictime.timeutil import format_minutes  # the analysis' words for durations

__all__ = [
    "Alert",
    "BlockChange",
    "BuildTimeKept",
    "CategoryShare",
    "Chain",
    "DayReport",
    "FocusBlock",
    "FocusChanges",
    "HeavyDay",
    "LapsedRelationship",
    "MeetingChanges",
    "MeetingStats",
    "OpenGap",
    "PeriodChanges",
    "PeriodReport",
    "SeriesCost",
    "SourceHistory",
    "SourceMark",
    "Timeline",
    "UntaggedBlock",
    "WeekTrend",
    "analyse_period",
    "compare_period",
    "focus_costs",
    "format_minutes",
    "lapsed_relationships",
    "trailing_weeks",
    "weekly_trend",
]
