"""Suggestions: the week's protected build slots with reasons; accept or skip, export as .ics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar
from zoneinfo import ZoneInfo

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Static

from ictime.service import plan_week
from ictime.timeutil import iso_week_name
from ictime.tui.context import IctimeContext
from ictime.tui.screens.base import WEEK_KEYS, ExportingScreen, WeekPaging
from ictime.tui.visuals import day_name, duration, safe, span_text
from ictime.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from ictime.suggest import Suggestion, SuggestionPlan

_STATUS = {"accepted": ("✓ accepted", "bold green"), "skipped": ("✗ skipped", "dim"), "": ("·", "")}


def write_accepted(plan: SuggestionPlan, accepted: set[str], tz: ZoneInfo, folder: Path) -> Path:
    """Write the accepted slots of a plan as an .ics file.

    Args:
        plan: the week's plan.
        accepted: UIDs of the slots to write.
        tz: the person's zone.
        folder: where to write.

    Returns:
        The file written.
    """
    from ictime.render import suggestions_ics

    chosen = replace(plan, suggestions=tuple(s for s in plan.suggestions if s.uid in accepted))
    first = plan.first_day or chosen.suggestions[0].start.date()
    path = folder / f"ictime-accepted-build-time-{iso_week_name(first)}.ics"
    path.write_bytes(suggestions_ics(chosen, tz))
    return path


class SuggestionsScreen(WeekPaging, ExportingScreen):
    """A week's suggested build slots; `a` accepts, `s` skips, `x` exports the accepted ones."""

    CSS_PATH = "suggestions_screen.tcss"

    STATUS_ID = "plan-status"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "mark('accepted')", "Accept"),
        Binding("s", "mark('skipped')", "Skip"),
        Binding("x", "export", "Export .ics"),
        *WEEK_KEYS,
    ]

    class PlanLoaded(Message):
        """A week's plan was computed."""

        def __init__(self, monday: date, plan: SuggestionPlan, version: int) -> None:
            super().__init__()
            self.monday = monday
            self.plan = plan
            self.version = version

    def __init__(self, context: IctimeContext) -> None:
        super().__init__(context)
        self.plan: SuggestionPlan | None = None
        self.decisions: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        """Title, the slots table, the plan's notes, status line."""
        yield Static(id="plan-title", classes="title-line")
        table: DataTable[Text] = DataTable(id="plan-table", cursor_type="row")
        yield table
        why = Static(id="plan-why", classes="panel")
        why.border_title = "Why this slot"
        yield why
        with VerticalScroll(id="plan-scroll"):
            notes = Static(id="plan-notes", classes="panel")
            notes.border_title = "The plan, and what to renegotiate"
            yield notes
        yield Static(id="plan-status", classes="status-line")
        yield KeyBar()

    def on_mount(self) -> None:
        """Set up the columns."""
        table = self.query_one("#plan-table", DataTable)
        for name in ("Status", "Day", "Time", "Length", "Why"):
            table.add_column(name, key=name.lower())
        table.focus()

    @work(thread=True, exit_on_error=False, exclusive=True, group="load")
    def read_week(self, monday: date, version: int) -> None:
        now: datetime = self.context.now()
        plan = self.context.read_store(lambda store, config: plan_week(store, config, monday, now))
        self.post_message(self.PlanLoaded(monday, plan, version))

    def on_suggestions_screen_plan_loaded(self, message: PlanLoaded) -> None:
        """Show the plan that was computed."""
        if message.monday != self.monday:
            return
        self.plan = message.plan
        self.loaded_version = message.version
        self.refill()

    def refill(self) -> None:
        """Fill the table, the title and the notes from the plan and the decisions."""
        plan, monday = self.plan, self.monday
        if plan is None or monday is None:
            return
        table = self.query_one("#plan-table", DataTable)
        row = table.cursor_row
        table.clear()
        for slot in plan.suggestions:
            table.add_row(*self._cells(slot), key=slot.uid)
        if plan.suggestions:
            table.move_cursor(row=min(max(row, 0), len(plan.suggestions) - 1))
        accepted = sum(1 for s in plan.suggestions if self.decisions.get(s.uid) == "accepted")
        title = Content.assemble(
            (f"Build time, week {iso_week_name(monday)}", "bold"),
            (
                f"  {len(plan.suggestions)} slots, {duration(plan.suggested_minutes)}",
                "$text-muted",
            ),
            (f"  {accepted} accepted", "$text-success" if accepted else "$text-muted"),
        )
        self.query_one("#plan-title", Static).update(title)
        self.query_one("#plan-notes", Static).update(self._notes(plan))
        self._show_why()

    @on(DataTable.RowHighlighted, "#plan-table")
    def _show_why(self) -> None:
        slot = self.selected()
        why = self.query_one("#plan-why", Static)
        if slot is None:
            why.update(Content.styled("No slot selected.", "$text-muted"))
            return
        when = f"{day_name(slot.start.date())} {span_text(slot.start, slot.end)}"
        reason = slot.reason.removeprefix(f"{slot.label}: ")  # the when is shown in bold
        why.update(Content.assemble((when, "bold $cat-deep_work"), ": ", safe(reason)))

    def _cells(self, slot: Suggestion) -> tuple[Text, ...]:
        label, style = _STATUS[self.decisions.get(slot.uid, "")]
        why = safe(slot.detail or slot.reason).split(";")[0]
        return (
            Text(label, style=style),
            Text(day_name(slot.start.date())),
            Text(span_text(slot.start, slot.end)),
            Text(duration(slot.minutes), justify="right"),
            Text(why),
        )

    @staticmethod
    def _notes(plan: SuggestionPlan) -> Content:
        lines = [Content(safe(plan.message))] if plan.message else []
        for item in plan.renegotiate:
            lines.append(Content.assemble(("↻ ", "$text-warning"), safe(item.reason)))
        if not plan.suggestions:
            lines.append(
                Content.styled("Nothing left to suggest here: ] shows next week.", "$text-muted")
            )
        return Content("\n").join(lines)

    def selected(self) -> Suggestion | None:
        """The slot under the cursor."""
        if self.plan is None:
            return None
        row = self.query_one("#plan-table", DataTable).cursor_row
        return self.plan.suggestions[row] if 0 <= row < len(self.plan.suggestions) else None

    def action_mark(self, decision: str) -> None:
        """Accept or skip the selected slot, then move to the next one."""
        slot = self.selected()
        if slot is None:
            return
        self.decisions[slot.uid] = decision
        table = self.query_one("#plan-table", DataTable)
        row = table.cursor_row
        self.refill()
        table.move_cursor(row=min(row + 1, table.row_count - 1))

    @on(DataTable.RowSelected, "#plan-table")
    def _row_chosen(self) -> None:
        slot = self.selected()
        if slot is not None:
            accepted = self.decisions.get(slot.uid) == "accepted"
            self.action_mark("skipped" if accepted else "accepted")

    def action_export(self) -> None:
        """Write the accepted slots as .ics in the export folder."""
        plan = self.plan
        accepted = {uid for uid, d in self.decisions.items() if d == "accepted"}
        if plan is None or not any(s.uid in accepted for s in plan.suggestions):
            self._status(Content.styled("Accept a slot first (a), then export.", "$text-warning"))
            return
        self._export(plan, accepted)

    def _export(self, plan: SuggestionPlan, accepted: set[str]) -> None:
        context = self.context
        self.write_file(
            lambda: write_accepted(plan, accepted, context.config.timezone, context.export_dir)
        )

    def _status(self, content: Content) -> None:
        self.query_one("#plan-status", Static).update(content)
