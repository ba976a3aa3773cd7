"""Facts that screens and dialogs tell the app: they bubble up, the app handles them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.message import Message

from ictime.model import Block

if TYPE_CHECKING:
    from ictime.service import SourceReport


class BlocksTagged(Message):
    """A block (or its whole series) was tagged by hand and stored."""

    def __init__(self, block: Block, series: bool) -> None:
        """Say what was tagged.

        Args:
            block: the block as it is now tagged.
            series: the person asked to tag every occurrence of its series.
        """
        super().__init__()
        self.block = block
        self.series = series


class BlocksImported(Message):
    """Blocks were added, changed or removed by an import."""

    def __init__(self, reports: Sequence[SourceReport]) -> None:
        """Say what the import did.

        Args:
            reports: one report per source imported.
        """
        super().__init__()
        self.reports = tuple(reports)


class WorkerFailed(Message):
    """A screen's worker stopped on an error (worker state messages do not bubble)."""

    def __init__(self, error: BaseException | None) -> None:
        """Say what went wrong.

        Args:
            error: the exception the worker raised, if known.
        """
        super().__init__()
        self.error = error
