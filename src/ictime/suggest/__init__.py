"""Protected build time: open slots chosen for focus blocks, each with its reason.

Pure: blocks, the config and `now` go in, a frozen plan comes out. The rules are described
in `docs/calendar-semantics.md` ("Protected build time").
"""

from ictime.suggest.plan import (
    Renegotiation,
    Suggestion,
    SuggestionPlan,
    slot_uid,
    suggest_from_report,
    suggest_slots,
)

__all__ = [
    "Renegotiation",
    "Suggestion",
    "SuggestionPlan",
    "slot_uid",
    "suggest_from_report",
    "suggest_slots",
]
