"""The `[[rules]]` language: checking raw config tables and compiling them into fast rules.

Each condition a rule can state lives in `classify_conditions`.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from ictime.classify.conditions import (
    Check,
    Condition,
    Facts,
    RegexTooSlow,
    RuleProblem,
    build_conditions,
)
from ictime.model import CATEGORIES, UNTAGGED

CONDITION_KEYS: tuple[str, ...] = (
    "title", "description", "location", "calendar", "attendee", "categories",
    "min_attendees", "max_attendees", "organizer", "my_status", "recurring", "all_day",
    "min_minutes", "max_minutes", "weekdays", "after", "before", "title_names_me",
    "working_hours",
)  # fmt: skip


class RuleError(Exception):
    """A `[[rules]]` entry that cannot be used; the message names the rule and the problem."""


class RuleTooSlow(RuleError):
    """One of the person's rules took too long on some text; the message names both."""


@dataclass(frozen=True)
class Rule:
    """A compiled rule; two rules are equal when their name, category and conditions are."""

    name: str
    category: str
    canonical: str
    conditions: tuple[Condition, ...] = field(default=(), compare=False, repr=False)
    where: str = field(default="", compare=False, repr=False)  # the config file and position
    # False for a built-in rule whose evidence is weak: its tags are guesses.
    confident: bool = True
    # Cheap numeric tests first; descriptions still come out in the rule's own order.
    _plan: tuple[tuple[int, Check], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        """Order the checks by cost once, not on every match."""
        plan = sorted(enumerate(self.conditions), key=lambda pair: pair[1].cost)
        object.__setattr__(self, "_plan", tuple((i, c.check) for i, c in plan))

    @property
    def needs(self) -> frozenset[str]:
        """The Facts fields this rule reads."""
        return frozenset(c.needs for c in self.conditions)

    def match(self, facts: Facts) -> tuple[str, ...] | None:
        """Test the rule on one occurrence's facts.

        Args:
            facts: what is known about the occurrence.

        Returns:
            The description of every condition (in the rule's order), or None on no match.

        Raises:
            RuleTooSlow: one of its regexes took too long on this occurrence's text.
        """
        found: list[tuple[int, str]] = []
        try:
            for position, check in self._plan:
                description = check(facts)
                if description is None:
                    return None
                found.append((position, description))
        except RegexTooSlow as exc:
            raise RuleTooSlow(f"{self.where}: {exc}") from None
        return tuple(description for _, description in sorted(found))


def compile_rules(raw: Sequence[Mapping[str, Any]], *, origin: str = "config") -> tuple[Rule, ...]:
    """Check and compile the person's `[[rules]]` tables, keeping their order.

    Args:
        raw: the tables as the TOML parser read them.
        origin: the config file's name, put at the front of every error.

    Returns:
        The compiled rules.

    Raises:
        RuleError: a rule is malformed; the message names the file, the rule and the problem.
    """
    return _compile_all(raw, origin, builtin=False)


def compile_builtin_rules(raw: Sequence[Mapping[str, Any]], *, origin: str) -> tuple[Rule, ...]:
    """Compile the built-in rules, which may use `default:` names, a `note` and `confident`."""
    return _compile_all(raw, origin, builtin=True)


def _compile_all(raw: Sequence[Mapping[str, Any]], origin: str, builtin: bool) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw, start=1):
        where = f"{origin}: [[rules]] #{index}"
        if not isinstance(entry, Mapping):
            raise RuleError(f"{where}: expected a table with a name, a category and conditions")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise RuleError(f'{where}: needs a "name" (a non-empty string)')
        try:
            if name in seen:
                raise RuleProblem("an earlier rule already has this name")
            rules.append(_compile_rule(name, entry, builtin, where=f'{where} "{name}"'))
        except RuleProblem as exc:
            raise RuleError(f'{where} "{name}": {exc}') from None
        seen.add(name)
    return tuple(rules)


def _compile_rule(name: str, entry: Mapping[str, Any], builtin: bool, *, where: str) -> Rule:
    if not builtin and name.startswith("default:"):
        raise RuleProblem('names starting with "default:" belong to the built-in rules')
    allowed = ("name", "category", *CONDITION_KEYS, *(("note", "confident") if builtin else ()))
    for key in entry:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f'did you mean "{close[0]}"?' if close else "known: " + ", ".join(allowed)
            raise RuleProblem(f'unknown condition "{key}" ({hint})')
    category = entry.get("category")
    choices = (*CATEGORIES, UNTAGGED)
    if category not in choices:
        close = difflib.get_close_matches(str(category), choices, n=1)
        hint = f'; did you mean "{close[0]}"?' if close else ""
        shown = "missing" if category is None else f'"{category}"'
        raise RuleProblem(f"category is {shown}: use one of {', '.join(choices)}{hint}")
    note = str(entry.get("note", ""))
    confident = entry.get("confident", True)
    if not isinstance(confident, bool):
        raise RuleProblem('"confident" must be true or false')
    canonical: dict[str, Any] = {"name": name, "category": category, "note": note}
    if not confident:
        canonical["confident"] = False
    for key in CONDITION_KEYS:
        if key in entry:
            canonical[key] = _canonical(entry[key])
    conditions = build_conditions(entry, note, builtin=builtin)
    if not conditions:
        raise RuleProblem("has no condition, so it would match every block; add one")
    text = json.dumps(canonical, sort_keys=True, ensure_ascii=False, default=str)
    return Rule(
        name=name,
        category=str(category),
        canonical=text,
        conditions=tuple(conditions),
        where=where,
        confident=confident,
    )


def _canonical(value: Any) -> Any:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, list | tuple):
        return [_canonical(item) for item in value]
    return value
