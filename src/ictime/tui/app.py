"""The ictime Textual app: opens on Today; Week review, Triage and Suggestions are modes."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

from ictime.config import Config
from ictime.model import RETITLED_NOTE, TAG_SERIES, Block, tag_label
from ictime.timeutil import day_start
from ictime.tui.context import IctimeContext
from ictime.tui.messages import BlocksImported, BlocksTagged, WorkerFailed
from ictime.tui.prefs import default_prefs_path, load_prefs, save_prefs
from ictime.tui.screens.base import IctimeScreen
from ictime.tui.screens.today_screen import TodayScreen
from ictime.tui.visuals import safe, theme_variables

if TYPE_CHECKING:
    from ictime.store import Store

T = TypeVar("T")


def _week_screen(context: IctimeContext) -> Screen[None]:
    from ictime.tui.screens.week_screen import WeekScreen

    return WeekScreen(context)


def _triage_screen(context: IctimeContext) -> Screen[None]:
    from ictime.tui.screens.triage_screen import TriageScreen

    return TriageScreen(context)


def _suggestions_screen(context: IctimeContext) -> Screen[None]:
    from ictime.tui.screens.suggestions_screen import SuggestionsScreen

    return SuggestionsScreen(context)


_MODE_SCREENS: dict[str, Callable[[IctimeContext], Screen[None]]] = {
    # "today" is added once the app runs: see `get_default_screen`.
    "week": _week_screen,
    "triage": _triage_screen,
    "plan": _suggestions_screen,
}


class IctimeApp(App[None]):
    """Today's agenda, the week's review, triage, suggestions and import, over one store."""

    CSS_PATH = "ictime.tcss"
    TITLE = "ictime"
    DEFAULT_MODE = "today"
    # Below 80 columns Today shows only the agenda; from 110 panels go side by side.
    HORIZONTAL_BREAKPOINTS = [(0, "-tiny"), (80, "-narrow"), (110, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("i", "open_import", "Import"),
        Binding("t", "switch_mode('today')", "Today"),
        Binding("w", "switch_mode('week')", "Week"),
        Binding("b", "switch_mode('triage')", "Triage"),
        Binding("p", "switch_mode('plan')", "Plan"),
        # Last: where the key bar runs out of room, it is the first to go.
        Binding("r", "refresh_sources", "Refresh"),
    ]

    DATA_POLL_SECONDS: ClassVar[float] = 1.0
    """How often the app looks whether another program (`ictime import`) changed the store."""

    def __init__(
        self,
        store: Store | Callable[[], Store],
        config: Config,
        today: date,
        *,
        export_dir: Path | None = None,
        clock: Callable[[], datetime] | None = None,
        prefs_file: Path | None = None,
        first_look: Callable[[], tuple[Block, ...] | None] | None = None,
    ) -> None:
        """Set up the app over an open store.

        Args:
            store: the open database (used from worker threads only), or a function that
                opens it: then it is opened by the first query, after Today is painted.
            config: the person's settings.
            today: the day Today opens on (pinned or the real one).
            export_dir: where exports are written (default: the working directory).
            clock: the real time, for the "now" line (default: the system clock).
            prefs_file: where the chosen theme is remembered (default: nowhere).
            first_look: reads the blocks of `today` for Today's first frame, before the
                store is opened (see `ictime.service.first_look`).
        """
        super().__init__()
        self._store = store if not callable(store) else None
        self._open_store = store if callable(store) else None
        self.config = config
        self.today = today
        self.export_dir = export_dir or Path.cwd()
        self._clock = clock or (lambda: datetime.now(config.timezone))
        self._store_lock = threading.Lock()
        self._first_read = threading.Event()
        self._first_look = first_look
        self.refresh_status = ""
        # The store's data version when the screens last read it (see `_notice_outside_changes`).
        self._seen_data_version = self._store.data_version() if self._store else None
        self.data_version = 0
        self.failures: list[str] = []
        self.prefs_file = prefs_file
        self._prefs = load_prefs(prefs_file)
        if self._prefs.get("theme") in self.available_themes:
            self.theme = self._prefs["theme"]
        # Each mode's screen is made on first visit, handed the app as its context.
        for mode, make_screen in _MODE_SCREENS.items():
            self.add_mode(mode, partial(make_screen, self))

    def watch_theme(self, theme: str) -> None:
        """Remember a theme chosen in the command palette for the next run."""
        if self._prefs.get("theme") != theme:
            self._prefs["theme"] = theme
            save_prefs(self.prefs_file, self._prefs)

    def get_default_screen(self) -> Screen[None]:
        """Today, the first screen, made as the default screen rather than as a mode's.

        Textual re-parses the whole stylesheet when a mode makes its first screen, but not
        for the default screen; that parse would come before Today's first frame. The
        "today" mode is registered when the app starts, over the screen made here.
        """
        return TodayScreen(self)

    def on_ready(self) -> None:
        """The first frame is out: collect garbage again, past what start-up made.

        `ictime.launch` pauses the collector while the app starts; what exists now lives as
        long as the app, so it is frozen out of every later collection. When the collector
        was not paused (the command line's `ictime`, the demo, tests), nothing is frozen.
        """
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    def on_mount(self) -> None:
        """Make Today a mode like the others (its screen already exists); refresh sources."""
        self.add_mode("today", partial(TodayScreen, self))
        if self.config.import_.refresh_on_start:
            self._refresh(stale_only=True)
        self.set_interval(self.DATA_POLL_SECONDS, self._notice_outside_changes)

    # -- time and data ------------------------------------------------------------------

    @property
    def live(self) -> bool:
        """Whether `today` is the real today (so a "now" line makes sense)."""
        return self._clock().date() == self.today

    def first_look(self) -> tuple[Block, ...] | None:
        """The blocks of `today` read for the first frame, once; None after that or when unread."""
        read, self._first_look = self._first_look, None
        return read() if read is not None else None

    def now(self) -> datetime:
        """The current moment, or the start of the pinned day when `today` is pinned."""
        return self._clock() if self.live else day_start(self.today, self.config.timezone)

    def read_store(self, query: Callable[[Store, Config], T]) -> T:
        """Run a query that only reads the store; call from worker threads only.

        Args:
            query: a function of the store and the config (a service loader).

        Returns:
            What the query returned.
        """
        return self._with_store(query, writes=False)

    def write_store(self, change: Callable[[Store, Config], T]) -> T:
        """Run a change to the store (an import, a tag); call from worker threads only.

        Args:
            change: a function of the store and the config (a service command).

        Returns:
            What the change returned.
        """
        return self._with_store(change, writes=True)

    def _with_store(self, use: Callable[[Store, Config], T], *, writes: bool) -> T:
        # One connection, used by one worker at a time; opened by the first use (which
        # brings stored tags up to the config, so it is not a read).
        with self._store_lock:
            if self._store is None:
                assert self._open_store is not None
                try:
                    self._store = self._open_store()
                except BaseException:
                    self._first_read.set()  # nothing to refresh into: the screen says why
                    raise
                self._seen_data_version = self._store.data_version()
            if writes:
                return use(self._store, self.config)
            try:
                with self._store.read_only():
                    return use(self._store, self.config)
            finally:
                self._first_read.set()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Category colours as CSS variables (`$cat-deep_work`, …)."""
        return theme_variables()

    def data_changed(self) -> None:
        """Count a change to the store and reload the screens on view."""
        self.data_version += 1
        for screen in self.screen_stack:
            if isinstance(screen, IctimeScreen):
                screen.reload()

    def _notice_outside_changes(self) -> None:
        """Reload the screens when another program (an import in a shell) changed the store.

        Runs on a timer on the main thread, so it never waits: while a worker uses the
        store, it looks again at the next tick.
        """
        store = self._store
        if store is None or not self._store_lock.acquire(blocking=False):
            return
        try:
            version = store.data_version()
        finally:
            self._store_lock.release()
        if version != self._seen_data_version:
            self._seen_data_version = version
            self.data_changed()

    # -- what screens tell the app ------------------------------------------------------

    def on_blocks_tagged(self, message: BlocksTagged) -> None:
        """Show the change everywhere and say what was done."""
        self.data_changed()
        whole = message.block.tag_source == TAG_SERIES
        scope = "every occurrence of" if whole else ""
        label = tag_label(message.block, short=True)
        what = f"{scope} {safe(message.block.summary)!r}".strip()
        note = f" ({RETITLED_NOTE})" if message.series and not whole else ""
        self.notify(f"Tagged {what} as {label}{note}", markup=False, timeout=3)

    def on_blocks_imported(self, message: BlocksImported) -> None:
        """An import changed the store: every screen shows it."""
        self.data_changed()

    def on_worker_failed(self, message: WorkerFailed) -> None:
        """Say so when a worker failed: the app never stops on a bad file or a locked database."""
        from ictime.store import StoreBusy, StoreError, StoreFull, StoreReadOnly

        error = message.error
        # A change that could not be made (busy, full, read-only) leaves the data as it was.
        unchanged = (StoreBusy, StoreFull, StoreReadOnly)
        if isinstance(error, StoreError) and not isinstance(error, unchanged):
            # Without its database the app has nothing to show: leave as the CLI would.
            self.exit(return_code=1, message=f"ictime: {safe(str(error))}")
            return
        text = safe(f"{error}") if error is not None and str(error) else type(error).__name__
        self.failures.append(text)
        self.notify(text, title="Something went wrong", severity="error", markup=False)

    # -- refreshing the configured sources ------------------------------------------------

    @work(thread=True, exit_on_error=False, exclusive=True, group="refresh")
    def _refresh(self, *, stale_only: bool) -> None:
        """Re-import the configured sources (the stale ones, or all), after the first read.

        Downloads happen outside the store's lock, so no screen waits for a server; with no
        configured source, Today is told when the last import is old.
        """
        # The day on screen is read first: a refresh never delays it, nor do its imports.
        self._first_read.wait(timeout=10)
        from ictime.service import (
            NUDGE_AFTER,
            describe_refresh,
            download,
            import_downloads,
            last_import_age,
            stale_sources,
        )

        if self._store is None and self._open_store is not None:
            return  # the store could not be opened; the screen has said why
        if not self.config.sources:
            now = self.now()  # a pinned day (the demo) is judged as of that day
            age = self.read_store(lambda store, _config: last_import_age(store, now))
            if age is not None and age > NUDGE_AFTER:
                self.call_from_thread(
                    self._show_refresh_status, f"last import {age.days} days ago — press i"
                )
            return
        sources = self.read_store(stale_sources) if stale_only else list(self.config.sources)
        if not sources:
            return
        names = ", ".join(source.name for source in sources)
        self.call_from_thread(self._show_refresh_status, f"refreshing {names}…")
        downloads = download(sources, self.config)
        today = self.today
        reports = self.write_store(
            lambda store, config: import_downloads(store, config, downloads, today=today)
        )
        at = self._clock()
        status = "; ".join(describe_refresh(report, at) for report in reports)
        self.call_from_thread(self._show_refresh_status, status)
        if any(report.outcome == "imported" for report in reports):
            self.post_message(BlocksImported(reports))

    def _show_refresh_status(self, text: str) -> None:
        self.refresh_status = text
        for screen in self.screen_stack:
            if isinstance(screen, TodayScreen):
                screen.show_refresh_status()

    def action_refresh_sources(self) -> None:
        """Re-import every configured source now (`ictime import` does it from the shell)."""
        if not self.config.sources:
            self.notify(
                "No [[sources]] in the config: press i to import a file or URL.",
                markup=False,
                timeout=4,
            )
            return
        self._refresh(stale_only=False)

    # -- actions ------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keep the screen keys from acting behind a dialog (the dialog's own keys still work)."""
        if action in ("switch_mode", "open_import", "help"):
            return not isinstance(self.screen, ModalScreen)
        return True

    def action_open_import(self) -> None:
        """Open the import dialog."""
        from ictime.tui.screens.import_modal import ImportModal

        if not isinstance(self.screen, ImportModal):
            self.push_screen(ImportModal(self))

    def action_help(self) -> None:
        """Show the keys."""
        from ictime.tui.screens.help_modal import HelpModal

        if not isinstance(self.screen, HelpModal):
            self.push_screen(HelpModal())

    def export_markdown(self) -> None:
        """Export the Week review as Markdown (from the Week screen)."""
        self.switch_mode("week")
        self.call_after_refresh(self.screen.run_action, "export_markdown")

    def export_ics(self) -> None:
        """Export next week's build time as .ics (from the Week screen)."""
        self.switch_mode("week")
        self.call_after_refresh(self.screen.run_action, "export_ics")

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The main actions in the command palette, then Textual's (themes, keys, quit)."""
        yield SystemCommand("Today", "The day's agenda and this week so far", self._mode("today"))
        yield SystemCommand("Week review", "Allocation, drift, meetings, trend", self._mode("week"))
        yield SystemCommand("Triage", "Tag the week's blocks", self._mode("triage"))
        yield SystemCommand("Suggestions", "Protected build time", self._mode("plan"))
        yield SystemCommand(
            "Import calendar", "Import an .ics file or URL", self.action_open_import
        )
        yield SystemCommand(
            "Export review", "Write the week's review as Markdown", self.export_markdown
        )
        yield SystemCommand(
            "Export build time", "Write next week's build time as .ics", self.export_ics
        )
        yield SystemCommand("Help", "Every key of every screen", self.action_help)
        yield from super().get_system_commands(screen)

    def _mode(self, mode: str) -> Callable[[], None]:
        def switch() -> None:
            self.switch_mode(mode)

        return switch


def run_app(
    store: Store | Callable[[], Store],
    config: Config,
    today: date,
    now: datetime | None = None,
    *,
    first_look: Callable[[], tuple[Block, ...] | None] | None = None,
) -> int:
    """Run the app until the person quits.

    Args:
        store: the open database, or a function that opens it (see `IctimeApp`).
        config: the person's settings.
        today: the day Today opens on.
        now: a pinned moment (`--today` with a time): the app's clock stands still there.
        first_look: reads the day's blocks for the first frame (see `IctimeApp`).

    Returns:
        The exit status: 1 when the database could not be opened.
    """
    clock = None if now is None else (lambda: now)
    app = IctimeApp(
        store,
        config,
        today,
        prefs_file=default_prefs_path(),
        clock=clock,
        first_look=first_look,
    )
    app.run()
    return app.return_code or 0
