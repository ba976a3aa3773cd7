"""The help screen: every key of every screen, and where the data comes from."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Everywhere",
        (
            ("t w b p", "Today · Week review · Triage · Plan (suggestions)"),
            ("i", "import a calendar file or URL"),
            ("ctrl+p", "command palette: screens, exports, themes"),
            ("?", "this help"),
            ("ctrl+q", "quit"),
        ),
    ),
    (
        "Today and Triage",
        (
            ("↑ ↓", "select a block (or click it)"),
            ("1 2 3 4", "tag it: deep work · relationships · communication · learning"),
            ("s then 1-4", "tag every occurrence of its series (shift+1-4 does the same)"),
            ("e, enter", "explain why it has its tag"),
        ),
    ),
    ("Today", (("← →", "previous / next day"), (". or home", "back to today"))),
    (
        "Week review",
        (
            ("[ ]", "previous / next week"),
            ("m", "export the review as Markdown"),
            ("x", "export next week's build time as .ics"),
        ),
    ),
    (
        "Triage",
        (
            ("[ ]", "previous / next week"),
            ("/", "search titles (esc clears)"),
            ("f", "cycle the filter: all · untagged · each category"),
        ),
    ),
    (
        "Plan",
        (
            ("[ ]", "previous / next week"),
            ("a / s", "accept / skip the selected slot"),
            ("x", "export the accepted slots as .ics"),
        ),
    ),
)


def help_text() -> Content:
    """The key table as Content."""
    lines: list[Content] = []
    for section, keys in KEYS:
        if lines:
            lines.append(Content(""))
        lines.append(Content.styled(section, "bold $text-accent"))
        for key, what in keys:
            lines.append(Content.assemble((f"  {key:<12}", "bold"), what))
    return Content("\n").join(lines)


class HelpModal(ModalScreen[None]):
    """Keys by screen; escape, q or ? closes it."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        """The key table in a scrollable dialog."""
        with Vertical(classes="dialog"):
            yield Static("ictime keys", classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(help_text())
            yield Static(
                Content.styled("Mouse works too: click blocks, rows and buttons.", "$text-muted")
            )
