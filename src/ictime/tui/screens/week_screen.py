"""The Week review: allocation vs target with drift and trend, meeting load, costs, exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from ictime.config import Config
from ictime.service import TREND_WEEKS, WeekView, load_week, plan_week
from ictime.timeutil import iso_week_name, week_of
from ictime.tui.context import IctimeContext
from ictime.tui.screens.base import WEEK_KEYS, ExportingScreen, WeekPaging
from ictime.tui.visuals import week_span
from ictime.tui.widgets.allocation import AllocationBars
from ictime.tui.widgets.key_bar import KeyBar
from ictime.tui.widgets.week_panels import (
    alerts_and_chains,
    build_time,
    day_blocks,
    focus_costs,
    lapsed_people,
    meeting_load,
    since_week_began,
)

if TYPE_CHECKING:
    from ictime.store import Store

_PANELS = (
    ("since-week-began", "Since the week began"),
    ("meeting-load", "Meetings and focus per day"),
    ("week-alerts", "Overload and back-to-back chains"),
    ("focus-costs", "Top focus costs"),
    ("lapsed", "Lapsed relationships"),
    ("next-build-week", "Build time for next week · x exports .ics"),
)


def write_review(store: Store, config: Config, monday: date, today: date, folder: Path) -> Path:
    """Write the week's review as Markdown (what `ictime report --format markdown` prints).

    Args:
        store: the open database.
        config: the person's settings.
        monday: first day of the week.
        today: the day relationships are judged from.
        folder: where to write.

    Returns:
        The file written.
    """
    from ictime.render import render_markdown
    from ictime.service import period_report, week_changes

    sunday = monday + timedelta(days=6)
    report = period_report(store, config, monday, sunday, today=today, weeks=TREND_WEEKS)
    changes = week_changes(store, config, monday)
    path = folder / f"ictime-review-{iso_week_name(monday)}.md"
    path.write_text(render_markdown(report, changes=changes), encoding="utf-8")
    return path


def write_build_time(
    store: Store, config: Config, monday: date, now: datetime, folder: Path
) -> Path:
    """Write a week's suggested build time as an .ics file to import into a calendar.

    Args:
        store: the open database.
        config: the person's settings.
        monday: first day of the week whose slots are written.
        now: the moment before which nothing is suggested.
        folder: where to write.

    Returns:
        The file written.
    """
    from ictime.render import suggestions_ics

    plan = plan_week(store, config, monday, now)
    path = folder / f"ictime-build-time-{iso_week_name(monday)}.ics"
    path.write_bytes(suggestions_ics(plan, config.timezone))
    return path


class WeekScreen(WeekPaging, ExportingScreen):
    """One ISO week under review; `[`/`]` move a week, `m`/`x` export."""

    CSS_PATH = "week_screen.tcss"

    STATUS_ID = "week-status"

    BINDINGS: ClassVar[list[BindingType]] = [
        *WEEK_KEYS,
        Binding("m", "export_markdown", "Export .md"),
        Binding("x", "export_ics", "Export .ics"),
    ]

    class WeekLoaded(Message):
        """A week's snapshot was read from the store."""

        def __init__(self, view: WeekView, version: int) -> None:
            super().__init__()
            self.view = view
            self.version = version

    def __init__(self, context: IctimeContext) -> None:
        super().__init__(context)
        self.view: WeekView | None = None

    def compose(self) -> ComposeResult:
        """Title, the panels in a grid (two columns when wide), the days, a status line."""
        yield Static(id="week-title", classes="title-line")
        with VerticalScroll(id="week-body"):
            with Vertical(id="week-grid"):
                with Vertical(id="alloc-panel", classes="panel") as alloc:
                    alloc.border_title = f"Allocation vs target · drift · {TREND_WEEKS}-week trend"
                    yield AllocationBars(id="week-alloc")
                for panel_id, title in _PANELS:
                    panel = Static(id=panel_id, classes="panel")
                    panel.border_title = title
                    yield panel
            with Vertical(id="week-days", classes="panel") as days:
                days.border_title = "Blocks day by day"
                for index in range(7):
                    yield Static(id=f"day-{index}", classes="day-column")
        yield Static(id="week-status", classes="status-line")
        yield KeyBar()

    def reload(self) -> None:
        """Read the week on view again; its title shows at once."""
        self.query_one("#week-title", Static).update(self._title(self.shown_monday))
        super().reload()

    @work(thread=True, exit_on_error=False, exclusive=True, group="load")
    def read_week(self, monday: date, version: int) -> None:
        context = self.context
        now, today = context.now(), context.today
        view = context.read_store(
            lambda store, config: load_week(store, config, monday, today, now)
        )
        self.post_message(self.WeekLoaded(view, version))

    def on_week_screen_week_loaded(self, message: WeekLoaded) -> None:
        """Fill the panels with the week that was read."""
        view = message.view
        if view.first_day != self.monday:
            return
        self.view = view
        self.loaded_version = message.version
        report = view.report
        self.query_one("#week-title", Static).update(self._title(view.first_day, view))
        self.query_one("#week-alloc", AllocationBars).show(report, report.trend)
        weeks = len(report.trend or ())
        trend = f" · {weeks}-week trend" if weeks > 1 else ""
        self.query_one("#alloc-panel").border_title = f"Allocation vs target · drift{trend}"
        self.query_one("#since-week-began", Static).update(since_week_began(view.changes))
        self.query_one("#meeting-load", Static).update(meeting_load(report))
        self.query_one("#week-alerts", Static).update(alerts_and_chains(report))
        self.query_one("#focus-costs", Static).update(focus_costs(report))
        self.query_one("#lapsed", Static).update(lapsed_people(report))
        self.query_one("#next-build-week", Static).update(build_time(view.next_week))
        working = set(report.working_days)
        for index in range(7):
            day = view.first_day + timedelta(days=index)
            blocks = [b for b in view.blocks if b.start.date() == day]
            column = self.query_one(f"#day-{index}", Static)
            column.display = day in working or any(b.counted for b in blocks)
            column.update(day_blocks(day, blocks))

    def _title(self, monday: date, view: WeekView | None = None) -> Content:
        parts: list[str | tuple[str, str]] = [
            (f"Week {iso_week_name(monday)}", "bold"),
            (f"  {week_span(monday)}", "$text-muted"),
        ]
        if monday == week_of(self.context.today)[0]:
            parts.append(("  this week", "$text-accent"))
        if view is not None:
            report = view.report
            verdict = (
                ("  on track", "$text-success")
                if report.on_track
                else ("  off track", "$text-error")
            )
            parts.append(verdict)
            parts.append((f"  {len(report.working_days)} working days", "$text-muted"))
        return Content.assemble(*parts)

    def action_export_markdown(self) -> None:
        """Write the review as Markdown in the export folder."""
        monday = self.shown_monday
        context = self.context
        self._export(lambda s, c: write_review(s, c, monday, context.today, context.export_dir))

    def action_export_ics(self) -> None:
        """Write the next week's build time as .ics in the export folder."""
        monday = self.shown_monday + timedelta(weeks=1)
        context = self.context
        self._export(lambda s, c: write_build_time(s, c, monday, context.now(), context.export_dir))

    def _export(self, write: Callable[[Store, Config], Path]) -> None:
        # The store is only read; the file is written in the same worker.
        context = self.context
        self.write_file(lambda: context.read_store(write))
