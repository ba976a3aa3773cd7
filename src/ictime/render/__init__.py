"""Renderings for people and programs: tables, JSON, CSV, the Markdown review, the .ics writer.

Each submodule loads on first use of one of its names, so `ictime blocks --format json` does
not pay for rich's tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ictime.lazy import lazy_exports

if TYPE_CHECKING:
    from ictime.render.blocks import (
        BLOCK_FIELDS,
        block_record,
        blocks_csv,
        blocks_json,
        print_blocks_table,
    )
    from ictime.render.build_time_ics import SUMMARY, suggestions_ics
    from ictime.render.changes import (
        added_today_line,
        changes_markdown,
        changes_record,
        moved_text,
        print_changes_table,
        summary_line,
        when,
    )
    from ictime.render.learned import learned_json, print_learned_table
    from ictime.render.markdown import render_markdown
    from ictime.render.report import render_csv, render_table
    from ictime.render.suggestions import (
        print_suggestions_table,
        suggestion_record,
        suggestions_json,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        "blocks": (
            "BLOCK_FIELDS",
            "block_record",
            "blocks_csv",
            "blocks_json",
            "print_blocks_table",
        ),
        "build_time_ics": ("SUMMARY", "suggestions_ics"),
        "learned": ("learned_json", "print_learned_table"),
        "changes": (
            "added_today_line",
            "changes_markdown",
            "changes_record",
            "moved_text",
            "print_changes_table",
            "summary_line",
            "when",
        ),
        "markdown": ("render_markdown",),
        "report": ("render_csv", "render_table"),
        "suggestions": ("print_suggestions_table", "suggestion_record", "suggestions_json"),
    },
)

__all__ = [
    "BLOCK_FIELDS",
    "SUMMARY",
    "added_today_line",
    "block_record",
    "blocks_csv",
    "blocks_json",
    "changes_markdown",
    "changes_record",
    "learned_json",
    "moved_text",
    "print_blocks_table",
    "print_changes_table",
    "print_learned_table",
    "print_suggestions_table",
    "render_csv",
    "render_markdown",
    "render_table",
    "suggestion_record",
    "suggestions_ics",
    "suggestions_json",
    "summary_line",
    "when",
]
