"""The one service layer that the command line and the TUI share, so both say the same numbers."""

from ictime.service.blocks import (
    ServiceError,
    block_from_row,
    explain_block,
    find_block,
    list_blocks,
    make_classifier,
    refresh_rule_tags,
    tag_block,
)
from ictime.service.imports import SourceReport, import_sources, resolve_sources
from ictime.service.reports import period_report
from ictime.service.suggest import suggest_week

__all__ = [
    "ServiceError",
    "SourceReport",
    "block_from_row",
    "explain_block",
    "find_block",
    "import_sources",
    "list_blocks",
    "make_classifier",
    "period_report",
    "refresh_rule_tags",
    "resolve_sources",
    "suggest_week",
    "tag_block",
]
