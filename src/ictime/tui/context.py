"""What a screen may ask of the app: the day, the clock, the config and the store, no more."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from ictime.config import Config
from ictime.model import Block

if TYPE_CHECKING:
    from ictime.store import Store

T = TypeVar("T")


class IctimeContext(Protocol):
    """The app as its screens see it; the app is handed to each screen as this.

    Reads and writes run in worker threads and take turns on the one store connection.
    What a screen tells the app, it says with a message (`ictime.tui.messages`).
    """

    @property
    def today(self) -> date:
        """The day Today opens on (pinned or the real one)."""
        ...

    @property
    def live(self) -> bool:
        """Whether `today` is the real today (so a "now" line makes sense)."""
        ...

    @property
    def config(self) -> Config:
        """The person's settings."""
        ...

    @property
    def export_dir(self) -> Path:
        """Where exports are written."""
        ...

    @property
    def refresh_status(self) -> str:
        """What refreshing the configured sources is doing or did ("" when nothing to say)."""
        ...

    @property
    def data_version(self) -> int:
        """How many times the store changed since the app started."""
        ...

    def first_look(self) -> tuple[Block, ...] | None:
        """The blocks of `today` for the first frame, once; None after that or when unread.

        Read before the store is opened (see `ictime.service.first_look`), so Today's first
        frame holds its agenda; the store's own read follows with the rest of the day.
        """
        ...

    def now(self) -> datetime:
        """The current moment, or the start of the pinned day when `today` is pinned."""
        ...

    def read_store(self, query: Callable[[Store, Config], T]) -> T:
        """Run a query that only reads the store; call from worker threads only.

        Args:
            query: a function of the store and the config (a service loader).

        Returns:
            What the query returned.
        """
        ...

    def write_store(self, change: Callable[[Store, Config], T]) -> T:
        """Run a change to the store (an import, a tag); call from worker threads only.

        The caller posts the message that says what changed, so every screen reloads.

        Args:
            change: a function of the store and the config (a service command).

        Returns:
            What the change returned.
        """
        ...
