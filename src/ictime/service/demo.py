"""The bundled demo: four weeks of a staff engineer's calendar, a pinned today and its config."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ictime.config import Config

if TYPE_CHECKING:
    from ictime.service.imports import SourceReport
    from ictime.store import Store

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


def demo_plan_path() -> Path:
    """Where the demo calendar as it stood on the Sunday evening before its last week is.

    Returns:
        The path of the packaged `data/demo-plan.ics`: `demo.ics` before an interview and a
        workshop were added, a Thursday focus block deleted, a Friday sync cancelled, a
        skip-level moved and a meeting retitled.
    """
    return Path(str(files("ictime").joinpath("data", "demo-plan.ics")))


def import_demo(store: Store, config: Config) -> list[SourceReport]:
    """Import the demo calendar twice, as a person would have: on the Sunday evening before
    its last week (the plan) and on the Wednesday morning (the week so far).

    Both imports read the same location, so the Week review can say what happened to the
    plan ("Since the week began").

    Args:
        store: the open database.
        config: the demo config (`demo_config`).

    Returns:
        The second import's reports.
    """
    from ictime.service.imports import import_sources

    location = str(demo_calendar_path())
    plan = demo_plan_path().read_bytes()
    zone = ZoneInfo(DEMO_TIMEZONE)
    import_sources(
        store,
        config,
        [location],
        today=DEMO_TODAY,
        calendar=DEMO_CALENDAR_NAME,
        read=lambda _location: plan,
        now=datetime(2026, 11, 22, 20, 0, tzinfo=zone),
    )
    return import_sources(
        store,
        config,
        [location],
        today=DEMO_TODAY,
        calendar=DEMO_CALENDAR_NAME,
        now=datetime(2026, 11, 25, 8, 30, tzinfo=zone),
    )


def demo_config(**changes: Any) -> Config:
    """The config the demo runs with: New York time, Sam Rivera's address, all else default.

    Args:
        **changes: `Config` fields to override (as `dataclasses.replace` takes them).

    Returns:
        The demo config.
    """
    config = Config(timezone=ZoneInfo(DEMO_TIMEZONE), me_emails=(DEMO_EMAIL,))
    return replace(config, **changes) if changes else config
