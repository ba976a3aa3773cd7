"""Today, the start screen: the day's timeline, this week so far, alerts and next build blocks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from ictime.model import Block
from ictime.service import DayView, load_day
from ictime.timeutil import iso_week_name
from ictime.tui.context import IctimeContext
from ictime.tui.screens.base import TaggingScreen
from ictime.tui.visuals import day_name, duration, long_day, safe, span_text
from ictime.tui.widgets.agenda import Agenda, build_entries
from ictime.tui.widgets.allocation import AllocationBars
from ictime.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from ictime.analysis import PeriodReport


FIRST_RUN = Content.assemble(
    ("No calendar yet.", "bold"),
    "\nPress ",
    ("i", "bold $text-accent"),
    " to import an .ics file or a calendar URL (Google, Outlook and Apple calendars export"
    " both), or quit and run ",
    ("ictime demo", "bold"),
    " to look around a sample week.",
)


def week_facts(report: PeriodReport) -> Content:
    """Two lines under the bars: focus time and meeting share, then fragmented time."""
    meetings = report.meetings
    meeting_style = "$text-error" if meetings.share > meetings.share_limit else "$text-muted"
    return Content.assemble(
        ("focus ", "$text-muted"),
        duration(report.focus_minutes),
        ("  meetings ", "$text-muted"),
        (f"{meetings.share * 100:.0f}%", meeting_style),
        ("\nfragmented ", "$text-muted"),
        duration(report.fragmented_minutes),
    )


def alert_lines(report: PeriodReport) -> Content:
    """The week's overload alerts, one per line, or a calm line when there are none."""
    if not report.alerts:
        return Content.styled("No overload this week.", "$text-success")
    return Content("\n").join(
        Content.assemble(("▲ ", "$text-warning"), safe(alert.message)) for alert in report.alerts
    )


def _added_today(view: DayView) -> str:
    """ "2 meetings added today, 1 h 30" when meetings were added since the morning, else ""."""
    if view.changes is None:
        return ""
    from ictime.render import added_today_line

    return added_today_line(view.changes)


_DAY = Binding.Group("Day", compact=True)


class TodayScreen(TaggingScreen):
    """The day's agenda; left/right move a day, 1-4 tag the selected block, 0: not work."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Previous day", key_display="←", group=_DAY),
        Binding("right", "move(1)", "Next day", key_display="→", group=_DAY),
        Binding("home,full_stop", "back_to_today", "Today", show=False),
    ]

    class DayLoaded(Message):
        """A day's snapshot was read from the store."""

        def __init__(self, view: DayView, version: int) -> None:
            super().__init__()
            self.view = view
            self.version = version

    REST_OF_DAY_AFTER: ClassVar[float] = 0.1
    """Seconds from the first frame holding the agenda to reading the rest of the day."""

    def __init__(self, context: IctimeContext) -> None:
        super().__init__(context)
        self.day: date | None = None
        self.view: DayView | None = None
        self._early = False

    def compose(self) -> ComposeResult:
        """Title line, the agenda beside the week panels, footer."""
        self.day = self.context.today
        # The title and the day's blocks (read at launch, when the store could be read at
        # once) are in the very first frame; the gaps and the week follow from the store.
        # As few widgets as the layout needs: each one adds to the time to the first frame.
        early = self.context.first_look()
        self._early = early is not None
        yield Static(self._title(self.day, early), id="day-title")
        with Horizontal(id="today-body"):
            now = self.context.now() if self.context.live else None
            entries = build_entries(self.day, early, None, now) if early is not None else []
            agenda = Agenda.showing(entries, id="agenda", classes="panel")
            agenda.border_title = "Agenda"
            yield agenda
            with VerticalScroll(id="side-pane"):
                week = AllocationBars(id="week-bars", classes="panel")
                week.border_title = "This week so far"
                yield week
                alerts = Static(id="alerts", classes="panel")
                alerts.border_title = "Alerts"
                yield alerts
                build = Static(id="next-build", classes="panel")
                build.border_title = "Next build blocks"
                yield build
        yield KeyBar()

    def on_mount(self) -> None:
        """Move the now line every minute."""
        self.set_interval(60, self._move_now_line)

    async def _move_now_line(self) -> None:
        view = self.view
        if view is None or not self.context.live or view.day != self.context.today:
            return
        agenda = self.query_one(Agenda)
        keep = agenda.selected_block()
        entries = build_entries(view.day, view.blocks, view.day_report, self.context.now())
        await agenda.show(entries, keep.id if keep else None)

    def schedule_reload(self) -> None:
        """Read the day once the first frame is out, later when that frame holds the agenda.

        Reading the rest of the day (the store, the week's analysis) on a worker takes turns
        with the main thread for the interpreter lock, and so holds up writing the first
        frame to the terminal; when the frame already shows the day's blocks, the rest can
        wait until it is out.
        """
        if self._early:
            self._early = False
            self.set_timer(self.REST_OF_DAY_AFTER, self.reload)
        else:
            super().schedule_reload()

    def reload(self) -> None:
        """Read the shown day again."""
        if self.day is None:
            self.day = self.context.today
        self._load(self.day, self.context.data_version)

    @work(thread=True, exit_on_error=False, exclusive=True, group="load")
    def _load(self, day: date, version: int) -> None:
        now = self.context.now()
        view = self.context.read_store(lambda store, config: load_day(store, config, day, now))
        self.post_message(self.DayLoaded(view, version))

    async def on_today_screen_day_loaded(self, message: DayLoaded) -> None:
        """Show the day that was read (unless another day was asked for meanwhile)."""
        if message.view.day != self.day:
            return
        view = message.view
        self.view = view
        self.loaded_version = message.version
        self.query_one("#day-title", Static).update(self._title(view.day, view.blocks, view))
        live_now = self.context.now() if self.context.live else None
        agenda = self.query_one(Agenda)
        keep = agenda.selected_block()
        entries = build_entries(
            view.day, view.blocks, view.day_report, live_now, has_data=view.has_data
        )
        await agenda.show(entries, keep.id if keep else None)
        bars = self.query_one("#week-bars", AllocationBars)
        if view.has_data:
            bars.show(view.week_so_far, note=week_facts(view.week_so_far))
        else:
            bars.show(None, note=FIRST_RUN)
        for panel in self.query("#alerts, #next-build"):
            panel.display = view.has_data
        self.query_one("#alerts", Static).update(alert_lines(view.week))
        self.query_one("#next-build", Static).update(self._next_build(view))

    def on_list_view_selected(self) -> None:
        """Enter (or a click) on a block explains its tag."""
        self.action_explain()

    def _title(
        self, day: date, blocks: Sequence[Block] | None, view: DayView | None = None
    ) -> Content:
        today = self.context.today
        when = "today" if day == today else ("tomorrow" if day == today + timedelta(1) else "")
        parts: list[str | tuple[str, str]] = [(long_day(day), "bold")]
        if when:
            parts.append((f"  {when}", "$text-accent"))
        parts.append((f"  week {iso_week_name(day)}", "$text-muted"))
        if blocks is not None:
            counted = [b for b in blocks if b.counted and not b.all_day]
            untagged = sum(1 for b in counted if b.undecided)
            parts.append((f"  {len(counted)} blocks", "$text-muted"))
            if untagged:
                parts.append((f", {untagged} untagged", "$text-error"))
            added = _added_today(view) if view is not None and day == today else ""
            if added:
                parts.append((f"  · {added}", "$text-warning"))
        status = self.context.refresh_status
        if status:
            parts.append((f"  · {safe(status)}", "$text-muted"))
        return Content.assemble(*parts)

    def on_screen_resume(self) -> None:
        """Back on view: the title line says what a refresh did meanwhile, then reload."""
        self.show_refresh_status()
        super().on_screen_resume()

    def show_refresh_status(self) -> None:
        """Redraw the title line with the app's refresh status."""
        if self.day is not None:
            view = self.view if self.view is not None and self.view.day == self.day else None
            blocks = view.blocks if view is not None else None
            self.query_one("#day-title", Static).update(self._title(self.day, blocks, view))

    @staticmethod
    def _next_build(view: DayView) -> Content:
        if not view.next_suggestions:
            return Content.styled("No open slot left to suggest.", "$text-muted")
        lines = []
        for slot in view.next_suggestions:
            lines.append(
                Content.assemble(
                    (f"{day_name(slot.start.date())} {span_text(slot.start, slot.end)}", "bold"),
                    (f" {duration(slot.minutes)}", "$text-muted"),
                )
            )
            lines.append(Content.styled(f"  {safe(slot.detail or slot.reason)}", "$text-muted"))
        return Content("\n").join(lines)

    def selected_block(self) -> Block | None:
        """The block highlighted in the agenda."""
        return self.query_one(Agenda).selected_block()

    def action_move(self, days: int) -> None:
        """Show another day (within the supported days)."""
        day = (self.day or self.context.today) + timedelta(days=days)
        if not self.may_page_to(day):
            return
        self.day = day
        self.query_one("#day-title", Static).update(self._title(self.day, None))
        self.reload()

    def action_back_to_today(self) -> None:
        """Show today again."""
        self.day = self.context.today
        self.reload()
