"""Tagging: every block gets a category from ordered rules, the person's own and the built-ins.

The rules language is described in `docs/config.md`.
"""

from ictime.classify.engine import Classifier, Tag, default_rules, explain
from ictime.classify.people import (
    RESOURCE_SUFFIX,
    attendee_counts,
    infer_me,
    infer_me_from_counts,
    my_partstat,
    normalise_email,
    other_attendees,
)
from ictime.classify.rules import CONDITION_KEYS, Rule, RuleError, RuleTooSlow, compile_rules

__all__ = [
    "CONDITION_KEYS",
    "RESOURCE_SUFFIX",
    "Classifier",
    "Rule",
    "RuleError",
    "RuleTooSlow",
    "Tag",
    "attendee_counts",
    "compile_rules",
    "default_rules",
    "explain",
    "infer_me",
    "infer_me_from_counts",
    "my_partstat",
    "normalise_email",
    "other_attendees",
]
