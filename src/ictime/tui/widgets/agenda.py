"""Today's agenda as a timeline: blocks by category, open gaps, focus-sized gaps, a now line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar, Literal

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.events import Resize
from textual.widgets import ListItem, ListView

from ictime.model import Block, tag_label
from ictime.tui.visuals import (
    category_style,
    clip,
    duration,
    hhmm,
    safe,
    span_text,
)

if TYPE_CHECKING:
    from ictime.analysis import DayReport

EntryKind = Literal["block", "all_day", "gap", "now", "note"]

# Minutes per row to try, finest first: the finest that fits the pane is used.
_SCALES = (10, 15, 20, 30, 45, 60)


@dataclass(frozen=True)
class AgendaEntry:
    """One row group of the timeline."""

    kind: EntryKind
    start: datetime | None = None
    end: datetime | None = None
    block: Block | None = None
    focus: bool = False
    text: str = ""
    past: bool = False

    @property
    def minutes(self) -> int:
        """Length in minutes (0 for lines without a span)."""
        if self.start is None or self.end is None:
            return 0
        return int((self.end - self.start).total_seconds() // 60)


def build_entries(
    day: date,
    blocks: Sequence[Block],
    report: DayReport | None,
    now: datetime | None,
    *,
    has_data: bool = True,
) -> list[AgendaEntry]:
    """The timeline of a day: all-day items, then blocks and open gaps by time, and a now line.

    Args:
        day: the day shown.
        blocks: its blocks.
        report: the day's analysis, whose open gaps are shown; None before it is made.
        now: the moment to mark, or None for no now line.
        has_data: whether anything was ever imported (else the agenda says how to).

    Returns:
        The entries in display order.
    """
    if not has_data:
        text = "Nothing imported yet: press i to import a calendar file or URL."
        return [AgendaEntry("note", text=text)]
    entries = [AgendaEntry("all_day", block=b) for b in blocks if b.all_day]
    timed = [b for b in blocks if not b.all_day]
    items: list[AgendaEntry] = [AgendaEntry("block", b.start, b.end, block=b) for b in timed]
    if report is not None:
        items += [
            AgendaEntry("gap", gap.start, gap.end, focus=gap.in_focus_block)
            for gap in report.open_gaps
        ]
    items.sort(key=lambda e: (e.start, e.kind != "gap"))
    if now is not None and now.date() == day:
        items = [replace(i, past=i.end is not None and i.end <= now) for i in items]
        position = sum(1 for item in items if item.start is not None and item.start <= now)
        items.insert(position, AgendaEntry("now", now, now))
    entries += items
    if not timed and not entries:
        entries.append(AgendaEntry("note", text="Nothing on the calendar."))
    elif report is not None and report.off:
        entries.insert(0, AgendaEntry("note", text="Day off."))
    return entries


def choose_scale(entries: Sequence[AgendaEntry], rows: int) -> int | None:
    """The finest minutes-per-row that fits the entries in `rows`, or None for one row each.

    Args:
        entries: the timeline.
        rows: the height available.

    Returns:
        Minutes per row, or None when even the coarsest scale overflows.
    """
    for scale in _SCALES:
        if sum(entry_height(e, scale) for e in entries) <= rows:
            return scale
    return None


def entry_height(entry: AgendaEntry, scale: int | None) -> int:
    """Rows an entry takes at a scale (None: one row each).

    A block takes at least two rows (title, then times and details) and a gap at least one;
    neither takes more than six, so a long hold cannot push the rest of the day away.
    """
    if scale is None or entry.kind not in ("block", "gap"):
        return 1
    least = 2 if entry.kind == "block" else 1
    return max(least, min(round(entry.minutes / scale), 6))


class AgendaRow(ListItem):
    """One entry of the agenda; blocks can be selected, gaps and lines cannot."""

    def __init__(self, entry: AgendaEntry) -> None:
        classes = ["-" + entry.kind]
        if entry.block is not None:
            category = entry.block.category if entry.block.counted else "muted"
            classes.append(f"-cat-{category}")
        if entry.focus:
            classes.append("-focus")
        if entry.past:
            classes.append("-past")
        super().__init__(classes=" ".join(classes), disabled=entry.kind != "block")
        self.entry = entry
        if entry.kind != "note":
            # A fixed height until the agenda knows its own (`Agenda.on_resize`): an "auto"
            # one would render every row once more only to measure it, before the first frame.
            self.styles.height = 2 if entry.kind == "block" else 1

    def render(self) -> Content:
        """The entry's lines, cut to the row's width and height."""
        if self.entry.kind == "note":
            return Content(self.entry.text)  # wraps: the row's height is auto
        width = max(self.size.width, 1)
        lines = self._lines(width)
        return Content("\n").join(lines[: max(self.size.height, 1)])

    def _lines(self, width: int) -> list[Content]:
        entry = self.entry
        if entry.kind == "now" and entry.start is not None:
            label = f" now {hhmm(entry.start)} "
            return [Content.styled(("──" + label).ljust(width, "─"), "bold $error")]
        if entry.kind == "gap" and entry.start is not None and entry.end is not None:
            return self._gap_lines(entry, width)
        block = entry.block
        assert block is not None
        return self._block_lines(block, width)

    @staticmethod
    def _gap_lines(entry: AgendaEntry, width: int) -> list[Content]:
        assert entry.start is not None and entry.end is not None
        length = duration(entry.minutes)
        if entry.focus:
            text = f"{hhmm(entry.start)}  ◆ open {length}: focus time, keep it"
            return [Content.styled(clip(text, width), "$cat-deep_work bold")]
        return [Content.styled(clip(f"{hhmm(entry.start)}  · open {length}", width), "$text-muted")]

    @staticmethod
    def _block_lines(block: Block, width: int) -> list[Content]:
        if block.all_day:
            head = Content.assemble(("all day ", "$text-muted"), safe(block.summary))
            return [head.truncate(width, ellipsis=True)]
        tag = "" if not block.counted else tag_label(block, short=True)
        flags: list[tuple[str, str]] = []
        if block.counted and block.tentative:
            flags.append(("? ", "$warning bold"))
        # Not work is shown plainly: decided, nothing to act on.
        style = "$text-muted" if block.not_work else category_style(block.category)
        right = Content.assemble(*flags, (tag, style))
        if block.counted and block.guess:
            right += Content.styled("?", "$warning")  # a guess: Triage asks about it
        title_width = max(width - 7 - right.cell_length - 1, 1)
        title_style = "bold" if block.counted else "$text-muted strike"
        title = Content.styled(clip(safe(block.summary), title_width), title_style)
        head = Content.assemble((hhmm(block.start), "$text-muted"), "  ", title)
        head = head.pad_right(max(width - head.cell_length - right.cell_length, 1)) + right
        details = [span_text(block.start, block.end)]
        if not block.counted:
            details.append(block.not_counted_reason or "not counted")
        elif block.tentative:
            details.append("tentative")
        if block.counted and block.undecided:
            details.append("untagged: press 0-4")  # 0: not work, as the key bar says
        details.append(duration(block.minutes))
        if block.attendees:
            details.append(f"{block.attendees + 1} people")
        if block.tag_source in ("manual", "series"):
            details.append("marked by hand" if block.not_work else "tagged by hand")
        elif block.tag_source == "learned":
            details.append("learned from your tags")
        if block.counted and block.guess:
            details.append("a guess")
        second = Content.styled(clip("       " + " · ".join(details), width), "$text-muted")
        return [head, second]


class Agenda(ListView, inherit_bindings=False):
    """The day as a list of rows whose heights follow the clock when the pane has room.

    Left and right are left to the screen (they move a day), so only the list's own keys
    are bound here.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Previous block", show=False),
        Binding("down", "cursor_down", "Next block", show=False),
        Binding("enter", "select_cursor", "Explain", show=False),
    ]

    @classmethod
    def showing(cls, entries: Sequence[AgendaEntry], *, id: str, classes: str) -> Agenda:
        """An agenda made with its rows, so they are in the screen's first frame.

        Args:
            entries: the timeline.
            id: the widget's id.
            classes: its classes.

        Returns:
            The widget, its first upcoming block selected.
        """
        rows = [AgendaRow(entry) for entry in entries]
        return cls(*rows, initial_index=_chosen_index(rows, None), id=id, classes=classes)

    async def show(self, entries: Sequence[AgendaEntry], keep: str | None) -> None:
        """Replace the rows.

        Args:
            entries: the timeline.
            keep: the id of a block to keep selected, if it is still there.
        """
        await self.clear()
        rows = [AgendaRow(entry) for entry in entries]
        await self.extend(rows)
        self._resize_rows(rows)
        self.index = _chosen_index(rows, keep)

    def selected_block(self) -> Block | None:
        """The highlighted block, or None."""
        row = self.highlighted_child
        return row.entry.block if isinstance(row, AgendaRow) else None

    def on_resize(self, event: Resize) -> None:
        """Fit the timeline to the new height."""
        self._resize_rows([row for row in self.children if isinstance(row, AgendaRow)])

    def _resize_rows(self, rows: Sequence[AgendaRow]) -> None:
        scale = choose_scale([row.entry for row in rows], self.size.height)
        for row in rows:
            row.styles.height = (
                "auto" if row.entry.kind == "note" else entry_height(row.entry, scale)
            )


def _block_id(row: AgendaRow) -> str | None:
    return row.entry.block.id if row.entry.block is not None else None


def _chosen_index(rows: Sequence[AgendaRow], keep: str | None) -> int | None:
    """The row to select: the kept block, else the first upcoming one, else the first."""
    selectable = [i for i, row in enumerate(rows) if row.entry.kind == "block"]
    kept = [i for i in selectable if keep and _block_id(rows[i]) == keep]
    upcoming = [i for i in selectable if not rows[i].entry.past]
    chosen = kept or upcoming or selectable
    return chosen[0] if chosen else None
