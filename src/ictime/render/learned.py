"""What ictime learned from corrections, as a table or JSON (`ictime learned`).

Titles are calendar text: the table gets them as `rich.text.Text`, never markup.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ictime.model import NOT_WORK, NOT_WORK_WORD, UNTAGGED

if TYPE_CHECKING:
    from ictime.classify.learned import Example

LearnedRow = tuple["Example", int]
"""An example and how many stored blocks take their tag from it."""


def learned_record(example: Example, blocks: int) -> dict[str, Any]:
    """An example as the JSON contract names its fields (docs/json.md)."""
    return {
        "id": example.id,
        "title": example.title,
        # "Not work" is `untagged` here as in `blocks` (an example is always a decision).
        "category": UNTAGGED if example.category == NOT_WORK else example.category,
        "organizer": example.organizer or None,
        "people": example.people,
        "day": example.day.isoformat(),
        "tagged_on": example.tagged_on.isoformat(),
        "confirmation": example.agrees,
        "blocks": blocks,
    }


def learned_json(rows: Sequence[LearnedRow]) -> str:
    """The `learned --format json` document."""
    return json.dumps([learned_record(*row) for row in rows], indent=2, ensure_ascii=False)


def print_learned_table(rows: Sequence[LearnedRow]) -> None:
    """Print the examples as a rich table on stdout."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ictime.textsafe import plain

    console = Console()
    if not rows:
        console.print("Nothing learned yet: `ictime tag` a block and similar ones follow it.")
        return
    table = Table(box=None, header_style="bold", pad_edge=False)
    widths = {"id": 3, "tagged": 10, "category": 13, "people": 11, "blocks": 6}
    for name, width in widths.items():
        table.add_column(
            name,
            justify="right" if name in ("id", "blocks") else "left",
            no_wrap=True,
            min_width=width,
        )
    table.add_column("like", overflow="ellipsis", no_wrap=True)
    for example, blocks in rows:
        table.add_row(
            str(example.id),
            example.tagged_on.isoformat(),
            NOT_WORK_WORD if example.category == NOT_WORK else example.category,
            example.people,
            str(blocks),
            Text(plain(example.title)),
        )
    console.print(table)
    console.print("Forget one with `ictime learned --forget ID`.")
