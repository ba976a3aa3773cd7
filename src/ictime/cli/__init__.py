"""The `ictime` command line: every command over the service layer (see `docs/cli.md`)."""

from ictime.cli.commands import main

__all__ = ["main"]
