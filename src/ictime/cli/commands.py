"""The `ictime` command line: the contract in docs/cli.md, over the shared service layer.

Heavy modules (Textual, icalendar, the analysis) are imported inside the commands that need
them, so `ictime blocks` or an unchanged re-import start quickly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import click

from ictime.cli.changes import changes_command
from ictime.cli.options import (
    EXIT_FAILED,
    EXIT_USAGE,
    WEEK_HELP,
    Env,
    F,
    common_options,
    fail,
    pass_env,
)
from ictime.cli.suggest import suggest_command


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@common_options
@click.version_option(package_name="ictime")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Where your week went, and time won back to build. Without a command: the app."""
    env = ctx.ensure_object(Env)
    if ctx.invoked_subcommand is None:
        from ictime.tui.app import run_app

        sys.exit(run_app(env.open_store, env.config, env.today, env.now))


@cli.command()
@common_options
@pass_env
def demo(env: Env) -> None:
    """Open the app on the bundled demo calendar, in a throwaway database."""
    import tempfile

    from ictime.service import DEMO_TODAY, demo_config, import_demo, open_store
    from ictime.tui.app import run_app

    today = env.pinned_today or DEMO_TODAY
    config = demo_config()
    with tempfile.TemporaryDirectory(prefix="ictime-demo-") as folder:
        store = open_store(Path(folder) / "demo.db", config)
        import_demo(store, config)
        run_app(store, config, today)
        store.close()


def _day_option(name: str, help_text: str) -> Callable[[F], F]:
    return click.option(name, metavar="YYYY-MM-DD", default=None, help=help_text)


def _parse_days(
    env: Env, from_text: str | None, to_text: str | None
) -> tuple[date | None, date | None]:
    from ictime.timeutil import PeriodError, parse_day

    try:
        first = parse_day(from_text) if from_text else None
        last = parse_day(to_text) if to_text else None
    except PeriodError as exc:
        raise click.UsageError(str(exc)) from None
    if first and last and last < first:
        raise click.UsageError(f"--to {last} is before --from {first}")
    return first, last


def _period(
    env: Env, week: str | None, from_text: str | None, to_text: str | None
) -> tuple[date | None, date | None]:
    if week and (from_text or to_text):
        raise click.UsageError("use either --week or --from/--to, not both")
    if week:
        from ictime.timeutil import PeriodError, parse_week

        try:
            return parse_week(week, env.today)
        except PeriodError as exc:
            raise click.UsageError(str(exc)) from None
    return _parse_days(env, from_text, to_text)


@cli.command("import")
@common_options
@click.argument("sources", nargs=-1, metavar="[SOURCE]...")
@click.option("--calendar", help="Name of the calendar these sources belong to.")
@_day_option("--from", "First day to expand recurring events from (default: a year back).")
@_day_option("--to", "Last day to expand to (default: 90 days ahead).")
@click.option("--strict", is_flag=True, help="Reject a whole file when any event is broken.")
@pass_env
def import_command(
    env: Env,
    /,
    sources: tuple[str, ...],
    calendar: str | None,
    strict: bool,
    **days: str | None,
) -> None:
    """Import .ics files, http(s) URLs or configured sources by name (none: all of them)."""
    from ictime.cli.import_output import import_progress, print_import_report
    from ictime.service import ServiceError, import_sources, resolve_sources

    first, last = _parse_days(env, days.get("from"), days.get("to"))
    store, config, today = env.store, env.config, env.today
    failed = False
    try:
        for location, name in resolve_sources(config, sources):
            with import_progress() as progress:
                (report,) = import_sources(
                    store,
                    config,
                    [location],
                    today=today,
                    calendar=calendar or name,
                    start=first,
                    end=last,
                    strict=strict,
                    progress=progress,
                    now=env.now,
                )
            print_import_report(report)
            failed |= report.failed
    except ServiceError as exc:
        fail(str(exc), EXIT_USAGE)
    if failed:
        sys.exit(EXIT_FAILED)


@cli.command()
@common_options
@_day_option("--from", "First day (inclusive).")
@_day_option("--to", "Last day (inclusive).")
@click.option("--week", metavar="W", help=WEEK_HELP)
@click.option("--untagged", is_flag=True, help="Only counted blocks that no rule or person tagged.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@pass_env
def blocks(env: Env, /, week: str | None, untagged: bool, fmt: str, **days: str | None) -> None:
    """List stored blocks."""
    from ictime.render import blocks_csv, blocks_json, print_blocks_table
    from ictime.service import list_blocks

    first, last = _period(env, week, days.get("from"), days.get("to"))
    found = list_blocks(env.store, env.config, first, last, untagged_only=untagged)
    if fmt == "json":
        click.echo(blocks_json(found))
    elif fmt == "csv":
        click.echo(blocks_csv(found), nl=False)
    else:
        print_blocks_table(found)


@cli.command()
@common_options
@click.option("--week", metavar="W", help=WEEK_HELP)
@_day_option("--from", "First day (inclusive).")
@_day_option("--to", "Last day (inclusive).")
@click.option("--weeks", type=click.IntRange(1, 520), help="Add the trend of the last N weeks.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown", "csv"]),
    default="table",
    show_default=True,
)
@pass_env
def report(env: Env, /, week: str | None, weeks: int | None, fmt: str, **days: str | None) -> None:
    """Allocation against targets, drift and meeting overload (default: this week)."""
    import json

    from ictime.service import period_report

    first, last = _period(env, week, days.get("from"), days.get("to"))
    if first is None or last is None:
        if first or last:
            raise click.UsageError("give both --from and --to, or --week")
        first, last = _period(env, "this", None, None)
    assert first is not None and last is not None
    result = period_report(env.store, env.config, first, last, today=env.today, weeks=weeks or 0)
    _warn_if_uncovered(env, last)
    if fmt in ("json", "markdown"):
        from ictime.service import period_began, period_changes

        began = period_began(env.config, first, last)
        changes = period_changes(env.store, env.config, first, last, began)
    if fmt == "json":
        from ictime.render import changes_record

        document = result.to_json() | {"changes": changes_record(changes)}
        click.echo(json.dumps(document, indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        from ictime.render import render_markdown

        click.echo(render_markdown(result, result.trend, result.lapsed, changes), nl=False)
    elif fmt == "csv":
        from ictime.render import render_csv

        click.echo(render_csv(result, result.trend), nl=False)
    else:
        from rich.console import Console

        from ictime.render import render_table

        Console().print(render_table(result, result.trend, result.lapsed))


def _warn_if_uncovered(env: Env, last: date) -> None:
    """Say so when no imported calendar reaches the period: its time would all look open."""
    from datetime import datetime

    first_start = env.store.first_block_start()
    if first_start is None:
        click.echo("ictime: warning: nothing imported yet; run `ictime import FILE`", err=True)
    elif datetime.fromtimestamp(first_start, env.config.timezone).date() > last:
        click.echo(
            f"ictime: warning: the imported calendar starts after {last}; "
            "this period has no calendar data",
            err=True,
        )


@cli.command()
@common_options
@click.argument("block_id")
@click.argument("category")
@click.option("--series", is_flag=True, help="Tag every occurrence of the recurring series.")
@pass_env
def tag(env: Env, block_id: str, category: str, series: bool) -> None:
    """Correct a block's tag.

    CATEGORY: deep_work, relationships, communication, learning, or none (also: untagged)
    for a block that is not work: it counts in no category and Triage asks no more.
    """
    from ictime.model import RETITLED_NOTE, TAG_SERIES, tag_word
    from ictime.service import ServiceError, tag_block
    from ictime.textsafe import plain

    try:
        block = tag_block(env.store, env.config, block_id, category, series=series)
    except ServiceError as exc:
        fail(str(exc), EXIT_FAILED)
        return
    whole = block.tag_source == TAG_SERIES
    scope = "the whole series of" if whole else "this occurrence of"
    note = f" ({RETITLED_NOTE})" if series and not whole else ""
    click.echo(f"{block.id}: {scope} {plain(block.summary)!r} is now {tag_word(block)}{note}")


@cli.command()
@common_options
@click.argument("block_id")
@pass_env
def explain(env: Env, block_id: str) -> None:
    """Say why a block has its tag."""
    from ictime.service import RuleTooSlow, ServiceError, explain_block
    from ictime.textsafe import plain

    try:
        block, text = explain_block(env.store, env.config, block_id)
    except RuleTooSlow as exc:
        fail(str(exc), EXIT_USAGE)
        return
    except ServiceError as exc:
        fail(str(exc), EXIT_FAILED)
        return
    click.echo(f"{block.id} {block.start:%a %Y-%m-%d %H:%M} {plain(block.summary)}")
    click.echo(text)


@cli.command()
@common_options
@click.option("--forget", "forget", type=int, metavar="ID", help="Forget one example.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
@pass_env
def learned(env: Env, forget: int | None, fmt: str) -> None:
    """What ictime learned from your corrections (each an example similar blocks follow)."""
    from ictime.render import learned_json, print_learned_table
    from ictime.service import forget_learned, list_learned

    if forget is not None:
        if not forget_learned(env.store, env.config, forget):
            fail(f"no example with id {forget} (see `ictime learned`)", EXIT_FAILED)
            return
        click.echo(f"forgot example {forget}; the blocks that followed it are tagged by the rules")
        return
    rows = list_learned(env.store, env.config)
    if fmt == "json":
        click.echo(learned_json(rows))
    else:
        print_learned_table(rows)


@cli.command()
@common_options
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
@pass_env
def init(env: Env, force: bool) -> None:
    """Write a commented config file."""
    from ictime.config import ConfigError, default_config_path, write_example_config

    path = env.config_path or default_config_path()
    try:
        written = write_example_config(path, force=force)
    except ConfigError as exc:
        fail(str(exc), EXIT_USAGE)
        return
    click.echo(f"Wrote {written}; edit it, then check it with `ictime config check`.")


@cli.group()
def config() -> None:
    """Inspect the config."""


@config.command("check")
@common_options
@pass_env
def config_check(env: Env) -> None:
    """Validate the config file."""
    from ictime.config import ConfigError, default_config_path, load_config

    path = env.config_path or default_config_path()
    try:
        loaded = load_config(path, must_exist=True)
    except ConfigError as exc:
        fail(str(exc), EXIT_USAGE)
        return
    click.echo(f"{path}: OK (time zone {loaded.timezone.key})")


cli.add_command(suggest_command)
cli.add_command(changes_command)


def _with_retry(error: Exception) -> str:
    """A store's error, and for a busy database or a full disk, the command to run again."""
    import shlex

    from ictime.store import StoreBusy, StoreFull

    again = shlex.join(["ictime", *sys.argv[1:]])
    if isinstance(error, StoreBusy):
        return f"{error}. Run `{again}` again when that program is done."
    if isinstance(error, StoreFull):
        return f"{error}. Make room on the disk, then run `{again}` again."
    return str(error)


def main() -> None:
    """Entry point of the `ictime` console script."""
    try:
        cli(prog_name="ictime")
    except KeyboardInterrupt:
        click.echo("ictime: interrupted; nothing was half-written", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except Exception as exc:
        # Loaded already when one of these was raised.
        from ictime.service import RuleTooSlow
        from ictime.store import StoreError

        if isinstance(exc, RuleTooSlow):
            fail(str(exc), EXIT_USAGE)
        if not isinstance(exc, StoreError):
            raise
        fail(_with_retry(exc), EXIT_FAILED)
