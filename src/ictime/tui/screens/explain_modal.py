"""Why a block has its tag: the block, its tag and the rule (or hand) that set it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ictime.model import Block, tag_label
from ictime.tui.visuals import (
    category_style,
    day_name,
    duration,
    safe,
    span_text,
)


class ExplainModal(ModalScreen[None]):
    """The explanation of one block's tag; any of escape, enter or e closes it."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,e,q", "dismiss", "Close"),
    ]

    def __init__(self, block: Block, explanation: str) -> None:
        super().__init__()
        self.block = block
        self.explanation = explanation

    def compose(self) -> ComposeResult:
        """The block's title, when, its tag, and the explanation (all literal text)."""
        block = self.block
        with Vertical(classes="dialog"):
            yield Static(Content(safe(block.summary)), classes="dialog-title", id="explain-title")
            when = f"{day_name(block.start.date())} {span_text(block.start, block.end)}"
            yield Static(
                Content.assemble(
                    (when, "bold"),
                    f" · {duration(block.minutes)} · ",
                    (tag_label(block, short=True), category_style(block.category)),
                    (f" · id {block.id}", "$text-muted"),
                )
            )
            lines = [safe(line) for line in self.explanation.splitlines()]
            yield Static(Content("\n".join(lines)), id="explain-text")
            yield Static(
                Content.styled("esc closes · 1-4 or 0 (not work) re-tag the block", "$text-muted"),
                classes="status-line",
            )
