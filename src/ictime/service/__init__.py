"""The one service layer that the command line and the TUI share, so both say the same numbers.

Each submodule loads on first use of one of its names: a screen that imports a view does not
pay for the store until it reads one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ictime.lazy import lazy_exports

if TYPE_CHECKING:
    from ictime.service.blocks import (
        RuleTooSlow,
        ServiceError,
        block_from_row,
        find_block,
        list_blocks,
        make_classifier,
        open_store,
        refresh_rule_tags,
        tag_block,
    )
    from ictime.service.changes import day_changes, period_began, period_changes, week_changes
    from ictime.service.demo import (
        DEMO_TIMEZONE,
        DEMO_TODAY,
        demo_calendar_path,
        demo_config,
        demo_plan_path,
        import_demo,
    )
    from ictime.service.explain import explain_block
    from ictime.service.imports import SourceReport, import_sources, resolve_sources
    from ictime.service.learning import LearnedExample, forget_learned, list_learned
    from ictime.service.refresh import (
        NUDGE_AFTER,
        Download,
        describe_refresh,
        download,
        import_downloads,
        last_import_age,
        stale_sources,
    )
    from ictime.service.reports import period_report
    from ictime.service.suggest import suggest_week
    from ictime.service.views import (
        TREND_WEEKS,
        DayView,
        TriageView,
        WeekView,
        first_look,
        load_day,
        load_triage,
        load_week,
        plan_week,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        "blocks": (
            "RuleTooSlow",
            "ServiceError",
            "block_from_row",
            "find_block",
            "list_blocks",
            "make_classifier",
            "open_store",
            "refresh_rule_tags",
            "tag_block",
        ),
        "changes": ("day_changes", "period_began", "period_changes", "week_changes"),
        "explain": ("explain_block",),
        "demo": (
            "DEMO_TIMEZONE",
            "DEMO_TODAY",
            "demo_calendar_path",
            "demo_config",
            "demo_plan_path",
            "import_demo",
        ),
        "learning": ("LearnedExample", "forget_learned", "list_learned"),
        "imports": ("SourceReport", "import_sources", "resolve_sources"),
        "refresh": (
            "NUDGE_AFTER",
            "Download",
            "describe_refresh",
            "download",
            "import_downloads",
            "last_import_age",
            "stale_sources",
        ),
        "reports": ("period_report",),
        "suggest": ("suggest_week",),
        "views": (
            "TREND_WEEKS",
            "DayView",
            "TriageView",
            "WeekView",
            "first_look",
            "load_day",
            "load_triage",
            "load_week",
            "plan_week",
        ),
    },
)

__all__ = [
    "DEMO_TIMEZONE",
    "DEMO_TODAY",
    "NUDGE_AFTER",
    "TREND_WEEKS",
    "DayView",
    "Download",
    "LearnedExample",
    "RuleTooSlow",
    "ServiceError",
    "SourceReport",
    "TriageView",
    "WeekView",
    "block_from_row",
    "day_changes",
    "demo_calendar_path",
    "demo_config",
    "demo_plan_path",
    "describe_refresh",
    "download",
    "explain_block",
    "find_block",
    "first_look",
    "forget_learned",
    "import_demo",
    "import_downloads",
    "import_sources",
    "last_import_age",
    "list_blocks",
    "list_learned",
    "load_day",
    "load_triage",
    "load_week",
    "make_classifier",
    "open_store",
    "period_began",
    "period_changes",
    "period_report",
    "plan_week",
    "refresh_rule_tags",
    "resolve_sources",
    "stale_sources",
    "suggest_week",
    "tag_block",
    "week_changes",
]
