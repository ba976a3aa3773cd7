"""Renderings of a period report: a rich table, a Markdown Friday review, and CSV.

Calendar text (titles, addresses) is untrusted. In rich output it only ever travels as
`rich.text.Text` (never parsed as markup), and in Markdown it is escaped so a title cannot
become a link, an image, HTML or formatting (see `report_markdown`). The CSV holds no
calendar text at all, and is written as every CSV is, no cell a spreadsheet formula.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ictime.analysis import (
    CategoryShare,
    LapsedRelationship,
    PeriodReport,
    WeekTrend,
    format_minutes,
)
from ictime.model import CATEGORIES, CATEGORY_ABBREVIATIONS, CATEGORY_LABELS, UNTAGGED
from ictime.render.markdown import render_markdown
from ictime.render.spreadsheet import csv_document
from ictime.render.wording import (
    capacity_line,
    percent,
    period_title,
    points,
    short_day,
)
from ictime.textsafe import plain

__all__ = ["render_csv", "render_markdown", "render_table"]

BAR_WIDTH = 24


def _drift_style(share: CategoryShare, tolerance: float) -> str:
    if share.on_track:
        return "green"
    return "yellow" if abs(share.drift) <= 2 * tolerance else "red"


def _focus_line(report: PeriodReport) -> str:
    count = len(report.focus_blocks)
    return (
        f"Focus {format_minutes(report.focus_minutes)} in {count} block"
        f"{'' if count == 1 else 's'} · open {format_minutes(report.open_minutes)} · "
        f"fragmented {format_minutes(report.fragmented_minutes)}"
    )


def _meetings_lines(report: PeriodReport) -> list[Text]:
    meetings = report.meetings
    share = Text(f"{percent(meetings.share)} of working time")
    if meetings.share > meetings.share_limit:
        share.stylize("red")
    return [
        Text(f"Meetings {format_minutes(meetings.minutes)} in {meetings.count} · ").append(share),
        Text(
            f"After hours {format_minutes(meetings.after_hours_minutes)} · double-booked "
            f"{format_minutes(meetings.conflict_minutes)}"
        ),
    ]


def _bar(share: float, target: float, scale: float, style: str) -> Text:
    filled = min(BAR_WIDTH, round(share / scale * BAR_WIDTH))
    mark = min(BAR_WIDTH - 1, round(target / scale * BAR_WIDTH))
    bar = Text()
    for cell in range(BAR_WIDTH):
        if cell == mark:
            bar.append("│", style="bold")
        else:
            bar.append("█" if cell < filled else "░", style=style if cell < filled else "dim")
    return bar


def _allocation_table(report: PeriodReport) -> Table:
    table = Table(title="Allocation vs targets", title_justify="left", box=None, pad_edge=False)
    table.add_column("")
    for name in ("time", "share", "target", "drift"):
        table.add_column(name, justify="right")
    table.add_column("share against target (│)")
    shares = report.categories
    scale = max([0.1] + [s.share for s in shares.values()] + [s.target for s in shares.values()])
    for key in CATEGORIES:
        share = shares[key]
        style = _drift_style(share, report.drift_tolerance)
        table.add_row(
            Text(CATEGORY_LABELS[key]),
            Text(format_minutes(share.minutes)),
            Text(percent(share.share)),
            Text(percent(share.target)),
            Text(points(share.drift), style=style),
            _bar(share.share, share.target, scale, style),
        )
    table.add_row(
        Text(CATEGORY_LABELS[UNTAGGED], style="dim"),
        Text(format_minutes(report.untagged_minutes)),
        Text(percent(report.untagged_share)),
        Text(""),
        Text(""),
        Text("to triage" if report.untagged_minutes else "", style="yellow"),
    )
    if report.guess_minutes:
        table.add_row(
            Text("of which guesses", style="dim"),
            Text(format_minutes(report.guess_minutes)),
            Text(percent(report.guess_share)),
            Text(""),
            Text(""),
            Text("tagged on weak evidence: check them", style="yellow"),
        )
    if report.not_work_minutes:
        table.add_row(
            Text("Not work", style="dim"),
            Text(format_minutes(report.not_work_minutes)),
            Text(""),
            Text(""),
            Text(""),
            Text("marked not work: in no share", style="dim"),
        )
    return table


def _trend_table(trend: Sequence[WeekTrend]) -> Table:
    table = Table(
        title="Trend (share of allocated time, change in points)",
        title_justify="left",
        box=None,
        pad_edge=False,
        collapse_padding=True,
    )
    table.add_column("week")
    for key in CATEGORIES:
        table.add_column(CATEGORY_ABBREVIATIONS[key], justify="right")
    for name in ("meetings", "focus", "on track"):
        table.add_column(name, justify="right")
    for week in trend:
        cells = [Text(week.week)]
        for key in CATEGORIES:
            cell = Text(percent(week.categories[key].share))
            if week.change is not None:
                cell.append(f" ({round(week.change[key] * 100):+d})", style="dim")
            cell.stylize("green" if week.categories[key].on_track else "yellow")
            cells.append(cell)
        cells += [
            Text(percent(week.meeting_share)),
            Text(format_minutes(week.focus_minutes)),
            Text("yes" if week.on_track else "no", style="green" if week.on_track else "red"),
        ]
        table.add_row(*cells)
    return table


def _costs_table(report: PeriodReport) -> Table:
    table = Table(
        title="Meetings that cost the most focus", title_justify="left", box=None, pad_edge=False
    )
    table.add_column("meeting")
    for name in ("times", "time", "focus cost"):
        table.add_column(name, justify="right")
    for cost in report.top_focus_costs:
        title = Text(plain(cost.summary))
        if cost.recurring:
            title.append(" (series)", style="dim")
        table.add_row(
            title,
            Text(str(cost.occurrences)),
            Text(format_minutes(cost.meeting_minutes)),
            Text(format_minutes(cost.focus_cost_minutes), style="yellow"),
        )
    return table


def render_table(
    report: PeriodReport,
    trend: Sequence[WeekTrend] | None = None,
    lapsed: Sequence[LapsedRelationship] | None = None,
) -> RenderableType:
    """The report for a terminal: bars against targets, drift coloured, alerts.

    Args:
        report: the analysed period.
        trend: weeks to show; defaults to `report.trend`.
        lapsed: relationships to show; defaults to `report.lapsed`.

    Returns:
        A rich renderable (print it with a `rich.console.Console`).
    """
    trend = report.trend if trend is None else trend
    lapsed = report.lapsed if lapsed is None else lapsed
    on_track = Text("On track" if report.on_track else "Off track", style="bold")
    on_track.stylize("green" if report.on_track else "red")
    on_track.append(f" (tolerance ±{report.drift_tolerance * 100:g} pts)", style="dim")
    parts: list[RenderableType] = [
        Text(period_title(report), style="bold"),
        Text(capacity_line(report)),
        Text(""),
        _allocation_table(report),
        on_track,
        Text(""),
        Text(_focus_line(report)),
        *_meetings_lines(report),
    ]
    if report.alerts:
        parts += [Text(""), Text("Alerts", style="bold")]
        parts += [Text(f"! {alert.message}", style="yellow") for alert in report.alerts]
    if report.top_focus_costs:
        parts += [Text(""), _costs_table(report)]
    if trend:
        parts += [Text(""), _trend_table(trend)]
    if lapsed:
        parts += [Text(""), Text("Relationships to pick up", style="bold")]
        parts += [_lapsed_text(person) for person in lapsed]
    return Group(*parts)


def _lapsed_text(person: LapsedRelationship) -> Text:
    line = Text("  ")
    line.append(plain(person.email))
    line.append(f" — last 1:1 {short_day(person.last_met)} ({person.weeks_since} weeks ago", "dim")
    line.append(f"; usually every {person.typical_gap_days} days)", "dim")
    if person.next_meeting is not None:
        line.append(f", next {short_day(person.next_meeting)}", "dim")
    return line


CSV_FIELDS = ("section", "from", "to", "row", "minutes", "count", "share", "target", "drift")


def _fraction(value: float) -> str:
    return f"{value:.4f}"


class _CsvRows:
    """Rows of the CSV table for one period (`section` is `period` or `trend`)."""

    def __init__(self, section: str, first: date, last: date) -> None:
        self.lead: list[object] = [section, first, last]
        self.rows: list[list[object]] = []

    def add(self, row: str, minutes: int, count: object = "", *fractions: float) -> None:
        cells = [*map(_fraction, fractions)] + [""] * (3 - len(fractions))
        self.rows.append([*self.lead, row, minutes, count, *cells])

    def allocation(
        self, shares: Mapping[str, CategoryShare], untagged: int, total: int, not_work: int
    ) -> None:
        for key, share in shares.items():
            self.add(key, share.minutes, "", share.share, share.target, share.drift)
        self.add("untagged", untagged, "", untagged / total if total else 0.0)
        self.add("not_work", not_work)

    def meetings(self, minutes: int, count: object, share: float, limit: float) -> None:
        self.add("meetings", minutes, count, share, limit, share - limit)


def render_csv(report: PeriodReport, trend: Sequence[WeekTrend] | None = None) -> str:
    """The report as one CSV table, one row per period and measure.

    Columns: `section` (`period` or `trend`), `from`, `to`, `row`, `minutes`, `count`,
    `share`, `target`, `drift`. The `period` rows: one per category (share of allocated
    time, target and drift as fractions), `untagged` (share of allocated time), `not_work`
    (minutes only: in no share), `allocated`,
    `working` (count: working days), `open`, `focus` (count: focus blocks), `fragmented`,
    `meetings` (count: meetings; share of working time; target: the overload limit; drift:
    share - limit), `after_hours_meetings` and `conflicts`. Then the `trend` rows: per week,
    one per category, `untagged`, `not_work` and `meetings` (without a count). No calendar
    text.

    Args:
        report: the analysed period.
        trend: weeks to add; defaults to `report.trend`.

    Returns:
        CSV text with a header row.
    """
    trend = report.trend if trend is None else trend
    meetings = report.meetings
    limit = meetings.share_limit
    period = _CsvRows("period", report.first_day, report.last_day)
    period.allocation(
        report.categories,
        report.untagged_minutes,
        report.allocated_minutes,
        report.not_work_minutes,
    )
    period.add("allocated", report.allocated_minutes)
    period.add("working", report.working_minutes, len(report.working_days))
    period.add("open", report.open_minutes)
    period.add("focus", report.focus_minutes, len(report.focus_blocks))
    period.add("fragmented", report.fragmented_minutes)
    period.meetings(meetings.minutes, meetings.count, meetings.share, limit)
    period.add("after_hours_meetings", meetings.after_hours_minutes)
    period.add("conflicts", meetings.conflict_minutes)
    rows = period.rows
    for week in trend or ():
        weekly = _CsvRows("trend", week.first_day, week.last_day)
        weekly.allocation(
            week.categories, week.untagged_minutes, week.allocated_minutes, week.not_work_minutes
        )
        weekly.meetings(week.meeting_minutes, "", week.meeting_share, limit)
        rows += weekly.rows
    return csv_document(CSV_FIELDS, rows)
