"""Blocks as a table, JSON (the `blocks` contract) or CSV.

Calendar text is untrusted: tables get it as `rich.text.Text` (never parsed as markup) with
control characters removed, and no CSV cell can become a spreadsheet formula.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ictime.model import Block, tag_word
from ictime.render.spreadsheet import csv_document

BLOCK_FIELDS: tuple[str, ...] = (
    "id",
    "uid",
    "recurrence_id",
    "calendar",
    "summary",
    "start",
    "end",
    "all_day",
    "status",
    "my_partstat",
    "attendees",
    "counted",
    "category",
    "tag_source",
    "rule",
    "confident",
    "tentative",
    "not_counted_reason",
)


def block_record(block: Block) -> dict[str, Any]:
    """A block as the JSON contract names its fields."""
    return {
        "id": block.id,
        "uid": block.uid,
        "recurrence_id": block.recurrence_id,
        "calendar": block.calendar,
        "summary": block.summary,
        "start": block.start.isoformat(),
        "end": block.end.isoformat(),
        "all_day": block.all_day,
        "status": block.status,
        "my_partstat": block.my_partstat,
        "attendees": block.attendees,
        "counted": block.counted,
        "category": block.category,
        "tag_source": block.tag_source,
        "rule": block.rule,
        "confident": block.confident,
        "tentative": block.tentative,
        "not_counted_reason": block.not_counted_reason or None,
    }


def blocks_json(blocks: Sequence[Block]) -> str:
    """The `blocks --format json` document."""
    return json.dumps([block_record(b) for b in blocks], indent=2, ensure_ascii=False)


def blocks_csv(blocks: Sequence[Block]) -> str:
    """The `blocks --format csv` document, with a header row (safe to open in a spreadsheet)."""
    records = (block_record(block) for block in blocks)
    return csv_document(
        BLOCK_FIELDS, ([record[name] for name in BLOCK_FIELDS] for record in records)
    )


def print_blocks_table(blocks: Sequence[Block]) -> None:
    """Print blocks as a rich table on stdout."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ictime.textsafe import plain

    table = Table(box=None, header_style="bold", pad_edge=False)
    widths = {"id": 12, "day": 9, "time": 11, "min": 4, "category": len("communication?")}
    for name, width in widths.items():
        table.add_column(
            name, justify="right" if name == "min" else "left", no_wrap=True, min_width=width
        )
    table.add_column("summary", overflow="ellipsis", no_wrap=True)
    table.add_column("notes", overflow="fold")
    for block in blocks:
        when = "all day" if block.all_day else f"{block.start:%H:%M}-{block.end:%H:%M}"
        notes = [block.not_counted_reason] if not block.counted else []
        if block.counted and block.tentative:
            notes.append("tentative")
        if block.tag_source in ("manual", "series", "learned"):
            notes.append(f"tag: {block.tag_source}")
        if block.counted and block.guess:
            notes.append("guess")
        table.add_row(
            block.id,
            f"{block.start:%a %m-%d}",
            when,
            str(block.minutes),
            tag_word(block) + ("?" if block.guess else ""),
            Text(plain(block.summary)),
            ", ".join(notes),
            style=None if block.counted else "dim",
        )
    console = Console()
    if not blocks:
        console.print("No blocks in that period. Import a calendar with `ictime import FILE`.")
        return
    console.print(table)
