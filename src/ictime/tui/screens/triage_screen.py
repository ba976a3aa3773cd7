"""Triage: the week's blocks in a table, untagged first, then guesses to check; tagged by key.

A guess (a tag from weak evidence) shows a `?` after its category; tagging it with the same
category confirms it, and ictime learns from it as from any correction.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Input, Select, Static

from ictime.model import (
    CATEGORIES,
    NOT_WORK,
    NOT_WORK_LABEL,
    UNTAGGED,
    Block,
    category_label,
    tag_label,
)
from ictime.service import TriageView, load_triage
from ictime.timeutil import iso_week_name
from ictime.tui.context import IctimeContext
from ictime.tui.screens.base import WEEK_KEYS, TaggingScreen, WeekPaging
from ictime.tui.visuals import (
    CATEGORY_COLOURS,
    day_name,
    duration,
    safe,
    span_text,
)
from ictime.tui.widgets.key_bar import KeyBar

CHECK = "check"
"""The filter of the blocks to check: untagged ones and guesses."""
FILTERS: tuple[tuple[str, str], ...] = (
    ("All blocks", "all"),
    ("Untagged", UNTAGGED),
    ("Check these", CHECK),
    *((category_label(key, short=True), key) for key in CATEGORIES),
    (NOT_WORK_LABEL, NOT_WORK),
)
COLUMNS = ("Tag", "Day", "Time", "Length", "By", "Title")
"""The table's columns; the title, last, takes the room the others leave."""
_TAGGED_BY = {
    "rule": "rule",
    "manual": "by hand",
    "series": "series",
    "learned": "learned",
    "none": "—",
}


def matches(block: Block, category: str, search: str) -> bool:
    """Whether a block passes the filter and the search.

    Args:
        block: a block.
        category: `all`, `untagged` (nobody decided yet), `check` (untagged or a guess),
            `not_work` (decided not work) or a category key.
        search: text the title must contain (any case), or empty.

    Returns:
        True when the block is shown.
    """
    if category == CHECK:
        if not block.undecided and not block.guess:
            return False
    elif category == UNTAGGED:
        if not block.undecided:
            return False
    elif category == NOT_WORK:
        if not block.not_work:
            return False
    elif category != "all" and block.category != category:
        return False
    return search.casefold() in safe(block.summary).casefold()


def block_cells(block: Block) -> tuple[Text, ...]:
    """A block's table cells; calendar text is Text, never markup."""
    colour = CATEGORY_COLOURS.get(block.category, CATEGORY_COLOURS[UNTAGGED])
    summary = Text(safe(block.summary))
    if block.tentative:
        summary = Text.assemble(("? ", "bold yellow"), summary)
    # Not work is decided: shown plainly, not in untagged's alarm colour.
    tag = Text(tag_label(block, short=True), style="dim" if block.not_work else f"bold {colour}")
    if block.guess:
        tag.append("?", style="bold yellow")  # a guess: confirm or correct it
    return (
        tag,
        Text(day_name(block.start.date())),
        Text(span_text(block.start, block.end)),
        Text(duration(block.minutes), justify="right"),
        Text(_TAGGED_BY.get(block.tag_source, block.tag_source), style="dim"),
        summary,
    )


def title_room(table: DataTable[Text], rows: list[tuple[Text, ...]]) -> int:
    """Cells left for the title once the other columns (and a scroll bar) have theirs.

    Args:
        table: the table, laid out.
        rows: the cells about to be shown.

    Returns:
        The title's width, never below 12 (the table scrolls sideways below that).
    """
    padding = 2 * table.cell_padding
    used = padding + table.styles.scrollbar_size_vertical  # the title's own padding
    for index, name in enumerate(COLUMNS[:-1]):
        used += padding + max([len(name), *(row[index].cell_len for row in rows)])
    return max(table.size.width - used, 12)


class TriageScreen(WeekPaging, TaggingScreen):
    """The week's counted blocks; 1-4 tag, 0 marks not work, s then a digit does it for the
    series, / searches, f filters."""

    CSS_PATH = "triage_screen.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        *WEEK_KEYS,
        Binding("slash", "search", "Search", key_display="/"),
        Binding("f", "cycle_filter", "Filter"),
    ]

    class BlocksLoaded(Message):
        """A week's blocks to triage were read from the store."""

        def __init__(self, view: TriageView, version: int) -> None:
            super().__init__()
            self.view = view
            self.version = version

    def __init__(self, context: IctimeContext) -> None:
        super().__init__(context)
        self.view: TriageView | None = None
        self.shown: list[Block] = []

    def compose(self) -> ComposeResult:
        """Filter, search and count above the table; footer below."""
        with Horizontal(id="triage-bar"):
            yield Select(FILTERS, value="all", allow_blank=False, id="triage-filter", compact=True)
            yield Input(placeholder="search titles", id="triage-search", compact=True)
            yield Static(id="triage-count")
        table: DataTable[Text] = DataTable(id="triage-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield KeyBar()

    def on_mount(self) -> None:
        """Focus the table (its columns come with the first rows)."""
        self.query_one("#triage-table", DataTable).focus()

    @work(thread=True, exit_on_error=False, exclusive=True, group="load")
    def read_week(self, monday: date, version: int) -> None:
        view = self.context.read_store(lambda store, config: load_triage(store, config, monday))
        self.post_message(self.BlocksLoaded(view, version))

    def on_triage_screen_blocks_loaded(self, message: BlocksLoaded) -> None:
        """Show the blocks that were read, keeping the cursor's place."""
        if message.view.first_day != self.monday:
            return
        self.view = message.view
        self.loaded_version = message.version
        self.refill()

    def refill(self) -> None:
        """Fill the table from the loaded blocks through the filter and the search."""
        view = self.view
        if view is None:
            return
        category = self.query_one("#triage-filter", Select).value
        search = self.query_one("#triage-search", Input).value.strip()
        wanted = category if isinstance(category, str) else "all"
        self.shown = [b for b in view.blocks if matches(b, wanted, search)]
        table = self.query_one("#triage-table", DataTable)
        row = table.cursor_row
        table.clear(columns=True)  # columns only ever widen: start them afresh
        for name in COLUMNS:
            table.add_column(name, key=name.lower())
        rows = [block_cells(block) for block in self.shown]
        room = title_room(table, rows)
        for block, cells in zip(self.shown, rows, strict=True):
            cells[-1].truncate(room, overflow="ellipsis")  # the full title is in `e`
            table.add_row(*cells, key=block.id)
        if self.shown:
            table.move_cursor(row=min(max(row, 0), len(self.shown) - 1))
        untagged = sum(1 for b in view.blocks if b.undecided)
        guesses = sum(1 for b in view.blocks if b.guess)
        self.query_one("#triage-count", Static).update(
            Content.assemble(
                (f"Week {iso_week_name(view.first_day)}", "bold"),
                f"  {len(self.shown)} of {len(view.blocks)} blocks  ",
                (f"{untagged} untagged", "$text-error" if untagged else "$text-success"),
                *((f"  check these: {guesses} guessed", "$text-warning"),) if guesses else (),
            )
        )

    def on_resize(self) -> None:
        """Fit the titles to the new width, once the table has it."""
        self.call_after_refresh(self.refill)

    def selected_block(self) -> Block | None:
        """The block under the table's cursor."""
        row = self.query_one("#triage-table", DataTable).cursor_row
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def action_search(self) -> None:
        """Show the search box and type into it."""
        search = self.query_one("#triage-search", Input)
        search.add_class("-shown")
        search.focus()

    def action_cycle_filter(self) -> None:
        """Next filter: all, untagged, check these, each category, then not work."""
        select: Select[str] = self.query_one("#triage-filter", Select)
        keys = [value for _, value in FILTERS]
        current = select.value if isinstance(select.value, str) else "all"
        select.value = keys[(keys.index(current) + 1) % len(keys)]

    def action_disarm(self) -> None:
        """Escape: clear the search first, then a pending `s`."""
        search = self.query_one("#triage-search", Input)
        if search.has_class("-shown"):
            search.value = ""
            search.remove_class("-shown")
            self.query_one("#triage-table", DataTable).focus()
            self.refill()
            return
        super().action_disarm()

    @on(Select.Changed, "#triage-filter")
    @on(Input.Changed, "#triage-search")
    def _filter_changed(self) -> None:
        self.refill()

    @on(Input.Submitted, "#triage-search")
    def _search_done(self) -> None:
        self.query_one("#triage-table", DataTable).focus()

    @on(DataTable.RowSelected, "#triage-table")
    def _row_chosen(self) -> None:
        self.action_explain()
