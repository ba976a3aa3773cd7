"""How the app draws things: category colours and keys, bars, sparklines, times, safe text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from textual.content import Content

from ictime.model import CATEGORIES, UNTAGGED
from ictime.textsafe import plain
from ictime.timeutil import format_minutes

CATEGORY_COLOURS: dict[str, str] = {
    "deep_work": "#2ea043",
    "relationships": "#a371f7",
    "communication": "#388bfd",
    "learning": "#d29922",
    UNTAGGED: "#f85149",
}
"""One colour per category, readable on dark and light themes; themes may override them."""

CATEGORY_KEYS: dict[str, str] = {key: str(index) for index, key in enumerate(CATEGORIES, 1)}
"""The digit that tags a block with each category."""
NOT_WORK_KEY = "0"
"""The digit that marks a block not work (`ictime tag ID none`), beside 1-4."""

_SPARKS = "▁▂▃▄▅▆▇█"


def theme_variables() -> dict[str, str]:
    """The app's own CSS variables: `$cat-deep_work` and friends.

    Returns:
        Variable names (without `$`) to colours.
    """
    return {f"cat-{key}": colour for key, colour in CATEGORY_COLOURS.items()}


def category_style(category: str) -> str:
    """The Content style of a category's colour (untagged for anything unknown)."""
    key = category if category in CATEGORY_COLOURS else UNTAGGED
    return f"$cat-{key}"


def safe(text: str) -> str:
    """Calendar text as one literal line: never markup, no control characters."""
    return plain(text)


def clip(text: str, width: int) -> str:
    """Text cut to `width` cells with an ellipsis when it does not fit."""
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


duration = format_minutes
"""A duration as the reports say it (`45 min`, `2 h 30`)."""


def hhmm(moment: datetime) -> str:
    """`09:30`."""
    return f"{moment:%H:%M}"


def span_text(start: datetime, end: datetime) -> str:
    """`09:30–10:00`."""
    return f"{hhmm(start)}–{hhmm(end)}"


def day_name(day: date) -> str:
    """`Wed 25 Nov`."""
    return f"{day:%a} {day.day} {day:%b}"


def week_span(monday: date) -> str:
    """A week's dates, as short as is clear: `23–29 Nov 2026`, `30 Nov – 6 Dec 2026`."""
    sunday = monday + timedelta(days=6)
    if monday.year != sunday.year:
        return f"{monday.day} {monday:%b %Y} – {sunday.day} {sunday:%b %Y}"
    if monday.month != sunday.month:
        return f"{monday.day} {monday:%b} – {sunday.day} {sunday:%b %Y}"
    return f"{monday.day}–{sunday.day} {sunday:%b %Y}"


def long_day(day: date) -> str:
    """`Wednesday 25 November 2026`."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def bar(
    fraction: float, width: int, style: str, *, marker: float | None = None, empty: str = "·"
) -> Content:
    """A horizontal bar `width` cells long, filled to `fraction`, with an optional target tick.

    Args:
        fraction: how full, 0–1 (clamped).
        width: cells.
        style: style of the filled part.
        marker: where to draw a `│` target tick, 0–1, or None.
        empty: the character of the unfilled part.

    Returns:
        The bar as Content.
    """
    if width <= 0:
        return Content("")
    eighths = round(max(0.0, min(fraction, 1.0)) * width * 8)
    full, rest = divmod(eighths, 8)
    cells = ["█"] * full + ([" ▏▎▍▌▋▊▉"[rest]] if rest else [])
    tick = None if marker is None else min(round(marker * width), width - 1)
    parts: list[tuple[str, str]] = []
    for index in range(width):
        if index == tick:
            parts.append(("│", "bold $foreground"))
        elif index < len(cells):
            parts.append((cells[index], style))
        else:
            parts.append((empty, "$foreground 30%"))
    return Content.assemble(*parts)


def sparkline(values: Sequence[float], style: str) -> Content:
    """A one-line sparkline of fractions 0–1 (each value one cell).

    Args:
        values: the series, oldest first.
        style: the style of every cell.

    Returns:
        The sparkline as Content.
    """
    top = max([*values, 1e-9])
    cells = "".join(_SPARKS[min(int(v / top * (len(_SPARKS) - 1) + 0.5), 7)] for v in values)
    return Content.styled(cells, style)
