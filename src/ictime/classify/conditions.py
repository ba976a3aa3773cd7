"""The conditions a `[[rules]]` entry can state, each checked and compiled into a fast test.

`classify_rules` puts them together into rules; a problem with one value raises
`RuleProblem`, which the compiler prefixes with the rule's name.

The person's regexes are checked by Python's `re` (the syntax docs/config.md describes) and
matched by the `regex` module, whose searches can be given a time limit: a typo that makes
a pattern backtrack without end raises `RegexTooSlow` instead of freezing the import. The
built-in patterns are ours, written to take time in proportion to the text, and keep `re`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import time
from functools import cache
from operator import attrgetter
from typing import Any

from ictime.classify.regex_cache import compile_builtin
from ictime.textsafe import plain
from ictime.timeutil import WEEKDAY_NAMES, parse_clock, weekday_number

PARTSTATS: tuple[str, ...] = ("ACCEPTED", "TENTATIVE", "NEEDS-ACTION", "DECLINED", "DELEGATED")
_REGEX_FIELDS = {
    "title": "title",
    "description": "description",
    "location": "location",
    "calendar": "calendar",
    "attendee": "attendees",
}
_MEMO_LIMIT = 50_000

SEARCH_SECONDS = 1.0
"""How long one of the person's regexes may search one text; far beyond what a sane one needs."""

Find = Callable[[str], "str | None"]
"""A compiled regex as a condition uses it: the text it finds in a string, or None."""


class RuleProblem(Exception):
    """What is wrong with one rule, before the rule's name is put in front of it."""


class RegexTooSlow(Exception):
    """One of the person's regexes searched one text for longer than `SEARCH_SECONDS`."""


@dataclass(frozen=True)
class Facts:
    """What the rules may read about one occurrence; fields no rule reads keep their default."""

    title: str = ""
    description: str = ""
    location: str = ""
    categories: tuple[str, ...] = ()
    others: int = 0
    organizer: str = ""
    organizer_is_me: bool = True
    organizer_outside: bool = False  # the organizer's address is at none of my domains
    my_status: str = ""
    recurring: bool = False
    all_day: bool = False
    minutes: int = 0
    calendar: str = ""
    start: tuple[int, int] = (0, 0)  # local weekday (0 = Monday) and minute of the day
    attendees: tuple[str, ...] = ()  # other attendees as "Name <e-mail>"
    names_me: bool = False  # the title has a word of my name (or of my address)
    working: bool = True  # it overlaps the working hours of a working day ([work])


Check = Callable[[Facts], "str | None"]


@dataclass(frozen=True)
class Condition:
    """One test of a rule: the Facts field it reads and a check that describes a match."""

    needs: str
    check: Check
    cost: int = 0
    bounds: tuple[int, ...] = ()  # values of `needs` where the outcome may change


def build_conditions(
    entry: Mapping[str, Any], note: str, *, builtin: bool = False
) -> list[Condition]:
    """The conditions an entry states: the text matches first, then the others.

    Args:
        entry: the rule's table (its keys already checked against the known conditions).
        note: the built-in rule's note, used to describe text matches (or "").
        builtin: a built-in rule, whose regexes are matched by `re` without a time limit.

    Returns:
        The compiled conditions, in a fixed order.

    Raises:
        RuleProblem: a value is of the wrong type or out of range, or a regex is invalid.
    """
    conditions: list[Condition] = []
    for key, field_name in _REGEX_FIELDS.items():
        if key in entry:
            patterns = _strings(key, entry[key])
            finds = [_compile(key, pattern, builtin) for pattern in patterns]
            conditions.append(_regex_condition(key, field_name, patterns, finds, note))
    conditions.extend(_other_conditions(entry, builtin))
    return conditions


def _other_conditions(entry: Mapping[str, Any], builtin: bool) -> list[Condition]:
    conditions: list[Condition] = []
    if "categories" in entry:
        conditions.append(_categories_condition(_strings("categories", entry["categories"])))
    if "min_attendees" in entry or "max_attendees" in entry:
        low, high = _bounds(entry, "min_attendees", "max_attendees")
        conditions.append(_range_condition("others", low, high, "other attendees = {} ({})"))
    if "organizer" in entry:
        conditions.append(_organizer_condition(entry["organizer"], builtin))
    if "my_status" in entry:
        conditions.append(_status_condition(entry["my_status"]))
    for key, needs, yes, no in (
        ("recurring", "recurring", "recurring", "not recurring"),
        ("all_day", "all_day", "all-day", "timed"),
        ("title_names_me", "names_me", "the title names me", "the title does not name me"),
        ("working_hours", "working", "in working hours", "outside working hours"),
    ):
        if key in entry:
            conditions.append(_flag_condition(needs, _bool(key, entry[key]), yes, no))
    if "min_minutes" in entry or "max_minutes" in entry:
        low, high = _bounds(entry, "min_minutes", "max_minutes")
        conditions.append(_range_condition("minutes", low, high, "lasts {1} min"))
    if "weekdays" in entry:
        conditions.append(_weekday_condition(entry["weekdays"]))
    if "after" in entry or "before" in entry:
        conditions.append(_window_condition(entry.get("after"), entry.get("before")))
    return conditions


def _clip(text: str) -> str:
    """Calendar text quoted in an explanation: on one line, at most 40 characters."""
    text = plain(text[:400])
    return text if len(text) <= 40 else text[:39] + "…"


@cache
def builtin_regex(pattern: str) -> re.Pattern[str]:
    """A built-in regex, made once a process, when it is first searched with.

    Its compiled code comes from the user's cache folder (`regex_cache`): compiling the
    built-in regexes in Python would take a weekly re-import from the command line two thirds
    of its time.
    """
    return compile_builtin(pattern)


def _compile(key: str, pattern: str, builtin: bool) -> Find:
    """A regex as a condition searches with it; the person's are bounded in time."""
    if builtin:

        def find(text: str) -> str | None:
            found = builtin_regex(pattern).search(text)
            return None if found is None else found.group(0)

        return find
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise RuleProblem(f'"{key}" is not a valid regex ({exc}): "{pattern}"') from None
    import regex  # here: only the person's own rules pay for it

    try:
        bounded = regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)
    except regex.error as exc:
        raise RuleProblem(f'"{key}" is not a valid regex ({exc}): "{pattern}"') from None

    def find_in_time(text: str) -> str | None:
        try:
            found = bounded.search(text, timeout=SEARCH_SECONDS)
        except TimeoutError:
            raise RegexTooSlow(
                f'"{key}" regex "{pattern}" took over {SEARCH_SECONDS:g} s on "{_clip(text)}";'
                " simplify it (a repeat inside a repeat, such as (a+)+ or (a|aa)+, can take"
                " forever)"
            ) from None
        return None if found is None else found.group(0)

    return find_in_time


def _regex_condition(
    key: str, field_name: str, patterns: list[str], finds: list[Find], note: str
) -> Condition:
    shown = " | ".join(patterns)

    def describe(found: str) -> str:
        if note:
            return f'{key} matched "{_clip(found)}" ({note})'
        return f'{key} ~ "{shown}" matched "{_clip(found)}"'

    def search(text: str) -> str | None:
        for find in finds:
            found = find(text)
            if found is not None:
                return describe(found)
        return None

    if field_name == "attendees":

        def check_any(facts: Facts) -> str | None:
            for text in facts.attendees:
                description = search(text)
                if description is not None:
                    return description
            return None

        return Condition("attendees", check_any, cost=1)

    read = attrgetter(field_name)
    memo: dict[str, str | None] = {}

    def check(facts: Facts) -> str | None:
        text: str = read(facts)
        if text not in memo:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            memo[text] = search(text)
        return memo[text]

    return Condition(field_name, check, cost=1)


def _strings(key: str, value: Any) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not items:
        raise RuleProblem(f'"{key}" must be a string or a non-empty list of strings')
    for item in items:
        if not isinstance(item, str):
            raise RuleProblem(
                f'"{key}" must be a string or a non-empty list of strings, not {item!r}'
            )
    return list(items)


def _bool(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise RuleProblem(f'"{key}" must be true or false, not {value!r}')
    return value


def _count(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RuleProblem(f'"{key}" must be a whole number of 0 or more, not {value!r}')
    return value


def _bounds(entry: Mapping[str, Any], low_key: str, high_key: str) -> tuple[int, int | None]:
    low = _count(low_key, entry[low_key]) if low_key in entry else 0
    high = _count(high_key, entry[high_key]) if high_key in entry else None
    if high is not None and low > high:
        raise RuleProblem(f'"{low_key}" ({low}) is more than "{high_key}" ({high})')
    return low, high


def _range_condition(needs: str, low: int, high: int | None, said: str) -> Condition:
    """A bound on a count; `said` gets the value and the bound (durations show only the bound,
    since the classifier's cache keys a duration by the span between rule bounds)."""
    if high is None:
        bound = f"at least {low}"
    elif low == high:
        bound = f"exactly {low}"
    elif low == 0:
        bound = f"at most {high}"
    else:
        bound = f"{low}–{high}"
    read = attrgetter(needs)

    def check(facts: Facts) -> str | None:
        value: int = read(facts)
        if value < low or (high is not None and value > high):
            return None
        return said.format(value, bound)

    bounds = (low,) if high is None else (low, high + 1)
    return Condition(needs, check, bounds=bounds)


def _flag_condition(needs: str, wanted: bool, yes: str, no: str) -> Condition:
    read = attrgetter(needs)

    def check(facts: Facts) -> str | None:
        return (yes if wanted else no) if read(facts) is wanted else None

    return Condition(needs, check)


def _categories_condition(names: list[str]) -> Condition:
    wanted = frozenset(name.casefold() for name in names)

    def check(facts: Facts) -> str | None:
        for name in facts.categories:
            if name.casefold() in wanted:
                return f'categories include "{name}"'
        return None

    return Condition("categories", check)


def _organizer_condition(value: Any, builtin: bool) -> Condition:
    if not isinstance(value, str):
        raise RuleProblem(
            f'"organizer" must be "me", "others", "outside" or a regex, not {value!r}'
        )
    if value.lower() == "outside":

        def outside(facts: Facts) -> str | None:
            return f"organizer is outside: {facts.organizer}" if facts.organizer_outside else None

        return Condition("organizer", outside)
    if value.lower() in ("me", "others"):
        mine = value.lower() == "me"

        def check(facts: Facts) -> str | None:
            if facts.organizer_is_me is not mine:
                return None
            return "organizer is me" if mine else f"organizer is {facts.organizer}"

        return Condition("organizer", check)
    find = _compile("organizer", value, builtin)
    return _regex_condition("organizer", "organizer", [value], [find], "")


def _status_condition(value: Any) -> Condition:
    wanted = frozenset(item.upper() for item in _strings("my_status", value))
    unknown = sorted(wanted.difference(PARTSTATS))
    if unknown:
        raise RuleProblem(f'"my_status" has {unknown[0]!r}: use any of {", ".join(PARTSTATS)}')

    def check(facts: Facts) -> str | None:
        return f"my status is {facts.my_status}" if facts.my_status in wanted else None

    return Condition("my_status", check)


def _weekday_condition(value: Any) -> Condition:
    days: set[int] = set()
    for item in _strings("weekdays", value):
        number = weekday_number(item)
        if number is None:
            raise RuleProblem(f'"weekdays" has {item!r}: use {", ".join(WEEKDAY_NAMES)}')
        days.add(number)

    def check(facts: Facts) -> str | None:
        day = facts.start[0]
        return f"starts on a {WEEKDAY_NAMES[day].title()}" if day in days else None

    return Condition("start", check)


def _minute(key: str, value: Any) -> int:
    if isinstance(value, time):
        return value.hour * 60 + value.minute
    clock = parse_clock(value) if isinstance(value, str) else None
    if clock is None:
        raise RuleProblem(f'"{key}" must be a time like "09:30", not {value!r}')
    return clock.hour * 60 + clock.minute


def _window_condition(after: Any, before: Any) -> Condition:
    low = _minute("after", after) if after is not None else 0
    high = _minute("before", before) if before is not None else 24 * 60
    wraps = low > high
    parts = [f"at or after {low // 60:02}:{low % 60:02}"] if after is not None else []
    if before is not None:
        parts.append(f"{'or' if wraps else 'and'} before {high // 60:02}:{high % 60:02}")
    shown = " ".join(parts).removeprefix("and ")

    def check(facts: Facts) -> str | None:
        minute = facts.start[1]
        inside = (minute >= low or minute < high) if wraps else low <= minute < high
        return f"starts {shown}" if inside else None

    return Condition("start", check, bounds=(low, high))
