"""`ictime changes`: plan against actual, a week as it began against the week as last imported."""

from __future__ import annotations

import click

from ictime.cli.options import Env, common_options, one_week_option, pass_env, week_days


@click.command("changes")
@common_options
@one_week_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
)
@pass_env
def changes_command(env: Env, /, week: str, fmt: str) -> None:
    """Meetings added, removed and moved since the week began; focus lost; build time kept."""
    import json

    from ictime.service import week_changes

    monday, _ = week_days(env, week)
    changes = week_changes(env.store, env.config, monday)
    if fmt == "json":
        from ictime.render import changes_record

        click.echo(json.dumps(changes_record(changes), indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        from ictime.render import changes_markdown

        click.echo("\n".join(changes_markdown(changes, heading="#")))
    else:
        from ictime.render import print_changes_table

        print_changes_table(changes)
