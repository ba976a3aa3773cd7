"""Command-line output: blocks as a table, JSON or CSV, import summaries, the progress bar.

Calendar text is untrusted: tables get it as `rich.text.Text` (never parsed as markup) with
control characters removed.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from ictime.model import Block

if TYPE_CHECKING:
    from ictime.service import SourceReport

# Below this many events a file imports too fast for a bar to help.
PROGRESS_MIN_EVENTS = 500

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
    "tentative",
    "not_counted_reason",
)


def is_tentative(block: Block) -> bool:
    """Tentative or unanswered: counted, but flagged."""
    return block.status == "TENTATIVE" or block.my_partstat in ("TENTATIVE", "NEEDS-ACTION")


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
        "tentative": is_tentative(block),
        "not_counted_reason": block.not_counted_reason or None,
    }


def blocks_json(blocks: Sequence[Block]) -> str:
    """The `blocks --format json` document."""
    return json.dumps([block_record(b) for b in blocks], indent=2, ensure_ascii=False)


def blocks_csv(blocks: Sequence[Block]) -> str:
    """The `blocks --format csv` document, with a header row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=BLOCK_FIELDS, lineterminator="\n")
    writer.writeheader()
    for block in blocks:
        writer.writerow(block_record(block))
    return out.getvalue()


def print_blocks_table(blocks: Sequence[Block]) -> None:
    """Print blocks as a rich table on stdout."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ictime.textsafe import plain

    table = Table(box=None, header_style="bold", pad_edge=False)
    widths = {"id": 12, "day": 9, "time": 11, "min": 4, "category": 13}
    for name, width in widths.items():
        table.add_column(
            name, justify="right" if name == "min" else "left", no_wrap=True, min_width=width
        )
    table.add_column("summary", overflow="ellipsis", no_wrap=True)
    table.add_column("notes", overflow="fold")
    for block in blocks:
        when = "all day" if block.all_day else f"{block.start:%H:%M}-{block.end:%H:%M}"
        notes = [block.not_counted_reason] if not block.counted else []
        if block.counted and is_tentative(block):
            notes.append("tentative")
        if block.tag_source in ("manual", "series"):
            notes.append(f"tag: {block.tag_source}")
        table.add_row(
            block.id,
            f"{block.start:%a %m-%d}",
            when,
            str(block.minutes),
            block.category,
            Text(plain(block.summary)),
            ", ".join(notes),
            style=None if block.counted else "dim",
        )
    console = Console()
    if not blocks:
        console.print("No blocks in that period. Import a calendar with `ictime import FILE`.")
        return
    console.print(table)


def print_import_report(report: SourceReport) -> None:
    """Print one source's import summary; problems go to stderr."""
    name = report.source
    if report.failed:
        click.echo(f"ictime: {name}: {report.error}", err=True)
        return
    if report.outcome == "unchanged":
        click.echo(f"{name}: unchanged since the last import, skipped")
        return
    click.echo(
        f"{name}: {report.occurrences} blocks in calendar {report.calendar!r}: "
        f"{report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{len(report.skipped)} skipped"
    )
    if report.me_how != "from the config":
        me = ", ".join(report.me) or "nobody"
        click.echo(f"{name}: me = {me} ({report.me_how}); set [me] emails in the config", err=True)
    for item in report.skipped:
        click.echo(f"{name}: skipped {item.uid or '(no UID)'}: {item.reason}", err=True)
    for warning in report.warnings:
        click.echo(f"{name}: warning: {warning}", err=True)


@contextmanager
def import_progress() -> Iterator[Callable[[int, int], None] | None]:
    """A progress callback drawing a bar on a terminal for large files, else None."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Importing", total=None, visible=False)

        def update(done: int, total: int) -> None:
            if total >= PROGRESS_MIN_EVENTS:
                bar.update(task, completed=done, total=total, visible=True)

        yield update
