"""The bundled demo: four weeks of a staff engineer's calendar, a pinned today and its config."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ictime.config import Config

DEMO_TODAY = date(2026, 11, 25)
"""The demo's "today": Wednesday of ISO week 2026-W48, the last of the four weeks."""

DEMO_TIMEZONE = "America/New_York"
DEMO_EMAIL = "sam.rivera@corp.example"
DEMO_CALENDAR_NAME = "demo"


def demo_calendar_path() -> Path:
    """Where the bundled demo calendar is on disk.

    Returns:
        The path of the packaged `data/demo.ics` (a Google Calendar export of ISO weeks
        2026-W45 to 2026-W48 in America/New_York).
    """
    # ictime is installed as files (from a wheel or in editable mode), never zipped, so the
    # resource is a real file and its path outlives this call.
    return Path(str(files("ictime").joinpath("data", "demo.ics")))


def demo_config(**changes: Any) -> Config:
    """The config the demo runs with: New York time, Sam Rivera's address, all else default.

    Args:
        **changes: `Config` fields to override (as `dataclasses.replace` takes them).

    Returns:
        The demo config.
    """
    config = Config(timezone=ZoneInfo(DEMO_TIMEZONE), me_emails=(DEMO_EMAIL,))
    return replace(config, **changes) if changes else config
