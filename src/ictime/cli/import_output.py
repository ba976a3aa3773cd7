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
    click.echo(f"{name}: {read_summary(report)}")
    if report.me_how != "from the config":
        me = plain(", ".join(report.me)) or "nobody"
        click.echo(f"{name}: me = {me} ({report.me_how}); set [me] emails in the config", err=True)
    for item in report.skipped:
        uid = plain(item.uid) or "(no UID)"
        click.echo(f"{name}: skipped {uid}: {plain(item.reason)}", err=True)
    for warning in report.warnings:
        click.echo(f"{name}: warning: {plain(warning)}", err=True)


def read_summary(report: SourceReport) -> str:
    """What the import read: the events (UIDs) that changed since the last one, and the time.

    Args:
        report: an imported source's report.

    Returns:
        E.g. "events: 3 new, 12 changed, 1 removed, 12,541 unchanged; 15 read in 0.41 s".
    """
    seconds = f"{report.seconds:.2f} s"
    groups = report.groups
    if groups is None:
        return f"read whole in {seconds}"
    return (
        f"events: {groups.added:,} new, {groups.updated:,} changed, {groups.removed:,} removed,"
        f" {groups.unchanged:,} unchanged; {groups.read:,} read in {seconds}"
    )


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
