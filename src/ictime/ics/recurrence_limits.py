"""RRULE checks for ics: refuse rules dateutil cannot finish, and bound the rest."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

import icalendar

# Rules whose DTSTART can move forward by whole steps without changing any later occurrence.
_STEP_SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86400, "WEEKLY": 604800}
# dateutil generates every occurrence from DTSTART on; past this many before the window we
# move DTSTART closer (when that is exact), and refuse the series when it is not.
_REANCHOR_ABOVE = 20_000
_TOO_MANY_BEFORE = 500_000
_DAY = timedelta(days=1)
_ZERO = timedelta(0)
_FREQS = frozenset({"SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"})
_RULE_RANGES = {
    "BYSECOND": (0, 59),
    "BYMINUTE": (0, 59),
    "BYHOUR": (0, 23),
    "BYMONTH": (1, 12),
    "BYMONTHDAY": (-31, 31),
    "BYYEARDAY": (-366, 366),
    "BYWEEKNO": (-53, 53),
    "BYSETPOS": (-366, 366),
}
_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# The RRULE parts dateutil reads, and RFC 7529's RSCALE and SKIP (read for Gregorian rules).
_PARTS = frozenset(
    {"FREQ", "UNTIL", "COUNT", "INTERVAL", "WKST", "BYSETPOS", "RSCALE", "SKIP"}
    | {f"BY{unit}" for unit in ("SECOND", "MINUTE", "HOUR", "DAY", "MONTHDAY", "YEARDAY")}
    | {"BYWEEKNO", "BYMONTH"}
)
_WEEKDAY = re.compile(r"^([+-]?\d{1,3})?(MO|TU|WE|TH|FR|SA|SU)$")


class Unexpandable(Exception):
    """A series that would take unreasonably long to expand; the message says why."""


def instant(value: date, tz: tzinfo) -> datetime:
    """An aware datetime for a DATE (midnight in tz), floating time (in tz) or aware time.

    Args:
        value: the date or datetime.
        tz: the zone for dates and floating times.

    Returns:
        The aware datetime.
    """
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=tz)
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    return value


def value_of(component: icalendar.Component, name: str) -> Any:
    """The parsed value (`.dt`) of a date, time or duration property.

    Args:
        component: the VEVENT.
        name: the property, e.g. "DTSTART".

    Returns:
        A date, datetime, timedelta or period, as icalendar parsed it.
    """
    prop: Any = component[name]
    return prop.dt


def is_unbounded(component: icalendar.Component) -> bool:
    """Whether the event repeats forever (an RRULE with neither COUNT nor UNTIL).

    Args:
        component: the VEVENT.

    Returns:
        True for a series without end.
    """
    return any("COUNT" not in rule and "UNTIL" not in rule for rule in rules_of(component))


def rule_problem(rule: Any, all_day: bool) -> str | None:
    """What makes an RRULE unusable, or None.

    dateutil loops forever on INTERVAL=0 and searches up to year 9999 for a rule that can
    never match, and refuses values out of range, so such rules are caught before expansion.

    Args:
        rule: the parsed RRULE (a vRecur).
        all_day: whether DTSTART is a date.

    Returns:
        The reason, or None when the rule is usable.
    """
    freq = str((rule.get("FREQ") or [""])[0]).upper()
    if freq not in _FREQS:
        return "RRULE has no valid FREQ"
    unknown = sorted(str(key) for key in rule if str(key).upper() not in _PARTS)
    if unknown:
        return f"RRULE has an unknown part {unknown[0]}"
    scale = str((rule.get("RSCALE") or ["GREGORIAN"])[0]).upper()
    skip = str((rule.get("SKIP") or ["OMIT"])[0]).upper()
    if scale != "GREGORIAN" or skip != "OMIT":
        return f"RRULE RSCALE={scale};SKIP={skip} is not supported"
    if all_day and _STEP_SECONDS.get(freq, 86400) < 86400:
        return f"RRULE FREQ={freq} on an all-day event"
    for key in ("INTERVAL", "COUNT"):
        for value in rule.get(key) or ():
            if not isinstance(value, int) or value < (1 if key == "INTERVAL" else 0):
                return f"RRULE {key}={value} is out of range"
    for key, (low, high) in _RULE_RANGES.items():
        for value in rule.get(key) or ():
            if not isinstance(value, int) or not low <= value <= high or (value == 0 and low < 0):
                return f"RRULE {key}={value} is out of range"
    for weekday in rule.get("BYDAY") or ():
        match = _WEEKDAY.match(str(weekday).strip().upper())
        if match is None or (match.group(1) is not None and int(match.group(1)) == 0):
            return f"RRULE BYDAY={weekday} is not a weekday"
        ordinal = int(match.group(1) or 0)
        if abs(ordinal) > (5 if freq == "MONTHLY" else 53):
            return f"RRULE BYDAY={weekday} can never occur"
    months, days = rule.get("BYMONTH") or (), rule.get("BYMONTHDAY") or ()
    if months and days and min(abs(day) for day in days) > max(_MONTH_DAYS[m] for m in months):
        return "RRULE can never occur (BYMONTHDAY past the end of every BYMONTH)"
    return None


def plan(
    component: icalendar.Component, start: datetime, window_days: float, tz: tzinfo
) -> tuple[float, str, timedelta]:
    """Bound a VEVENT's occurrences in the window, and say how to expand it quickly.

    Args:
        component: the validated VEVENT.
        start: window start.
        window_days: window length in days.
        tz: the zone for floating times and dates.

    Returns:
        (upper bound of occurrences in the window, its FREQ or "", how far to move DTSTART
        forward so that dateutil does not generate years of occurrences before the window).

    Raises:
        Unexpandable: the series cannot be expanded in reasonable time.
    """
    rdates = component.get("RDATE") or []
    bound = 1.0 + sum(
        len(rdate.dts) for rdate in (rdates if isinstance(rdates, list) else [rdates])
    )
    rules = rules_of(component)
    if not rules:
        return bound, "", _ZERO
    dtstart: date = value_of(component, "DTSTART")
    first = instant(dtstart, tz)
    duration = _duration(component, first, tz)
    freq, shift = "", _ZERO
    for rule in rules:
        freq = str((rule.get("FREQ") or [""])[0]).upper()
        interval = max(int((rule.get("INTERVAL") or [1])[0]), 1)
        per_day = _per_day(rule, freq, interval)
        count = int(rule["COUNT"][0]) if rule.get("COUNT") else None
        until = instant(rule["UNTIL"][0], tz) if rule.get("UNTIL") else None
        generated_to = min(start, until) if until else start
        before = per_day * max((generated_to - first) / _DAY, 0.0)
        if count is None and len(rules) == 1 and before > _REANCHOR_ABOVE and freq in _STEP_SECONDS:
            step = timedelta(seconds=_STEP_SECONDS[freq] * interval)
            steps = (start - duration - 2 * _DAY - first) // step
            # A DATE start can only move by whole days; a later start keeps the same lattice.
            if steps > 0 and (isinstance(dtstart, datetime) or not step % _DAY):
                shift, before = steps * step, 0.0
        if count is not None:
            before = min(before, count)
        if before > _TOO_MANY_BEFORE:
            raise Unexpandable(
                f"FREQ={freq} series too large to expand "
                f"(about {int(before):,} occurrences before the import window)"
            )
        # Occurrences that can overlap the window start from `duration` before it to its
        # end, and only between DTSTART and UNTIL (days from the window's start).
        low = max(-duration / _DAY, (first - start) / _DAY)
        high = window_days if until is None else min(window_days, (until - start) / _DAY)
        in_window = per_day * (max(high - low, 0.0) + 2)
        bound += in_window if count is None else min(in_window, count)
    return bound, freq, shift


def rules_of(component: icalendar.Component) -> list[Any]:
    """The event's RRULEs, leaving out empty ones (which add no occurrence).

    Args:
        component: the VEVENT.

    Returns:
        The parsed rules.
    """
    rules = component.get("RRULE")
    if rules is None:
        return []
    return [rule for rule in (rules if isinstance(rules, list) else [rules]) if rule]


def _per_day(rule: Any, freq: str, interval: int) -> float:
    """Most occurrences the rule can produce in a day (BY* lists expand finer rules)."""

    def n(key: str) -> int:
        return max(len(rule.get(key) or ()), 1)

    if freq == "SECONDLY":
        return 86400 / interval
    if freq == "MINUTELY":
        return 1440 / interval * n("BYSECOND")
    if freq == "HOURLY":
        return 24 / interval * n("BYMINUTE") * n("BYSECOND")
    # DAILY and coarser produce at most one day's worth of times per day.
    return float(n("BYHOUR") * n("BYMINUTE") * n("BYSECOND"))


def _duration(component: icalendar.Component, first: datetime, tz: tzinfo) -> timedelta:
    if "DTEND" in component:
        return max(instant(value_of(component, "DTEND"), tz) - first, _ZERO)
    if "DURATION" in component:
        duration: timedelta = value_of(component, "DURATION")
        return max(duration, _ZERO)
    return _ZERO
