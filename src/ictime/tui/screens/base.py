"""Base screens: data that follows the store, exports; tagging keys for Today and Triage."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from ictime.model import CATEGORIES, Block, category_label
from ictime.timeutil import SUPPORTED_DAYS, is_supported, week_of
from ictime.tui.context import IctimeContext
from ictime.tui.messages import BlocksTagged, WorkerFailed
from ictime.tui.visuals import CATEGORY_KEYS, NOT_WORK_KEY, safe

_TAG = Binding.Group("Tag", compact=True)
WEEK = Binding.Group("Week", compact=True)
"""The `[` `]` pair that moves a week, shown as one footer entry."""

# Shift+1..4 on a US keyboard: a modifier that tags the whole series at once.
_SHIFTED_DIGITS = ("exclamation_mark", "at", "number_sign", "dollar_sign")
_SHIFTED_ZERO = "right_parenthesis"


class IctimeScreen(Screen[None]):
    """A screen whose data is read from the store in workers and reloaded when it changes."""

    loaded_version = -1
    """The app's data version that the shown data was read at."""

    def __init__(self, context: IctimeContext) -> None:
        """Make the screen.

        Args:
            context: the day, the clock, the config and the store, as the app offers them.
        """
        super().__init__()
        self.context = context

    def on_screen_resume(self) -> None:
        """Reload when the store changed while another screen was on view.

        The read starts after the next paint, so the screen's frame shows at once and the
        worker's imports and queries never hold up the first frame.
        """
        self.app.refresh_bindings()  # keys hidden while a dialog was open show again
        if self.loaded_version != self.context.data_version:
            self.schedule_reload()

    def schedule_reload(self) -> None:
        """Start reading this screen's data once its frame is painted."""
        self.call_after_refresh(self.reload)

    def reload(self) -> None:
        """Read this screen's data again (in a worker)."""
        raise NotImplementedError

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Tell the app when a worker failed (it reports it)."""
        if event.state == WorkerState.ERROR:
            self.post_message(WorkerFailed(event.worker.error))

    def may_page_to(self, day: date) -> bool:
        """Whether paging may show `day`; when not (out of range), say so.

        Args:
            day: the day, or the Monday of the week, that paging would show.
        """
        if is_supported(day):
            return True
        self.notify(
            f"{day} is out of range: ictime works with days from {SUPPORTED_DAYS}",
            severity="warning",
            markup=False,
            timeout=4,
        )
        return False


WEEK_KEYS: tuple[Binding, ...] = (
    Binding("left_square_bracket", "move(-1)", "Previous week", key_display="[", group=WEEK),
    Binding("right_square_bracket", "move(1)", "Next week", key_display="]", group=WEEK),
)
"""The keys of `WeekPaging`; each screen places them in its footer."""


class WeekPaging(IctimeScreen):
    """A screen that shows one ISO week, this week until `[`/`]` (`WEEK_KEYS`) move it."""

    monday: date | None = None
    """The Monday of the week on view, once chosen."""

    @property
    def shown_monday(self) -> date:
        """The Monday of the week on view."""
        return self.monday or week_of(self.context.today)[0]

    def action_move(self, weeks: int) -> None:
        """Show another week (within the supported days)."""
        monday = self.shown_monday + timedelta(weeks=weeks)
        if self.may_page_to(monday):
            self.monday = monday
            self.reload()

    def reload(self) -> None:
        """Read the week on view again."""
        self.monday = self.shown_monday
        self.read_week(self.monday, self.context.data_version)

    def read_week(self, monday: date, version: int) -> object:
        """Read the week starting `monday` in a worker (which subclasses return)."""
        raise NotImplementedError


class ExportingScreen(IctimeScreen):
    """A screen that writes files (reviews, .ics) in a worker and says where they went."""

    STATUS_ID: ClassVar[str]
    """The id of the status line that shows the written path or the error."""

    class FileWritten(Message):
        """An export was written to `path` (or failed with `error`)."""

        def __init__(self, path: Path | None, error: str = "") -> None:
            super().__init__()
            self.path = path
            self.error = error

    last_export: Path | None = None

    @work(thread=True, exit_on_error=False, group="export")
    def write_file(self, write: Callable[[], Path]) -> None:
        """Run `write` in a worker; a file system error is reported, never raised.

        Args:
            write: writes the file and returns its path.
        """
        try:
            path = write()
        except OSError as exc:
            self.post_message(self.FileWritten(None, f"{exc.strerror or exc}: {exc.filename}"))
            return
        self.post_message(self.FileWritten(path))

    def on_exporting_screen_file_written(self, message: FileWritten) -> None:
        """Show where the file went (or why it did not)."""
        status = self.query_one(f"#{self.STATUS_ID}", Static)
        if message.path is None:
            status.update(Content.styled(f"Export failed: {message.error}", "$text-error"))
            return
        self.last_export = message.path
        status.update(Content.assemble(("Wrote ", "$text-success"), str(message.path)))
        self.notify(f"Wrote {message.path}", markup=False, timeout=4)


class TaggingScreen(IctimeScreen):
    """A screen with a selected block: `1`-`4` tag it, `0` marks it not work, `s` then a
    digit does the same for its series."""

    # `0` leads the tag keys, so the key bar shows them as one entry (`01234 Tag`).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(NOT_WORK_KEY, "tag('none')", "Not work", group=_TAG),
        *(
            Binding(
                CATEGORY_KEYS[key], f"tag('{key}')", category_label(key, short=True), group=_TAG
            )
            for key in CATEGORIES
        ),
        *(
            Binding(shifted, f"tag('{key}', True)", show=False)
            for shifted, key in zip(_SHIFTED_DIGITS, CATEGORIES, strict=True)
        ),
        Binding(_SHIFTED_ZERO, "tag('none', True)", show=False),
        Binding("s", "arm_series", "Series"),
        Binding("e", "explain", "Explain"),
        Binding("escape", "disarm", show=False),
    ]

    class BlockExplained(Message):
        """The reason for a block's tag was read."""

        def __init__(self, block: Block, text: str) -> None:
            super().__init__()
            self.block = block
            self.text = text

    series_armed = False
    """Whether the next digit tags the whole series."""

    def selected_block(self) -> Block | None:
        """The block the keys act on, or None."""
        raise NotImplementedError

    def show_status(self, text: str) -> None:
        """Say something in the screen's status line."""
        self.notify(text, markup=False, timeout=3)

    def action_tag(self, category: str, series: bool = False) -> None:
        """Tag the selected block (or its whole series)."""
        block = self.selected_block()
        series = series or self.series_armed
        self.series_armed = False
        if block is None:
            self.show_status("Select a block first.")
            return
        self._tag(block, category, series)

    @work(thread=True, exit_on_error=False, group="write")
    def _tag(self, block: Block, category: str, series: bool) -> None:
        from ictime.service import ServiceError, tag_block

        try:
            tagged = self.context.write_store(
                lambda store, config: tag_block(store, config, block.id, category, series=series)
            )
        except ServiceError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        self.post_message(BlocksTagged(tagged, series))

    def action_arm_series(self) -> None:
        """Make the next digit tag every occurrence of the selected block's series."""
        block = self.selected_block()
        if block is None:
            self.show_status("Select a block first.")
            return
        self.series_armed = True
        kind = "series" if block.recurring else "event (it does not repeat)"
        self.show_status(
            f"Whole {kind} {safe(block.summary)!r}: press 1-4, or 0 for not work (esc cancels)"
        )

    def action_disarm(self) -> None:
        """Forget a pending `s`."""
        if self.series_armed:
            self.series_armed = False
            self.show_status("Series tagging cancelled.")

    def action_explain(self) -> None:
        """Say why the selected block has its tag."""
        block = self.selected_block()
        if block is None:
            self.show_status("Select a block first.")
            return
        self._explain(block.id)

    @work(thread=True, exit_on_error=False, group="explain", exclusive=True)
    def _explain(self, block_id: str) -> None:
        from ictime.service import ServiceError, explain_block

        try:
            block, text = self.context.read_store(
                lambda store, config: explain_block(store, config, block_id)
            )
        except ServiceError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        self.post_message(self.BlockExplained(block, text))

    def on_tagging_screen_block_explained(self, message: BlockExplained) -> None:
        """Show why the block has its tag."""
        from ictime.tui.screens.explain_modal import ExplainModal

        self.app.push_screen(ExplainModal(message.block, message.text))
