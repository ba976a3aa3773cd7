"""Today: the day's agenda with every block tagged."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from ictime.model import Block
from ictime.textsafe import plain

if TYPE_CHECKING:
    from ictime.tui.app import IctimeApp


class TodayScreen(Screen[None]):
    """The day's blocks; left and right move a day."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Previous day"),
        Binding("right", "move(1)", "Next day"),
    ]

    class BlocksLoaded(Message):
        """The blocks of a day were read from the store."""

        def __init__(self, day: date, blocks: list[Block]) -> None:
            super().__init__()
            self.day = day
            self.blocks = blocks

    def __init__(self, day: date) -> None:
        super().__init__()
        self.day = day

    def compose(self) -> ComposeResult:
        """Header, the day's title, the agenda, footer."""
        yield Header()
        yield Static(id="day-title", markup=False)
        yield DataTable(id="agenda", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        """Set up the agenda's columns and load the day."""
        table = self.query_one("#agenda", DataTable)
        table.add_columns("time", "min", "category", "summary")
        self.load_day()

    def action_move(self, days: int) -> None:
        """Show another day."""
        self.day += timedelta(days=days)
        self.load_day()

    @work(thread=True, exclusive=True)
    def load_day(self) -> None:
        """Read the day's blocks in a worker so the interface never waits on the database."""
        from ictime.service import list_blocks

        app: IctimeApp = self.app  # type: ignore[assignment]
        blocks = list_blocks(app.store, app.config, self.day, self.day)
        self.post_message(self.BlocksLoaded(self.day, blocks))

    def on_today_screen_blocks_loaded(self, message: BlocksLoaded) -> None:
        """Show the day that was loaded."""
        if message.day != self.day:
            return
        self.query_one("#day-title", Static).update(f"{message.day:%A %d %B %Y}")
        table = self.query_one("#agenda", DataTable)
        table.clear()
        for block in message.blocks:
            when = "all day" if block.all_day else f"{block.start:%H:%M}-{block.end:%H:%M}"
            table.add_row(
                when,
                str(block.minutes),
                block.category,
                Text(plain(block.summary)),
                key=block.id,
            )
