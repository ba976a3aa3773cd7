"""Protected build time over stored blocks, as the command line and the TUI ask for it."""

from __future__ import annotations

from datetime import date, datetime

from ictime.config import Config
from ictime.service.blocks import list_blocks
from ictime.store import Store
from ictime.suggest import SuggestionPlan, suggest_slots


def suggest_week(
    store: Store, config: Config, first_day: date, last_day: date, *, now: datetime
) -> SuggestionPlan:
    """Suggest protected build time for the inclusive days (see `ictime.suggest`).

    Args:
        store: the open database.
        config: the person's settings.
        first_day: first local day (a week's Monday for `ictime suggest`).
        last_day: last local day, inclusive.
        now: the aware current moment; nothing is suggested before it.

    Returns:
        The plan.
    """
    blocks = list_blocks(store, config, first_day, last_day)
    return suggest_slots(blocks, config, first_day, last_day, now=now)
