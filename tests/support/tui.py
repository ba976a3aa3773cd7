"""Helpers of the TUI tests: the pinned clock, the terminal size, and waiting for a condition.

Pilot tests never sleep or pause a fixed number of times: they wait until the app has
settled (`settle`) or until what they need holds (`wait_until`), and fail with a message
saying what they waited for when that does not happen within `DEADLINE` seconds.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from textual.app import App
from textual.dom import DOMNode
from textual.pilot import Pilot
from textual.worker import WorkerState

from ictime.service import DEMO_TIMEZONE
from ictime.tui.app import IctimeApp
from ictime.tui.screens.base import IctimeScreen

FIXED_NOW = datetime(2026, 11, 25, 10, 40, tzinfo=ZoneInfo(DEMO_TIMEZONE))
"""The tests' clock: Wednesday of the demo week, mid-morning, so the now line is drawn."""

SIZE = (100, 32)
"""The terminal size of every Pilot and snapshot test."""

DEADLINE = 60.0
"""Seconds a Pilot test waits for something before it fails: ample on a loaded 2-core box."""

MakeApp = Callable[..., IctimeApp]


def fixed_clock() -> datetime:
    """The pinned "real" time of every test."""
    return FIXED_NOW


async def wait_until(
    pilot: Pilot[Any], condition: Callable[[], object], what: str, timeout: float = DEADLINE
) -> None:
    """Let the app run until `condition()` is true.

    Args:
        pilot: the running app's pilot.
        condition: checked after each round of the app handling what is queued for it.
        what: what is awaited, for the failure message.
        timeout: seconds before the test fails.

    Raises:
        AssertionError: `condition()` was still false after `timeout` seconds.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:.0f} s for {what}, in vain")
        await pilot.pause()


async def settle(pilot: Pilot[Any], timeout: float = DEADLINE) -> None:
    """Wait until the app is at rest, showing the store as it is now.

    At rest means: no worker pending or running, no message waiting for the app or any
    node of the screens on the stack, and every ictime screen on the stack showing data
    read at the app's current data version; and all of it still so after every node has
    handled what was queued for it (so no handler is half-way through, e.g. mounting rows).

    Args:
        pilot: the running app's pilot.
        timeout: seconds before the test fails.

    Raises:
        AssertionError: the app was still busy after `timeout` seconds; says with what.
    """
    app = pilot.app
    deadline = time.monotonic() + timeout
    while True:
        at_rest_before = not busy_with(app)
        await _drain(app, deadline)
        await pilot.pause()
        still_busy = busy_with(app)
        if at_rest_before and not still_busy:
            return
        if time.monotonic() > deadline:
            raise AssertionError(
                f"waited {timeout:.0f} s for the app to settle; still busy with: "
                + "; ".join(still_busy)
            )


def busy_with(app: App[Any]) -> list[str]:
    """What keeps the app from being at rest (see `settle`); empty when it is."""
    busy = [
        f"worker {worker.name!r} ({worker.state.name.lower()})"
        for worker in app.workers
        if worker.state in (WorkerState.PENDING, WorkerState.RUNNING)
    ]
    busy += [
        f"{node!r}: {node.message_queue_size} queued messages"
        for node in _nodes(app)
        if node.message_queue_size
    ]
    version = app.data_version if isinstance(app, IctimeApp) else None
    busy += [
        f"{screen!r} showing data version {screen.loaded_version}, not {version}"
        for screen in app.screen_stack
        if isinstance(screen, IctimeScreen) and screen.loaded_version != version
    ]
    return busy


def _nodes(app: App[Any]) -> Iterator[DOMNode]:
    """The app and every node of every screen on its stack."""
    yield app
    for screen in app.screen_stack:
        yield from screen.walk_children(with_self=True)


async def _drain(app: App[Any], deadline: float) -> None:
    """Return once the app and every node on the screen stack handled what is queued now.

    A callback is queued behind each node's messages; each node handles its messages one
    at a time, so when every callback ran, every message queued before it was handled.
    """
    remaining = 0
    all_ran = asyncio.Event()

    def one_ran() -> None:
        nonlocal remaining
        remaining -= 1
        if remaining == 0:
            all_ran.set()

    for node in list(_nodes(app)):
        if node.call_later(one_ran):
            remaining += 1
    if not remaining:
        return
    try:
        await asyncio.wait_for(all_ran.wait(), max(deadline - time.monotonic(), 0.1))
    except TimeoutError:
        raise AssertionError(
            "the app did not get through its queued messages in time; busy with: "
            + "; ".join(busy_with(app))
        ) from None
