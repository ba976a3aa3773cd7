"""The ictime Textual app: opens on Today."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from ictime.config import Config
from ictime.store import Store
from ictime.tui.screens.today import TodayScreen


class IctimeApp(App[None]):
    """Today's agenda, the week's review, triage and import."""

    CSS_PATH = "ictime.tcss"
    TITLE = "ictime"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit", "Quit")]

    def __init__(self, store: Store, config: Config, today: date) -> None:
        super().__init__()
        self.store = store
        self.config = config
        self.today = today

    def on_mount(self) -> None:
        """Open on Today."""
        self.push_screen(TodayScreen(self.today))


def run_app(store: Store, config: Config, today: date) -> None:
    """Run the app until the person quits."""
    IctimeApp(store, config, today).run()
