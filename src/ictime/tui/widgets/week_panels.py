"""The Week review's panels as Content: the plan's changes, meeting load, chains, focus costs,
people, blocks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content

from ictime.model import Block
from ictime.tui.visuals import bar, category_style, day_name, duration, hhmm, safe, span_text

if TYPE_CHECKING:
    from ictime.analysis import PeriodChanges, PeriodReport
    from ictime.suggest import SuggestionPlan

_MUTED = "$text-muted"


def _join(lines: Sequence[Content], empty: str) -> Content:
    return Content("\n").join(lines) if lines else Content.styled(empty, _MUTED)


def meeting_load(report: PeriodReport, width: int = 14) -> Content:
    """Per working day: meeting time as a bar, then focus and fragmented time.

    Args:
        report: the week's report.
        width: cells of the meeting bar.

    Returns:
        One line per working day (heavy days marked), then a total line.
    """
    heavy = {h.day for h in report.meetings.heavy_days}
    longest = max([d.working_minutes for d in report.days if d.working] + [1])
    lines = []
    for day in report.days:
        if not day.working:
            continue
        style = "$text-error" if day.day in heavy else "$text-accent"
        lines.append(
            Content.assemble(
                (f"{day.day:%a} ", "bold"),
                bar(day.meeting_minutes / longest, width, style),
                (f" {duration(day.meeting_minutes):>7}", style),
                ("  focus ", _MUTED),
                f"{duration(day.focus_minutes):<7}",
                ("  frag ", _MUTED),
                duration(day.fragmented_minutes),
                (" ▲ heavy" if day.day in heavy else "", "$text-error bold"),
            )
        )
    meetings = report.meetings
    share_style = "$text-error bold" if meetings.share > meetings.share_limit else "$text-success"
    lines.append(
        Content.assemble(
            ("Meetings ", _MUTED),
            (f"{meetings.share * 100:.0f}%", share_style),
            (f" of working time (limit {meetings.share_limit * 100:.0f}%), ", _MUTED),
            (f"{meetings.count} meetings", _MUTED),
        )
    )
    lines.append(
        Content.assemble(
            ("Fragmented ", _MUTED),
            duration(report.fragmented_minutes),
            (
                f" in stretches too short to focus; focus {duration(report.focus_minutes)}",
                _MUTED,
            ),
        )
    )
    return _join(lines, "No working days in this week.")


def alerts_and_chains(report: PeriodReport) -> Content:
    """Overload alerts; under each back-to-back alert, the meetings of its chain."""
    # The analysis raises one back_to_back alert per chain, both in time order.
    chains = iter(report.meetings.back_to_back)
    lines = []
    for alert in report.alerts:
        lines.append(Content.assemble(("▲ ", "$text-warning"), safe(alert.message)))
        if alert.kind == "back_to_back":
            chain = next(chains, None)
            summaries = chain.summaries if chain is not None else ()
            lines += [Content.styled(f"    {safe(s)}", _MUTED) for s in summaries]
    return _join(lines, "No overload this week.")


def focus_costs(report: PeriodReport) -> Content:
    """The meetings that cost the most focus time, with what they cost a week."""
    lines = []
    for cost in report.top_focus_costs:
        if cost.occurrences > 1:
            spent = f"{cost.occurrences} meetings, {duration(cost.meeting_minutes)} in all"
        else:
            spent = f"a {duration(cost.meeting_minutes)} meeting"
        lines.append(
            Content.assemble(
                (f"{duration(cost.focus_cost_minutes):>8} ", "$text-error bold"),
                safe(cost.summary),
                (f"  ({spent})", _MUTED),
            )
        )
    return _join(lines, "No meeting cost any focus time.")


def lapsed_people(report: PeriodReport) -> Content:
    """People met regularly one-to-one but not lately."""
    lines = []
    for person in report.lapsed or ():
        line = Content.assemble(
            (safe(person.email), "bold"),
            (f"  last {day_name(person.last_met)}, {person.weeks_since} weeks ago", _MUTED),
        )
        if person.next_meeting is not None:
            line += Content.styled(f"; next {day_name(person.next_meeting)}", _MUTED)
        lines.append(line)
    return _join(lines, "Nobody lapsed: every regular 1:1 is current.")


CHANGED_MEETINGS = 8
"""How many added, removed and moved meetings the "Since the week began" panel lists."""


def since_week_began(changes: PeriodChanges | None) -> Content:
    """The summary line, then the meetings added (+), removed (−) and moved (from → to).

    Args:
        changes: the week's plan against actual, or None before it is read.

    Returns:
        The panel's Content; calendar text in it is literal.
    """
    if changes is None:
        return Content("")
    from ictime.render import moved_text, summary_line, when

    if not changes.compared:
        return Content.styled(changes.note, _MUTED)
    lines = [Content(summary_line(changes))]
    entries = [("+ ", "$text-error", when(b), b) for b in changes.added if b.is_meeting]
    entries += [("− ", "$text-success", when(b), b) for b in changes.removed_meetings]
    entries += [
        ("↷ ", "$text-warning", moved_text(c), c.after) for c in changes.moved if c.after.is_meeting
    ]
    for mark, style, text, block in entries[:CHANGED_MEETINGS]:
        lines.append(
            Content.assemble((mark, f"bold {style}"), (f"{text} ", _MUTED), safe(block.summary))
        )
    if len(entries) > CHANGED_MEETINGS:
        more = len(entries) - CHANGED_MEETINGS
        lines.append(Content.styled(f"… and {more} more (ictime changes)", _MUTED))
    return Content("\n").join(lines)


def build_time(plan: SuggestionPlan) -> Content:
    """Next week's suggested build slots, one line each, then the plan's message."""
    lines = [
        Content.assemble(
            (f"{day_name(s.start.date())} {span_text(s.start, s.end)}", "bold $cat-deep_work"),
            (f" {duration(s.minutes)}", _MUTED),
        )
        for s in plan.suggestions
    ]
    if plan.message:
        lines.append(Content.styled(safe(plan.message), _MUTED))
    return _join(lines, "No open slot to suggest.")


def day_blocks(day: date, blocks: Sequence[Block]) -> Content:
    """A day's heading and its blocks, one line each, coloured by category.

    Args:
        day: the day.
        blocks: its timed blocks, by start.

    Returns:
        The column's Content (lines are clipped by the widget's CSS).
    """
    head = Content.styled(day_name(day), "bold underline")
    counted = [b for b in blocks if b.counted]
    if not counted:
        return Content("\n").join([head, Content.styled("nothing", _MUTED)])
    lines = [head]
    for block in counted:
        flag = "?" if block.tentative else " "
        lines.append(
            Content.assemble(
                ("▌", category_style(block.category)),
                (hhmm(block.start), _MUTED),
                (flag, "$text-warning bold"),
                safe(block.summary),
            )
        )
    return Content("\n").join(lines)
