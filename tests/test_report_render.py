"""The report's renderings: the Markdown review, the rich table and CSV, with untrusted titles."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from markdown_it import MarkdownIt
from rich.console import Console

from ictime.analysis import LapsedRelationship, PeriodReport, Timeline, trailing_weeks
from ictime.config import Config
from ictime.model import Block
from ictime.render import render_csv, render_markdown, render_table
from ictime.render.wording import escape_markdown
from support import BERLIN
from support.blocks import FRI, MON, SUN, THU, TUE, WED, all_day, block

CONFIG = Config(timezone=BERLIN)
HOSTILE = (
    "[bold]x[/bold]",
    "[@click=app.quit]",
    "[click](https://evil.example)",
    "![img](https://evil.example/x.png)",
    "<img src=x onerror=alert(1)>",
    "https://evil.example/path",
    "www.evil.com",
    "me@evil.com",
    "`code` *em* _em_ ~~gone~~ | cell &amp; $x$",
    "# Heading",
    "1. item",
    "- item",
    "> quote",
)


def constructed_week() -> PeriodReport:
    """Planning Monday, a 1:1 Tuesday, a reading group Wednesday, an untagged hour, Friday off."""
    blocks = [
        block(MON, "10:00", "12:00", attendees=3, summary="Sprint planning", block_id="plan"),
        block(TUE, "11:00", "11:30", attendees=1, category="relationships", summary="1:1 Alex"),
        block(WED, "16:00", "17:00", attendees=4, category="learning", summary="Reading group"),
        block(
            THU,
            "13:00",
            "14:00",
            category="untagged",
            summary="Mystery [x](http://evil)",
            block_id="c0ffee",
        ),
        all_day(FRI, FRI, "PTO"),
    ]
    return analyse(blocks)


def analyse(blocks: list[Block]) -> PeriodReport:
    """The week of 2 March in Berlin."""
    return Timeline(blocks, CONFIG).period(MON, SUN)


LAPSED = LapsedRelationship(
    email="alex@corp.example",
    last_met=date(2026, 1, 27),
    weeks_since=5,
    meetings=9,
    typical_gap_days=14,
    summary="1:1 Alex",
    next_meeting=None,
)


def test_the_markdown_review_of_a_constructed_week() -> None:
    text = render_markdown(constructed_week(), lapsed=[LAPSED])
    lines = text.splitlines()
    # 4 working days; open focus 1590 (deep), planning 120, 1:1 30, reading 60, untagged 60.
    expected = [
        "# Review: Week 2026-W10 (Mon 2 Mar – Sun 8 Mar 2026)",
        "Working time 32 h over 4 days (day off: Fri 6 Mar).",
        "| Deep work | 26 h 30 | 85 % | 50 % | +35 pts | **over** |",
        "| Relationships | 30 min | 2 % | 15 % | -13 pts | **under** |",
        "| Communication | 2 h | 6 % | 20 % | -14 pts | **under** |",
        "| Learning | 1 h | 3 % | 15 % | -12 pts | **under** |",
        "| Untagged | 1 h | 3 % |  |  | to triage |",
        "**Drift:** off track: deep work +35 pts, communication -14 pts, relationships -13 pts, "
        "learning -12 pts (tolerance ±5 pts).",
        "Deep work includes 26 h 30 of open focus time.",
        "- 3 h 30 in 3 meetings, 11 % of working time (limit 35 %).",
        "- Focus: 26 h 30 in 6 focus blocks; 1 h of open time was too fragmented to build in.",
        "No overload signals.",
        "| Sprint planning | 1 | 2 h | 3 h |",
        "| Reading group | 1 | 1 h | 1 h |",
        "| 1:1 Alex | 1 | 30 min | 30 min |",
        r"- `c0ffee` Thu 5 Mar 13:00: Mystery \[x\](http\://evil) (1 h)",
        r"- With alex\@corp.example: last 1:1 Tue 27 Jan, 5 weeks ago (usually every 14 days)",
    ]
    for line in expected:
        assert line in lines, line
    assert lines.index("## Allocation vs targets") < lines.index("## Meeting overload")
    assert "## Trend" not in lines


def test_the_markdown_review_adds_the_trend_and_alerts() -> None:
    blocks = [block(day, "09:00", "14:00", attendees=2) for day in (MON, TUE)]
    timeline = Timeline(blocks, CONFIG)
    report = replace(timeline.period(MON, SUN), trend=tuple(timeline.trend(trailing_weeks(MON, 2))))
    lines = render_markdown(report).splitlines()
    assert "| 2026-W09 | 100 % | 0 % | 0 % | 0 % | 0 % | 40 h | no |" in lines
    assert (
        "| 2026-W10 | 75 % (-25) | 0 % (+0) | 25 % (+25) | 0 % (+0) | 25 % | 30 h | no |" in lines
    )
    assert "- ⚠ Monday: 5 h of meetings" in lines
    assert "## Relationships to pick up" not in lines  # not asked for


def _token_kinds(markdown: str) -> set[str]:
    tokens = MarkdownIt("gfm-like", {"linkify": True, "html": True}).parse(markdown)
    kinds = {token.type for token in tokens}
    kinds |= {child.type for token in tokens for child in token.children or []}
    return kinds - {"text", "text_special", "softbreak"}


@pytest.mark.parametrize("title", HOSTILE)
def test_titles_cannot_become_links_html_or_formatting_in_markdown(title: str) -> None:
    def review(text: str) -> str:
        # The text as an untagged title (a list item), a costly meeting (a table cell) and
        # an address (a list item).
        blocks = [
            block(MON, "10:00", "11:00", category="untagged", summary=text),
            block(TUE, "12:00", "12:30", attendees=1, summary=text),
        ]
        lapsed = [replace(LAPSED, email=text)]
        return render_markdown(analyse(blocks), lapsed=lapsed)

    # The hostile text adds no structure that a harmless one does not have.
    assert _token_kinds(review(title)) == _token_kinds(review("harmless"))
    rendered = MarkdownIt("commonmark").render("x " + escape_markdown(title))
    shown = rendered.removeprefix("<p>x ").removesuffix("</p>\n")
    literal = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert shown == literal.replace('"', "&quot;")


def test_rich_output_shows_markup_looking_titles_literally() -> None:
    blocks = [
        block(MON, "10:00", "10:30", attendees=2, summary="[bold]x[/bold]"),
        block(TUE, "10:00", "10:30", attendees=2, summary="[@click=app.quit] Review"),
        block(WED, "10:00", "10:30", attendees=2, summary="[/] unbalanced \x1b[31mred"),
    ]
    console = Console(record=True, width=140, color_system=None)
    console.print(render_table(analyse(blocks), lapsed=[LAPSED]))
    output = console.export_text()
    assert "[bold]x[/bold]" in output
    assert "[@click=app.quit] Review" in output
    assert "[/] unbalanced [31mred" in output  # the escape character itself is removed
    assert "\x1b" not in output


def test_the_table_shows_bars_against_targets_alerts_and_the_trend() -> None:
    blocks = [block(day, "09:00", "14:00", attendees=2) for day in (MON, TUE)]
    timeline = Timeline(blocks, CONFIG)
    report = replace(timeline.period(MON, SUN), trend=tuple(timeline.trend(trailing_weeks(MON, 2))))
    console = Console(record=True, width=120, color_system=None)
    console.print(render_table(report))
    output = console.export_text()
    assert "Week 2026-W10 (Mon 2 Mar – Sun 8 Mar 2026)" in output
    deep = next(line for line in output.splitlines() if line.startswith("Deep work"))
    assert "+25 pts" in deep and "│" in deep and "█" in deep
    assert "! Monday: 5 h of meetings" in output
    assert "2026-W09" in output and "75 % (-25)" in output


def test_csv_has_a_row_per_measure_and_per_trend_week() -> None:
    next_monday = MON + timedelta(days=7)
    blocks = [block(MON, "10:00", "12:00", attendees=3)]
    timeline = Timeline(blocks, CONFIG)
    weeks = trailing_weeks(next_monday, 2)
    report = replace(timeline.period(MON, SUN), trend=tuple(timeline.trend(weeks)))
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    period = {row["row"]: row for row in rows if row["section"] == "period"}
    assert list(period) == [
        "deep_work",
        "relationships",
        "communication",
        "learning",
        "untagged",
        "not_work",
        "allocated",
        "working",
        "open",
        "focus",
        "fragmented",
        "meetings",
        "after_hours_meetings",
        "conflicts",
    ]
    assert period["communication"]["minutes"] == "120"
    # Allocated: 120 of meetings plus open focus 300 on Monday and 4 x 480 after.
    assert period["allocated"]["minutes"] == "2340"
    assert period["communication"]["share"] == f"{120 / 2340:.4f}"
    assert period["communication"]["drift"] == f"{120 / 2340 - 0.2:.4f}"
    assert (period["working"]["minutes"], period["working"]["count"]) == ("2400", "5")
    meetings = period["meetings"]
    assert (meetings["count"], meetings["share"], meetings["target"]) == ("1", "0.0500", "0.3500")
    trend = [row for row in rows if row["section"] == "trend"]
    assert [row["from"] for row in trend][::7] == ["2026-03-02", "2026-03-09"]
    assert len(trend) == 2 * 7
