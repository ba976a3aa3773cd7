"""Tagging: every block gets a category from ordered rules, the person's own and the built-ins.

The rules language is described in `docs/config.md`. Each name loads its submodule on first
use: checking the stored tags' fingerprint at start-up compiles no rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ictime.lazy import lazy_exports

if TYPE_CHECKING:
    from ictime.classify.engine import Classifier, Tag, WorkWindow, default_rules, explain
    from ictime.classify.fingerprint import ENGINE_VERSION, rules_fingerprint
    from ictime.classify.people import (
        RESOURCE_SUFFIX,
        attendee_counts,
        infer_me,
        infer_me_from_counts,
        my_partstat,
        normalise_email,
        other_attendees,
    )
    from ictime.classify.rules import (
        CONDITION_KEYS,
        Rule,
        RuleError,
        RuleTooSlow,
        compile_rules,
    )

__all__ = [
    "CONDITION_KEYS",
    "ENGINE_VERSION",
    "RESOURCE_SUFFIX",
    "Classifier",
    "Rule",
    "RuleError",
    "RuleTooSlow",
    "Tag",
    "WorkWindow",
    "attendee_counts",
    "compile_rules",
    "default_rules",
    "explain",
    "infer_me",
    "infer_me_from_counts",
    "my_partstat",
    "normalise_email",
    "other_attendees",
    "rules_fingerprint",
]

__getattr__ = lazy_exports(
    __name__,
    {
        "engine": ("Classifier", "Tag", "WorkWindow", "default_rules", "explain"),
        "fingerprint": ("ENGINE_VERSION", "rules_fingerprint"),
        "people": (
            "RESOURCE_SUFFIX",
            "attendee_counts",
            "infer_me",
            "infer_me_from_counts",
            "my_partstat",
            "normalise_email",
            "other_attendees",
        ),
        "rules": ("CONDITION_KEYS", "Rule", "RuleError", "RuleTooSlow", "compile_rules"),
    },
)
