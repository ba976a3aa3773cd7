"""Helpers of the TUI tests: the pinned clock, the terminal size, waiting for workers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from textual.pilot import Pilot

from ictime.service import DEMO_TIMEZONE
from ictime.tui.app import IctimeApp

FIXED_NOW = datetime(2026, 11, 25, 10, 40, tzinfo=ZoneInfo(DEMO_TIMEZONE))
"""The tests' clock: Wednesday of the demo week, mid-morning, so the now line is drawn."""

SIZE = (100, 32)
"""The terminal size of every Pilot and snapshot test."""

MakeApp = Callable[..., IctimeApp]


def fixed_clock() -> datetime:
    """The pinned "real" time of every test."""
    return FIXED_NOW


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until every worker finished and the messages they posted were handled."""
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
