"""Shared wording of report renderings: percentages, drift points, day names, escaping."""

from __future__ import annotations

import re
from datetime import date

from ictime.analysis import PeriodReport, format_minutes
from ictime.textsafe import plain
from ictime.timeutil import iso_week_name

# What can start inline Markdown, HTML, an entity, a table cell or math mid-line, plus what
# GFM turns into autolinks. `(`, `!`, `#` and `+` are inert once `[` is escaped and no line
# starts with calendar text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$@])")
_MD_AUTOLINK = re.compile(r"(?<=[A-Za-z])(:)(?=//)|(?<=www)(\.)", re.IGNORECASE)


def escape_markdown(text: str) -> str:
    """Calendar text made literal in Markdown: one line, every active character escaped.

    Block-level markers (`#`, `1.`, `-`) are left alone: place the result inside a table cell
    or after other text on its line, never at the start of a line or a list item.

    Args:
        text: untrusted text such as an event title.

    Returns:
        Text that renders as itself in CommonMark and GitHub-flavoured Markdown.
    """
    escaped = _MD_SPECIAL.sub(r"\\\1", plain(text))
    return _MD_AUTOLINK.sub(lambda match: "\\" + match.group(0), escaped)


def percent(fraction: float) -> str:
    """A fraction as a whole percentage: `52 %`."""
    return f"{fraction * 100:.0f} %"


def points(drift: float) -> str:
    """A drift fraction as signed percentage points: `+2 pts`, `-13 pts`."""
    return f"{round(drift * 100):+d} pts"


def short_day(day: date) -> str:
    """A day as `Tue 3 Mar`."""
    return f"{day:%a} {day.day} {day:%b}"


def period_title(report: PeriodReport) -> str:
    """`Week 2026-W10 (Mon 2 Mar – Sun 8 Mar 2026)`, or just the span for other periods."""
    first, last = report.first_day, report.last_day
    span = f"{short_day(first)} – {short_day(last)} {last.year}"
    is_iso_week = first.isoweekday() == 1 and (last - first).days == 6
    if is_iso_week:
        return f"Week {iso_week_name(first)} ({span})"
    return span


def capacity_line(report: PeriodReport) -> str:
    """Working time, working days and days off, in one sentence without a full stop."""
    days = len(report.working_days)
    line = f"Working time {format_minutes(report.working_minutes)} over {days} day"
    line += "" if days == 1 else "s"
    if report.days_off:
        off = ", ".join(short_day(day) for day in report.days_off)
        line += f" (day{'s' if len(report.days_off) > 1 else ''} off: {off})"
    return line
