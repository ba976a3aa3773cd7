"""The footer (`KeyBar`): which keys it keeps when narrow, and that a click presses the key."""

from __future__ import annotations

import pytest

from ictime.tui.screens.help_modal import HelpModal
from ictime.tui.screens.week_screen import WeekScreen
from ictime.tui.widgets.key_bar import KeyBar, KeyEntry, fit
from support.tui import MakeApp, settle, wait_until


def entry(key: str, description: str, action: str = "") -> KeyEntry:
    return KeyEntry(((key, key),), description, True, action or f"do_{key}")


def test_fit_drops_from_the_end_but_keeps_help() -> None:
    entries = [
        entry("1", "Tag"),
        entry("?", "Help", "help"),
        entry("i", "Import"),
        entry("w", "Week"),
    ]
    widths = [e.width for e in entries]  # 5, 6, 8, 6
    everything = sum(widths) + 2 * 3
    assert fit(entries, everything) == entries
    assert fit(entries, everything - 1) == entries[:3]
    assert fit(entries, 5 + 2 + 6) == entries[:2]
    assert fit(entries, 6) == [entries[1]]  # help outlasts the screen's own keys
    assert fit(entries, 3) == []


def test_grouped_keys_measure_as_drawn() -> None:
    compact = KeyEntry((("1", "1"), ("2", "2")), "Tag", True, "tag", compact=True)
    spaced = KeyEntry((("1", "1"), ("2", "2")), "Tag", True, "tag", compact=False)
    assert compact.width == len("12 Tag")
    assert spaced.width == len("1 2 Tag")


def bar_text(bar: KeyBar) -> str:
    return bar.render().plain


@pytest.mark.parametrize("mode", ["today", "week", "triage", "plan"])
async def test_the_bar_fits_80_columns_and_keeps_help(make_app: MakeApp, mode: str) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.switch_mode(mode)
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)
        text = bar_text(bar)
        assert len(text) <= bar.size.width == 80 - 2
        assert "? Help" in text
        assert text.rstrip().endswith("^p palette")
        assert "Tag" in text if mode in ("today", "triage") else "Week" in text


async def test_the_key_of_the_screen_on_view_is_left_out(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        text = bar_text(app.screen.query_one(KeyBar))
        assert "t Today" not in text
        assert "w Week" in text and "p Plan" in text


async def test_clicking_a_key_presses_it(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        today = app.screen
        bar = today.query_one(KeyBar)
        column = bar_text(bar).index("w Week")
        await pilot.click(KeyBar, offset=(1 + column, 0))  # 1: the bar's left padding
        await settle(pilot)
        assert isinstance(app.screen, WeekScreen)
        await pilot.press("t")
        await settle(pilot)
        assert app.screen is today  # the "today" mode is the first screen, not a second one
        bar = app.screen.query_one(KeyBar)
        column = bar_text(bar).index("Help")
        await pilot.click(KeyBar, offset=(1 + column, 0))  # the description works too
        await wait_until(pilot, lambda: isinstance(app.screen, HelpModal), "the help to open")
        assert isinstance(app.screen, HelpModal)


async def test_grouped_keys_are_clicked_one_by_one_and_hover_lights_the_entry(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)
        text = bar_text(bar)
        group = text.index("01234")
        assert bar.spot_at(group + 3) == ("3", "0")  # the "3" of "01234 Tag"
        assert bar.spot_at(text.index("Tag")) == ("0", "0")  # the description: first key
        assert bar.spot_at(group - 1) is None  # the space before it
        assert not any("hover" in str(span.style) for span in bar.render().spans)
        await pilot.hover(KeyBar, offset=(1 + text.index("Series"), 0))
        await wait_until(
            pilot,
            lambda: any("hover" in str(span.style) for span in bar.render().spans),
            "an entry of the bar to light up under the mouse",
        )
        lit = [text[s.start : s.end] for s in bar.render().spans if "hover" in str(s.style)]
        assert "".join(lit).strip() == "s Series"
