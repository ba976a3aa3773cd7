"""`ictime suggest`: protected build time for a week, as a table, JSON or an .ics file.

"Now" is the current local time when today is the real today. When `--today` (or
`ICTIME_TODAY`) pins another day, now is the start of that day's working hours, so the whole
pinned day is still open and the output is reproducible; a pinned time is now itself.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ictime.cli.options import (
    EXIT_FAILED,
    Env,
    common_options,
    fail,
    one_week_option,
    pass_env,
    week_days,
)

if TYPE_CHECKING:
    from ictime.suggest import SuggestionPlan


def suggestion_now(env: Env) -> datetime:
    """The moment suggestions start from (see the module docstring).

    Args:
        env: the global options.

    Returns:
        An aware datetime in the configured zone.
    """
    config = env.config
    if env.now is not None:
        return env.now
    real_now = datetime.now(config.timezone)
    today = env.today
    if today == real_now.date():
        return real_now
    return datetime.combine(today, config.work.start, config.timezone)


@click.command("suggest")
@common_options
@one_week_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "ics"]),
    default="table",
    show_default=True,
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file (and print its path) instead of stdout.",
)
@pass_env
def suggest_command(env: Env, week: str, fmt: str, output: Path | None) -> None:
    """Suggest protected build time for a week; export it as .ics to add to your calendar.

    With --today pinning a day other than the real today, "now" is the start of that day's
    working hours.
    """
    from ictime.service.suggest import suggest_week

    first, last = week_days(env, week)
    config = env.config
    plan = suggest_week(env.store, config, first, last, now=suggestion_now(env))
    if fmt == "table":
        from ictime.render import print_suggestions_table

        if output is None:
            print_suggestions_table(plan)
            return
        data = _table_text(plan).encode("utf-8")
    else:
        from ictime.render import suggestions_ics, suggestions_json

        if fmt == "json":
            data = (suggestions_json(plan) + "\n").encode("utf-8")
        else:
            data = suggestions_ics(plan, config.timezone)
        # The document stays machine-readable; the plain-words summary goes to stderr.
        click.echo(plan.message, err=True)
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror or exc}", EXIT_FAILED)
    count = len(plan.suggestions)
    click.echo(f"Wrote {count} suggestion{'s' if count != 1 else ''} to {output}")


def _table_text(plan: SuggestionPlan) -> str:
    import io

    from rich.console import Console

    from ictime.render import print_suggestions_table

    buffer = io.StringIO()
    print_suggestions_table(plan, Console(file=buffer, width=120, color_system=None))
    return buffer.getvalue()
