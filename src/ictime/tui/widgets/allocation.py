"""Allocation bars: each category's share against its target tick, drift, and a trend sparkline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widget import Widget

from ictime.model import CATEGORIES, UNTAGGED, category_label
from ictime.tui.visuals import bar, category_style, sparkline

if TYPE_CHECKING:
    from ictime.analysis import PeriodReport, WeekTrend

_LABEL = 10


class AllocationBars(Widget):
    """One line per category: label, bar with target tick, share/target, drift, trend.

    A note (Today's focus and meeting figures, or the first-run hint) can follow the bars.
    """

    DEFAULT_CSS = """
    AllocationBars { height: auto; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.report: PeriodReport | None = None
        self.trend: Sequence[WeekTrend] = ()
        self.note: Content | None = None

    def show(
        self,
        report: PeriodReport | None,
        trend: Sequence[WeekTrend] | None = None,
        note: Content | None = None,
    ) -> None:
        """Draw a report (and, when given, a sparkline of each category's share by week).

        Args:
            report: the period's report, or None to show only the note.
            trend: weeks, oldest first, or None for no sparklines.
            note: lines shown under the bars, after a blank line.
        """
        self.report = report
        self.trend = tuple(trend or ())
        self.note = note
        self.refresh(layout=True)

    def render(self) -> Content:
        """The bars, sized to the widget's width, then the note."""
        bars = self._bars()
        if self.note is None:
            return bars
        if self.report is None:
            return self.note
        return Content("\n\n").join([bars, self.note])

    def _bars(self) -> Content:
        report = self.report
        if report is None:
            return Content("")
        if report.allocated_minutes == 0:
            return Content.styled("No time allocated yet in this period.", "$text-muted")
        spark = len(self.trend) + 1 if self.trend else 0
        width = max(self.size.width - _LABEL - 14 - spark, 4)
        # Some room past the largest share or target, so every target tick shows.
        scale = 1.15 * max(
            [report.untagged_share]
            + [max(s.share, s.target) for s in report.categories.values()]
            + [1e-9]
        )
        lines = [self._line(key, report, width, scale) for key in CATEGORIES]
        if report.untagged_minutes:
            share = report.untagged_share
            lines.append(
                Content.assemble(
                    (category_label(UNTAGGED, short=True).ljust(_LABEL), category_style(UNTAGGED)),
                    bar(share / scale, width, category_style(UNTAGGED)),
                    f" {share * 100:3.0f}%",
                    ("  triage", "$text-muted"),
                )
            )
        return Content("\n").join(lines)

    def _line(self, key: str, report: PeriodReport, width: int, scale: float) -> Content:
        share = report.categories[key]
        style = category_style(key)
        drift_style = "$text-success" if share.on_track else "$text-error bold"
        parts: list[Content | str | tuple[str, str]] = [
            (category_label(key, short=True).ljust(_LABEL), style),
            bar(share.share / scale, width, style, marker=share.target / scale),
            f" {share.share * 100:3.0f}%",
            (f"/{share.target * 100:<3.0f}", "$text-muted"),
            (f"{round(share.drift * 100):+4d} ", drift_style),
        ]
        if self.trend:
            parts.append(sparkline([week.categories[key].share for week in self.trend], style))
        return Content.assemble(*parts)
