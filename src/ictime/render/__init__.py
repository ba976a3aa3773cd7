"""Renderings for people and programs: tables, JSON, CSV, the Markdown review, the .ics writer.

Each submodule loads on first use of one of its names, so `ictime blocks --format json` does
not pay for rich's tables.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ictime.render.blocks import (
        BLOCK_FIELDS,
        block_record,
        blocks_csv,
        blocks_json,
        import_progress,
        print_blocks_table,
        print_import_report,
    )
    from ictime.render.build_time_ics import SUMMARY, suggestions_ics
    from ictime.render.markdown import render_markdown
    from ictime.render.report import render_csv, render_table
    from ictime.render.suggestions import (
        print_suggestions_table,
        suggestion_record,
        suggestions_json,
    )

_HOMES = {
    "blocks": (
        "BLOCK_FIELDS",
        "block_record",
        "blocks_csv",
        "blocks_json",
        "import_progress",
        "print_blocks_table",
        "print_import_report",
    ),
    "build_time_ics": ("SUMMARY", "suggestions_ics"),
    "markdown": ("render_markdown",),
    "report": ("render_csv", "render_table"),
    "suggestions": ("print_suggestions_table", "suggestion_record", "suggestions_json"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "BLOCK_FIELDS",
    "SUMMARY",
    "block_record",
    "blocks_csv",
    "blocks_json",
    "import_progress",
    "print_blocks_table",
    "print_import_report",
    "print_suggestions_table",
    "render_csv",
    "render_markdown",
    "render_table",
    "suggestion_record",
    "suggestions_ics",
    "suggestions_json",
]


def __getattr__(name: str) -> Any:
    """Load the submodule that holds `name` on first use."""
    if name in _HOME_OF:
        return getattr(import_module(f"ictime.render.{_HOME_OF[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
