"""What every `ictime` command shares: the global options, the lazily opened config and store."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ictime.config import default_db_path

if TYPE_CHECKING:
    from ictime.config import Config
    from ictime.store import Store

F = TypeVar("F", bound=Callable[..., Any])

EXIT_FAILED = 1
EXIT_USAGE = 2


@dataclass
class Env:
    """What the global options chose; the config and the store open on first use."""

    db_path: Path | None = None
    config_path: Path | None = None
    pinned_today: date | None = None
    pinned_time: time | None = None
    _config: Config | None = None
    _store: Store | None = None

    @property
    def today(self) -> date:
        """The pinned day, or today in the configured zone."""
        if self.pinned_today:
            return self.pinned_today
        return datetime.now(self.config.timezone).date()

    @property
    def now(self) -> datetime | None:
        """The pinned moment (`--today` with a time) in the configured zone, else None."""
        if self.pinned_today is None or self.pinned_time is None:
            return None
        return datetime.combine(self.pinned_today, self.pinned_time, self.config.timezone)

    @property
    def config(self) -> Config:
        """The loaded config; a bad one ends the command with exit 2."""
        if self._config is None:
            from ictime.config import ConfigError, load_config

            try:
                self._config = load_config(self.config_path)
            except ConfigError as exc:
                fail(str(exc), EXIT_USAGE)
        assert self._config is not None
        return self._config

    @property
    def db_file(self) -> Path:
        """Where the database is: --db, ICTIME_DB, or the platform's data folder."""
        return self.db_path or default_db_path()

    def open_store(self) -> Store:
        """Open the database, its tags brought up to the config (see `service.open_store`).

        Raises StoreError (for the TUI, which opens it after painting).
        """
        from ictime.service import open_store

        return open_store(self.db_file, self.config)

    @property
    def store(self) -> Store:
        """The open database; one that cannot be opened ends the command with exit 1."""
        if self._store is None:
            from ictime.store import StoreBusy, StoreError, StoreFull

            try:
                self._store = self.open_store()
            except (StoreBusy, StoreFull):
                raise  # `main` says which command to run again
            except StoreError as exc:
                fail(str(exc), EXIT_FAILED)
        assert self._store is not None
        return self._store


def fail(message: str, code: int = EXIT_FAILED) -> None:
    """Print an error to stderr and exit with `code`.

    The message may hold text from outside (a file name, a server's reason): its control
    characters are removed, so it cannot drive the terminal.
    """
    from ictime.textsafe import plain

    click.echo(f"ictime: {plain(message)}", err=True)
    sys.exit(code)


def _remember(attribute: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> None:
        if value is not None:
            setattr(ctx.ensure_object(Env), attribute, value)

    return callback


def _remember_today(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    from ictime.timeutil import PeriodError, parse_today

    if value is None:
        return
    try:
        env = ctx.ensure_object(Env)
        env.pinned_today, env.pinned_time = parse_today(value)
    except PeriodError as exc:
        raise click.BadParameter(str(exc)) from None


def common_options(command: F) -> F:
    """The global options, accepted before or after the command name."""
    options = [
        click.option(
            "--db",
            type=click.Path(dir_okay=False, path_type=Path),
            envvar="ICTIME_DB",
            expose_value=False,
            callback=_remember("db_path"),
            help="SQLite database file (env ICTIME_DB).",
        ),
        click.option(
            "--config",
            type=click.Path(dir_okay=False, path_type=Path),
            envvar="ICTIME_CONFIG",
            expose_value=False,
            callback=_remember("config_path"),
            help="Config file (env ICTIME_CONFIG).",
        ),
        click.option(
            "--today",
            metavar="YYYY-MM-DD[THH:MM]",
            envvar="ICTIME_TODAY",
            expose_value=False,
            callback=_remember_today,
            help="Pin 'today' (and with a time 'now', in the configured zone) for"
            " reproducible output (env ICTIME_TODAY).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


WEEK_HELP = "An ISO week (2026-W48), this, last or next."


def one_week_option(command: F) -> F:
    """`--week W` for a command about one week, this week unless told otherwise."""
    return click.option("--week", metavar="W", default="this", show_default=True, help=WEEK_HELP)(
        command
    )


def week_days(env: Env, week: str) -> tuple[date, date]:
    """The Monday and Sunday of `--week`; a usage error (exit 2) names what is wrong."""
    from ictime.timeutil import PeriodError, parse_week

    try:
        return parse_week(week, env.today)
    except PeriodError as exc:
        raise click.UsageError(str(exc)) from None


pass_env = click.make_pass_decorator(Env, ensure=True)
