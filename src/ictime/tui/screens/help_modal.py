"""The help screen: every key of every screen, and where the data comes from."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

Section = tuple[str, tuple[tuple[str, str], ...]]

EVERYWHERE: tuple[Section, ...] = (
    (
        "Everywhere",
        (
            ("t w b p", "Today, Week review, Triage, Plan"),
            ("i / r", "import a calendar / refresh all"),
            ("ctrl+p", "command palette: exports, themes"),
            ("? / ctrl+q", "this help / quit"),
        ),
    ),
    (
        "Today and Triage",
        (
            ("↑ ↓", "select a block (or click it)"),
            ("1", "tag it deep work"),
            ("2", "tag it relationships"),
            ("3", "tag it communication"),
            ("4", "tag it learning"),
            ("0", "mark it not work"),
            ("s then 0-4", "the same for its whole series"),
            ("shift+0-4", "the same, in one key"),
            ("e, enter", "explain why it has its tag"),
        ),
    ),
)
"""The left column: keys that work on more than one screen."""

BY_SCREEN: tuple[Section, ...] = (
    ("Today", (("← →", "previous / next day"), (". or home", "back to today"))),
    (
        "Week review",
        (
            ("[ ]", "previous / next week"),
            ("m", "export the review (.md)"),
            ("x", "export next week's build time"),
        ),
    ),
    (
        "Triage",
        (
            ("[ ]", "previous / next week"),
            ("/", "search titles (esc clears)"),
            ("f", "filter: tag, untagged, not work"),
        ),
    ),
    (
        "Plan",
        (
            ("[ ]", "previous / next week"),
            ("a / s", "accept / skip the selected slot"),
            ("x", "export the accepted slots (.ics)"),
        ),
    ),
)
"""The right column: each screen's own keys."""


def help_text(sections: tuple[Section, ...]) -> Content:
    """Sections of the key table as Content."""
    lines: list[Content] = []
    width = max(len(key) for _, keys in sections for key, _ in keys) + 2
    for section, keys in sections:
        if lines:
            lines.append(Content(""))
        lines.append(Content.styled(section, "bold $text-accent"))
        for key, what in keys:
            lines.append(Content.assemble((f"  {key:<{width}}", "bold"), what))
    return Content("\n").join(lines)


class HelpModal(ModalScreen[None]):
    """Keys by screen; escape, q or ? closes it."""

    CSS_PATH = "dialogs.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 (Textual's type)
    """Two columns of keys from 100 columns on (they need 94)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        """The key table in a scrollable dialog: two columns when the terminal is wide."""
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static("ictime keys", classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(help_text(EVERYWHERE), classes="help-column")
                yield Static(help_text(BY_SCREEN), id="help-by-screen", classes="help-column")
            yield Static(
                Content.styled("Mouse works too: click blocks, rows and buttons.", "$text-muted")
            )
