"""Helpers shared by the tests, by purpose, and the constants they all use (defined here only).

- `support.ics`: .ics text writers (`vevent`, `calendar`) and the ICS reader's helpers.
- `support.blocks`: Blocks for the analysis tests, in local wall-clock terms.
- `support.cli`: running `python -m ictime` as a person would, and a database's contents.
- `support.tui`: the TUI tests' clock and terminal size, and waiting in Pilot tests.
- `support.tagging`: occurrences with a title and other attendees, and their built-in tags.

Fixtures live in `tests/conftest.py`; tests import helpers from here, never from conftest.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
"""The named .ics fixtures."""

NEW_YORK_NAME = "America/New_York"
NEW_YORK = ZoneInfo(NEW_YORK_NAME)
"""The zone of the .ics helpers, the CLI tests and the default test config."""

BERLIN = ZoneInfo("Europe/Berlin")

ME = "me@corp.example"
"""The person whose calendar the tests read."""
