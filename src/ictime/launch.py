"""The `ictime` entry point: straight to the app when that is all that is asked for.

`ictime` with at most the global options opens the app without loading the command-line
machinery (click and every command), so Today paints sooner. Anything else, or anything
that needs an error message, goes through `ictime.cli`, which says what was wrong.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ictime.config import Config
    from ictime.model import Block
    from ictime.store import Store

GLOBAL_OPTIONS = {"--db": "ICTIME_DB", "--config": "ICTIME_CONFIG", "--today": "ICTIME_TODAY"}


def app_only_options(args: list[str]) -> dict[str, str] | None:
    """The global options, when the arguments hold nothing else; None otherwise.

    Args:
        args: the command line after the program name.

    Returns:
        Option name (without dashes) to value, from the arguments or else the environment.
    """
    given: dict[str, str] = {}
    position = 0
    while position < len(args):
        name, equals, value = args[position].partition("=")
        if name not in GLOBAL_OPTIONS:
            return None
        if not equals:
            position += 1
            if position == len(args):
                return None
            value = args[position]
        given[name] = value
        position += 1
    return {
        name[2:]: value
        for name, variable in GLOBAL_OPTIONS.items()
        if (value := given.get(name) or os.environ.get(variable, ""))
    }


def main() -> None:
    """Run the app directly, or hand the command line to click."""
    options = app_only_options(sys.argv[1:])
    if options is not None:
        # Starting the app makes objects that live as long as it does (modules, classes,
        # styles): collecting garbage among them only delays the first frame. The app
        # collects again once that frame is out (`IctimeApp.on_ready`).
        gc.disable()
        _run_app(options)  # exits when the app ran
        gc.enable()
    from ictime.cli import main as cli_main

    cli_main()


def _run_app(options: dict[str, str]) -> None:
    """Run the app and exit with its status; return when the options need the command line."""
    from ictime.config import ConfigError, default_db_path, load_config
    from ictime.timeutil import PeriodError, parse_today

    try:
        config_file = options.get("config")
        config = load_config(Path(config_file) if config_file else None)
        pinned = options.get("today")
        today, clock = parse_today(pinned) if pinned else (None, None)
    except (ConfigError, PeriodError):
        return  # the command line reports it, with the usual exit status
    db_file = Path(options["db"]) if options.get("db") else default_db_path()
    from ictime.tui.app import run_app

    def open_store() -> Store:
        # Imported here: the app opens the store after Today is painted.
        from ictime.service import open_store as open_for_config

        return open_for_config(db_file, config)

    # A pinned time stops the app's clock there, as on the command line's path.
    now = datetime.combine(today, clock, config.timezone) if today and clock else None
    today = today or datetime.now(config.timezone).date()
    # Today's first frame holds the day's agenda, not only its title.
    first_look = _day_reader(db_file, config, today)
    sys.exit(run_app(open_store, config, today, now, first_look=first_look))


def _day_reader(
    db_file: Path, config: Config, today: date
) -> Callable[[], tuple[Block, ...] | None]:
    """What reads the day's blocks when Today composes its first frame.

    On the main thread, on purpose: beside Textual's start on another thread, the read
    waits for the interpreter lock at every file access and comes later, not sooner. Any
    failure only means the agenda follows a moment later, from the store opened as usual
    (which says what is wrong with the file).
    """

    def read() -> tuple[Block, ...] | None:
        from ictime.service import first_look

        try:
            return first_look(db_file, config, today)
        except Exception:
            return None

    return read
