"""What `ictime import` prints: each source's summary, its problems on stderr, a progress bar."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from ictime.textsafe import plain

if TYPE_CHECKING:
    from ictime.service import SourceReport

# Below this many events a file imports too fast for a bar to help.
PROGRESS_MIN_EVENTS = 500


def print_import_report(report: SourceReport) -> None:
    """Print one source's import summary; problems go to stderr.

    Everything in it may come from outside (the file name or URL, a server's reason, the
    calendar's text): control characters are removed before it reaches the terminal.
    """
    name = plain(report.source)
    if report.failed:
        click.echo(f"ictime: {name}: {plain(report.error)}", err=True)
        return
    if report.outcome == "unchanged":
        click.echo(f"{name}: unchanged since the last import, skipped")
        return
    click.echo(
        f"{name}: {report.occurrences} blocks in calendar {plain(report.calendar)!r}: "
        f"{report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{len(report.skipped)} skipped"
    )
    if report.me_how != "from the config":
        me = plain(", ".join(report.me)) or "nobody"
        click.echo(f"{name}: me = {me} ({report.me_how}); set [me] emails in the config", err=True)
    for item in report.skipped:
        uid = plain(item.uid) or "(no UID)"
        click.echo(f"{name}: skipped {uid}: {plain(item.reason)}", err=True)
    for warning in report.warnings:
        click.echo(f"{name}: warning: {plain(warning)}", err=True)


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
