"""Plan against actual as JSON (the `changes` contract), a table, and a Markdown section.

Calendar text is untrusted: the table gets it as `rich.text.Text` with control characters
removed, the Markdown escaped.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from ictime.analysis import BlockChange, PeriodChanges, format_minutes
from ictime.model import Block
from ictime.render.blocks import block_record
from ictime.render.wording import escape_markdown, short_day
from ictime.textsafe import plain


def changes_record(changes: PeriodChanges) -> dict[str, Any]:
    """The `changes` JSON object (docs/json.md); the summaries are null with no baseline."""
    meetings, focus, build = changes.meetings, changes.focus, changes.build_time
    return {
        "week": changes.week,
        "from": changes.first_day.isoformat(),
        "to": changes.last_day.isoformat(),
        "began": changes.began.isoformat(),
        "baseline_imported_at": _iso(changes.baseline_at),
        "latest_imported_at": _iso(changes.latest_at),
        "note": changes.note or None,
        "sources": [
            {
                "calendar": mark.calendar,
                "baseline_imported_at": _iso(mark.baseline_at),
                "latest_imported_at": _iso(mark.latest_at),
            }
            for mark in changes.sources
        ],
        "added": [block_record(block) for block in changes.added],
        "removed": [block_record(block) for block in changes.removed],
        "moved": [_pair(change) for change in changes.moved],
        "retitled": [_pair(change) for change in changes.retitled],
        # The summaries' fields are the contract's names (docs/json.md).
        "meetings": None if meetings is None else asdict(meetings),
        "focus": None if focus is None else {**asdict(focus), "lost_minutes": focus.lost_minutes},
        "build_time": None if build is None else asdict(build),
    }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _pair(change: BlockChange) -> dict[str, Any]:
    return {"before": block_record(change.before), "after": block_record(change.after)}


def summary_line(changes: PeriodChanges) -> str:
    """The changes in one line: meetings added and removed, moved, meeting and focus time.

    Returns:
        The line, or the note saying why nothing is compared.
    """
    meetings, focus, build = changes.meetings, changes.focus, changes.build_time
    if meetings is None or focus is None or build is None:
        return changes.note
    parts = [
        f"{_count(meetings.added, 'meeting')} added ({format_minutes(meetings.added_minutes)})",
        f"{meetings.removed} removed ({format_minutes(meetings.removed_minutes)})",
        f"{meetings.moved} moved",
        f"meetings {format_minutes(meetings.minutes_before)} → "
        f"{format_minutes(meetings.minutes_after)}",
        f"focus {format_minutes(focus.minutes_before)} → {format_minutes(focus.minutes_after)}"
        + (f" ({format_minutes(focus.lost_minutes)} lost)" if focus.lost_minutes else ""),
    ]
    if build.suggested:
        parts.append(
            f"build time kept {build.kept} of {build.suggested}"
            f" ({format_minutes(build.kept_minutes)})"
        )
    return ", ".join(parts[:3]) + " · " + " · ".join(parts[3:])


def added_today_line(changes: PeriodChanges) -> str:
    """Today's line when meetings were added since the morning: `2 meetings added today, 1 h 30`.

    Returns:
        The line, or "" when no meeting was added (or nothing can be compared).
    """
    meetings = changes.meetings
    if meetings is None or not meetings.added:
        return ""
    added = format_minutes(meetings.added_minutes)
    return f"{_count(meetings.added, 'meeting')} added today, {added}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def when(block: Block) -> str:
    """`Tue 17 Nov 10:00–11:00`: a block's day and times."""
    return f"{short_day(block.start.date())} {block.start:%H:%M}–{block.end:%H:%M}"


def moved_text(change: BlockChange) -> str:
    """`Tue 17 Nov 10:00–11:00 → Wed 18 Nov 14:00–15:00`."""
    return f"{when(change.before)} → {when(change.after)}"


def print_changes_table(changes: PeriodChanges) -> None:
    """Print the changes on stdout: the summary, then each list as a table."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    console.print(Text(f"Week {changes.week}: since it began ({_began(changes)})", "bold"))
    if not changes.compared:
        console.print(Text(changes.note))
        return
    console.print(Text(summary_line(changes)))
    sections: list[tuple[str, list[tuple[str, Block, str]]]] = [
        ("Added", [(when(block), block, plain(block.summary)) for block in changes.added]),
        ("Removed", [(when(block), block, plain(block.summary)) for block in changes.removed]),
        (
            "Moved",
            [(moved_text(c), c.after, plain(c.after.summary)) for c in changes.moved],
        ),
        (
            "Retitled",
            [
                (when(c.after), c.after, f"{plain(c.before.summary)} → {plain(c.after.summary)}")
                for c in changes.retitled
            ],
        ),
    ]
    for title, rows in sections:
        if not rows:
            continue
        table = Table(title=title, title_justify="left", box=None, header_style="bold")
        for name in ("id", "when", "min", "summary"):
            table.add_column(
                name, no_wrap=name != "summary", justify="right" if name == "min" else "left"
            )
        for text, block, summary in rows:
            table.add_row(block.id, text, str(block.minutes), Text(summary))
        console.print(table)


def _began(changes: PeriodChanges) -> str:
    began = changes.began
    return f"{short_day(began.date())} {began:%H:%M}"


def changes_markdown(changes: PeriodChanges, *, heading: str = "##") -> list[str]:
    """The review's "Since the week began" section, as Markdown lines.

    Args:
        changes: the week's changes.
        heading: the section's heading level.

    Returns:
        Lines without line ends; calendar text in them is escaped.
    """
    lines = [f"{heading} Since the week began", ""]
    if not changes.compared:
        return [*lines, changes.note]
    lines.append(summary_line(changes) + ".")
    items = [
        ("Added", [f"{when(block)}: {_md_title(block)}" for block in changes.added]),
        ("Removed", [f"{when(block)}: {_md_title(block)}" for block in changes.removed]),
        (
            "Moved",
            [f"{_md_title(change.after)}: {moved_text(change)}" for change in changes.moved],
        ),
        (
            "Retitled",
            [
                f"{_md_title(change.before)} → {_md_title(change.after)}"
                for change in changes.retitled
            ],
        ),
    ]
    for title, entries in items:
        if entries:
            lines += ["", f"**{title}:**", "", *(f"- {entry}" for entry in entries)]
    return lines


def _md_title(block: Block) -> str:
    return escape_markdown(block.summary) or "(no title)"
