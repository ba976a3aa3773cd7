"""The Friday review as Markdown: allocation vs targets, drift, overload, focus costs, triage."""

from __future__ import annotations

from collections.abc import Sequence

from ictime.analysis import (
    LapsedRelationship,
    PeriodChanges,
    PeriodReport,
    WeekTrend,
    format_minutes,
)
from ictime.model import CATEGORIES, CATEGORY_LABELS, UNTAGGED
from ictime.render.wording import (
    capacity_line,
    escape_markdown,
    percent,
    period_title,
    points,
    short_day,
)

TOP_UNTAGGED = 10


def _md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _md_allocation(report: PeriodReport) -> list[str]:
    lines = [
        "## Allocation vs targets",
        "",
        _md_row(["Category", "Time", "Share", "Target", "Drift", ""]),
        _md_row(["---", "--:", "--:", "--:", "--:", "---"]),
    ]
    for key in CATEGORIES:
        share = report.categories[key]
        verdict = "on track" if share.on_track else ("**over**" if share.drift > 0 else "**under**")
        lines.append(
            _md_row(
                [
                    CATEGORY_LABELS[key],
                    format_minutes(share.minutes),
                    percent(share.share),
                    percent(share.target),
                    points(share.drift),
                    verdict,
                ]
            )
        )
    triage = "to triage" if report.untagged_minutes else ""
    untagged = [format_minutes(report.untagged_minutes), percent(report.untagged_share)]
    lines.append(_md_row([CATEGORY_LABELS[UNTAGGED], *untagged, "", "", triage]))
    if report.not_work_minutes:
        not_work = format_minutes(report.not_work_minutes)
        lines.append(_md_row(["Not work", not_work, "", "", "", "in no share"]))
    lines.append("")
    tolerance = f"tolerance ±{report.drift_tolerance * 100:g} pts"
    off = [key for key in CATEGORIES if not report.categories[key].on_track]
    if off:
        drifts = ", ".join(
            f"{CATEGORY_LABELS[key].lower()} {points(report.categories[key].drift)}"
            for key in sorted(off, key=lambda k: -abs(report.categories[k].drift))
        )
        lines.append(f"**Drift:** off track: {drifts} ({tolerance}).")
    else:
        lines.append(f"**Drift:** every category on track ({tolerance}).")
    if report.guess_minutes:
        lines.append(
            f"**Guesses:** {format_minutes(report.guess_minutes)}"
            f" ({percent(report.guess_share)}) of the time rests on guesses (tags from weak"
            " evidence); check them in Triage."
        )
    if report.focus_counted_as_deep_work and report.open_focus_minutes:
        open_focus = format_minutes(report.open_focus_minutes)
        lines.append(f"Deep work includes {open_focus} of open focus time.")
    return lines


def _md_trend(trend: Sequence[WeekTrend]) -> list[str]:
    header = ["Week", *(CATEGORY_LABELS[key] for key in CATEGORIES), "Meetings", "Focus"]
    lines = ["## Trend", "", _md_row([*header, "On track"])]
    lines.append(_md_row(["---", *["--:"] * (len(header) - 1), "---"]))
    for week in trend:
        cells = [week.week]
        for key in CATEGORIES:
            cell = percent(week.categories[key].share)
            if week.change is not None:
                cell += f" ({round(week.change[key] * 100):+d})"
            cells.append(cell)
        cells += [percent(week.meeting_share), format_minutes(week.focus_minutes)]
        lines.append(_md_row([*cells, "yes" if week.on_track else "no"]))
    return [
        *lines,
        "",
        "Shares of allocated time; (±n) is the change in points since the week before.",
    ]


def _md_overload(report: PeriodReport) -> list[str]:
    meetings = report.meetings
    lines = [
        "## Meeting overload",
        "",
        f"- {format_minutes(meetings.minutes)} in {meetings.count} meetings, "
        f"{percent(meetings.share)} of working time (limit {percent(meetings.share_limit)}).",
        f"- Focus: {format_minutes(report.focus_minutes)} in {len(report.focus_blocks)} "
        f"focus blocks; {format_minutes(report.fragmented_minutes)} of open time was too "
        "fragmented to build in.",
        f"- After hours: {format_minutes(meetings.after_hours_minutes)} of meetings. "
        f"Double-booked: {format_minutes(meetings.conflict_minutes)}.",
    ]
    if report.alerts:
        lines += ["", *(f"- ⚠ {escape_markdown(alert.message)}" for alert in report.alerts)]
    else:
        lines += ["", "No overload signals."]
    return lines


def _md_costs(report: PeriodReport) -> list[str]:
    lines = ["## Meetings that cost the most focus", ""]
    if not report.top_focus_costs:
        return [*lines, "No meeting broke up a focus block."]
    # Per week only says something new when the period is longer than a week.
    weekly = (report.last_day - report.first_day).days >= 7
    header = ["Meeting", "Times", "Meeting time", "Focus cost"] + (["Per week"] if weekly else [])
    lines += [_md_row(header), _md_row(["---", *["--:"] * (len(header) - 1)])]
    for cost in report.top_focus_costs:
        title = escape_markdown(cost.summary) + (" (series)" if cost.recurring else "")
        minutes = [cost.meeting_minutes, cost.focus_cost_minutes]
        minutes += [cost.per_week_minutes] if weekly else []
        lines.append(_md_row([title, str(cost.occurrences), *map(format_minutes, minutes)]))
    lines += ["", "Focus cost: the focus time the period would have had without the meeting."]
    return lines


def _md_untagged(report: PeriodReport) -> list[str]:
    lines = ["## Untagged time", ""]
    if not report.untagged_minutes:
        return [*lines, "Every block is tagged."]
    count = len(report.untagged_blocks)
    blocks, them = ("block", "it") if count == 1 else ("blocks", "them")
    lines.append(
        f"{format_minutes(report.untagged_minutes)} in {count} {blocks}; "
        f"tag {them} with `ictime tag BLOCK_ID CATEGORY`:"
    )
    lines.append("")
    for block in report.untagged_blocks[:TOP_UNTAGGED]:
        when = f"{short_day(block.start.date())} {block.start:%H:%M}"
        title = escape_markdown(block.summary) or "(no title)"
        lines.append(f"- `{block.id}` {when}: {title} ({format_minutes(block.minutes)})")
    if count > TOP_UNTAGGED:
        lines.append(f"- … and {count - TOP_UNTAGGED} more (`ictime blocks --untagged`)")
    return lines


def _md_lapsed(lapsed: Sequence[LapsedRelationship]) -> list[str]:
    lines = ["## Relationships to pick up", ""]
    if not lapsed:
        return [*lines, "No regular one-to-one has lapsed."]
    for person in lapsed:
        line = (
            f"- With {escape_markdown(person.email)}: last 1:1 {short_day(person.last_met)}, "
            f"{person.weeks_since} weeks ago (usually every {person.typical_gap_days} days)"
        )
        if person.next_meeting is not None:
            line += f"; next one booked for {short_day(person.next_meeting)}"
        lines.append(line)
    return lines


def render_markdown(
    report: PeriodReport,
    trend: Sequence[WeekTrend] | None = None,
    lapsed: Sequence[LapsedRelationship] | None = None,
    changes: PeriodChanges | None = None,
) -> str:
    """A Friday review to paste into a doc.

    Sections: allocation vs targets with drift, what happened to the plan since the week
    began (when given), the trend (when given), meeting overload, the meetings that cost the
    most focus, untagged time to triage, and lapsed relationships (when given).

    Args:
        report: the analysed period.
        trend: weeks to show; defaults to `report.trend`.
        lapsed: relationships to show; defaults to `report.lapsed`.
        changes: the period's plan against actual (`service.period_changes`).

    Returns:
        Markdown text ending in a newline; calendar text in it is escaped.
    """
    trend = report.trend if trend is None else trend
    lapsed = report.lapsed if lapsed is None else lapsed
    sections = [
        [f"# Review: {period_title(report)}", "", capacity_line(report) + "."],
        _md_allocation(report),
    ]
    if changes is not None:
        from ictime.render.changes import changes_markdown

        sections.append(changes_markdown(changes))
    if trend:
        sections.append(_md_trend(trend))
    sections += [_md_overload(report), _md_costs(report), _md_untagged(report)]
    if lapsed is not None:
        sections.append(_md_lapsed(lapsed))
    return "\n\n".join("\n".join(section) for section in sections) + "\n"
