"""The help screen lists exactly the keys the app and each of its screens bind.

A key bound on a screen (or by the app) with no help line fails, and so does a help line for
a key that nothing on that screen binds. Bound means: by ictime's own classes, on the chain
of nodes a key press goes through (the focused widget, its screen, the app); keys that are
neither shown in the footer nor described (shift+digit aliases, escape to cancel) and
Textual's system keys are not asked of the help, but a help line may name them.
The dialogs (help, explain, import) say their own keys and are not in the help.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from textual.binding import Binding
from textual.dom import DOMNode

from ictime.tui.app import IctimeApp
from ictime.tui.screens.help_modal import BY_SCREEN, EVERYWHERE
from support.tui import SIZE, MakeApp, settle, wait_until

SECTIONS = (*EVERYWHERE, *BY_SCREEN)

SCOPES: dict[str, tuple[str, ...]] = {
    "Everywhere": ("today", "week", "triage", "plan"),
    "Today and Triage": ("today", "triage"),
    "Today": ("today",),
    "Week review": ("week",),
    "Triage": ("triage",),
    "Plan": ("plan",),
}
"""The modes (screens) each help section is about."""

WRITTEN = {
    "?": "question_mark",
    ".": "full_stop",
    "/": "slash",
    "[": "left_square_bracket",
    "]": "right_square_bracket",
    "↑": "up",
    "↓": "down",
    "←": "left",
    "→": "right",
}
"""Keys as the help writes them, and as Textual names them."""

SHIFTED = {
    "0": "right_parenthesis",
    "1": "exclamation_mark",
    "2": "at",
    "3": "number_sign",
    "4": "dollar_sign",
}
"""Shift and a digit on a US keyboard, as Textual names the key."""


def keys_of(label: str) -> set[str]:
    """The keys a help line names: "t w b p", ". or home", "e, enter", "s then 1-4", "shift+1-4"."""
    keys: set[str] = set()
    for word in re.split(r" then | or |, | / | ", label):
        span = re.fullmatch(r"(shift\+)?(\d)-(\d)", word)
        if span is None:
            keys.add(WRITTEN.get(word, word))
            continue
        digits = [str(n) for n in range(int(span[2]), int(span[3]) + 1)]
        keys |= {SHIFTED[digit] if span[1] else digit for digit in digits}
    return keys


def documented(mode: str) -> set[str]:
    """Every key the help lists for a mode's screen (its sections and "Everywhere")."""
    return {
        key
        for title, lines in SECTIONS
        if mode in SCOPES[title]
        for label, _what in lines
        for key in keys_of(label)
    }


def own_bindings(node: DOMNode) -> Iterator[Binding]:
    """The bindings ictime's classes give a node (not those of Textual's own classes)."""
    for cls in type(node).__mro__:
        if cls.__module__.startswith("ictime.") and "BINDINGS" in vars(cls):
            yield from Binding.make_bindings(vars(cls)["BINDINGS"])


def announced(binding: Binding) -> bool:
    """Whether a person is told about the key: in the footer or by a description."""
    return not binding.system and bool(binding.show or binding.description)


def modes_with_keys(app: IctimeApp) -> list[str]:
    """The modes the app's own keys switch to, in the order it binds them."""
    actions = [binding.action for binding in own_bindings(app)]
    return [m[1] for a in actions if (m := re.fullmatch(r"switch_mode\('(\w+)'\)", a))]


def test_every_help_section_is_about_known_screens() -> None:
    assert [title for title, _ in SECTIONS] == list(SCOPES)
    assert all(keys_of(label) for _, lines in SECTIONS for label, _what in lines)
    assert keys_of("s then 1-4") == {"s", "1", "2", "3", "4"}
    assert keys_of("shift+1-4") == {"exclamation_mark", "at", "number_sign", "dollar_sign"}
    assert keys_of(". or home") == {"full_stop", "home"}


async def test_the_help_lists_exactly_the_keys_each_screen_binds(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        modes = modes_with_keys(app)
        assert modes == ["today", "week", "triage", "plan"]
        problems: list[str] = []
        for mode in modes:
            await app.switch_mode(mode)
            await settle(pilot)
            await wait_until(pilot, lambda: app.screen.focused is not None, f"focus on {mode}")
            screen = app.screen
            focused = screen.focused
            assert focused is not None
            chain = list(focused.ancestors_with_self)  # the focused widget, …, screen, app
            bound = {b.key for node in chain for b in own_bindings(node) if announced(b)}
            active = set(screen.active_bindings)  # every key that does something here
            listed = documented(mode)
            if missing := sorted(bound - listed):
                problems.append(f"{mode}: bound but not in the help: {', '.join(missing)}")
            if unbound := sorted(listed - active):
                problems.append(f"{mode}: in the help but not bound: {', '.join(unbound)}")
        assert problems == []
