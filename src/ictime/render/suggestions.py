"""How `ictime suggest` shows a plan: a rich table and the JSON contract."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ictime.analysis import format_minutes
from ictime.suggest import Suggestion, SuggestionPlan

if TYPE_CHECKING:
    from rich.console import Console


def suggestion_record(suggestion: Suggestion) -> dict[str, Any]:
    """One suggestion as the JSON contract names it: {start, end, minutes, reason}, plus extras.

    Args:
        suggestion: the suggestion.

    Returns:
        The contract's fields (times ISO 8601 with offset) and `uid`, `fallback`,
        `preferred_minutes`, `rescues_day`, and the booked deep-work shares before and after.
    """
    return {
        "start": suggestion.start.isoformat(),
        "end": suggestion.end.isoformat(),
        "minutes": suggestion.minutes,
        "reason": suggestion.reason,
        "uid": suggestion.uid,
        "fallback": suggestion.fallback,
        "preferred_minutes": suggestion.preferred_minutes,
        "rescues_day": suggestion.rescues_day,
        "deep_work_share_before": round(suggestion.share_before, 4),
        "deep_work_share_after": round(suggestion.share_after, 4),
    }


def suggestions_json(plan: SuggestionPlan) -> str:
    """The `suggest --format json` document.

    Args:
        plan: the plan.

    Returns:
        A JSON list of suggestion records, in time order.
    """
    return json.dumps(
        [suggestion_record(item) for item in plan.suggestions], indent=2, ensure_ascii=False
    )


def print_suggestions_table(plan: SuggestionPlan, console: Console | None = None) -> None:
    """Print the plan: the suggestions as a table, the summary, what to renegotiate.

    Args:
        plan: the plan.
        console: where to print; None means a console on stdout.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ictime.textsafe import plain

    out = console or Console()
    if plan.suggestions:
        table = Table(box=None, header_style="bold", pad_edge=False)
        for name in ("day", "time", "length", "deep work", "why"):
            table.add_column(name, no_wrap=name != "why")
        for item in plan.suggestions:
            table.add_row(
                f"{item.start:%a %Y-%m-%d}",
                f"{item.start:%H:%M}-{item.end:%H:%M}",
                format_minutes(item.minutes),
                f"{item.share_before * 100:.0f} -> {item.share_after * 100:.0f} %",
                Text(item.detail or item.reason),
            )
        out.print(table)
        out.print()
    out.print(Text(plan.message))
    if plan.report_deep_work_share > plan.deep_work_share_before + 0.005:
        out.print(
            Text(
                f"Booked deep work counts deep-work blocks on the calendar; the report also "
                f"counts open focus time as deep work ({plan.report_deep_work_share * 100:.0f} %).",
                style="dim",
            )
        )
    if plan.renegotiate:
        out.print()
        out.print(Text("Worth renegotiating:", style="bold"))
        for meeting in plan.renegotiate:
            out.print(Text(f"  • {plain(meeting.reason)}"))
