"""Checking each VEVENT before it is expanded: what is broken is read leniently, with a warning.

An event is skipped only when its times cannot be known: no readable DTSTART, or an
unreadable DTEND, RECURRENCE-ID, RDATE or EXDATE. Everything else is read the way
recurring-ical-events reads it, or, where that library gives up on the whole file, the way
that keeps the most of the event, and each leniency is a warning naming the event.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

import icalendar
from recurring_ical_events.util import make_comparable

from ictime.ics.recurrence_limits import rule_problem, value_of

# Properties whose repetition makes an event's times ambiguous: the first one is read.
_SINGLE = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID")
_WEEKS_AFTER_T = re.compile(r"^([+-]?P)T(\d+W)$")
_DURATION: Any = icalendar.vDuration
_DATE_WITH_Z = re.compile(r"^(\d{4})(\d{2})(\d{2})Z$")


def check_event(component: icalendar.Component, label: str, warnings: list[str]) -> str | None:
    """Make a VEVENT readable where it can be, or say why it cannot.

    Args:
        component: the VEVENT; repaired values replace broken ones in place.
        label: how warnings name the event ("UID …").
        warnings: gets one line per leniency.

    Returns:
        Why the event must be skipped, or None when it can be expanded.
    """
    for name in _SINGLE:
        prop = component.get(name)
        if isinstance(prop, list):
            component[name] = prop[0]
            warnings.append(f"{label}: {name} appears {len(prop)} times; the first is read")
    if "DTSTART" not in component:
        errors: list[tuple[str | None, str]] = component.errors
        unread = [message for name, message in errors if name is None]
        return "DTSTART missing" + (f" ({unread[0]})" if unread else "")
    problem = _broken_values(component, label, warnings)
    if problem is not None:
        return problem
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID", "DURATION"):
        prop = component.get(name)
        expected = timedelta if name == "DURATION" else date
        if prop is not None and not isinstance(prop.dt, expected):
            return f"{name} has an unusable value {str(prop.to_ical(), 'utf-8', 'replace')!r}"
    _same_zone(component)
    _check_rules(component, label, warnings)
    _check_order(component, label, warnings)
    _check_sequence(component, label, warnings)
    return None


def _broken_values(component: icalendar.Component, label: str, warnings: list[str]) -> str | None:
    """Refuse an unreadable start; read or ignore, with a warning, any other unreadable time."""
    for name in ("DTSTART", "RECURRENCE-ID"):
        prop = component.get(name)
        if isinstance(prop, icalendar.vBroken):
            return f"{name} unreadable: {prop.parse_error}"
    end = component.get("DTEND")
    if isinstance(end, icalendar.vBroken):
        del component["DTEND"]
        warnings.append(f"{label}: DTEND {str(end)!r} unreadable: ignored")
    duration = component.get("DURATION")
    if isinstance(duration, icalendar.vBroken):
        value = _lenient_duration(str(duration))
        if value is None:
            del component["DURATION"]
            warnings.append(f"{label}: DURATION {str(duration)!r} unreadable: ignored")
        else:
            component["DURATION"] = icalendar.vDuration(value)
            warnings.append(f"{label}: DURATION {str(duration)!r} read as {_iso(value)}")
    for name in ("RDATE", "EXDATE"):
        if name in component:
            _date_lists(component, name, label, warnings)
    return None


def _date_lists(component: icalendar.Component, name: str, label: str, warnings: list[str]) -> None:
    """Keep the readable RDATE or EXDATE values; dates written with a "Z" are read as dates."""
    prop: Any = component[name]
    items: list[Any] = prop if isinstance(prop, list) else [prop]
    kept: list[Any] = []
    changed = False
    for item in items:
        if isinstance(item, icalendar.vBroken):
            changed = True
            dates = _lenient_dates(str(item))
            if dates is None:
                warnings.append(f"{label}: {name} {str(item)!r} unreadable: ignored")
                continue
            warnings.append(f"{label}: {name} {str(item)!r} read as dates")
            item = icalendar.vDDDLists(dates)
        elif not all(_is_time_point(value.dt) for value in item.dts):
            changed = True
            text = str(item.to_ical(), "utf-8", "replace")
            warnings.append(f"{label}: {name} {text!r} is not a date or time: ignored")
            continue
        kept.append(item)
    if not changed:
        return
    if kept:
        component[name] = kept if len(kept) > 1 else kept[0]
    else:
        del component[name]


def _is_time_point(value: object) -> bool:
    """A date, a date-time, or a period starting at one."""
    if isinstance(value, tuple):
        return bool(value) and isinstance(value[0], date)
    return isinstance(value, date)


def _lenient_duration(text: str) -> timedelta | None:
    """A duration written with blanks in it, or weeks after the T ("PT1W")."""
    cleaned = _WEEKS_AFTER_T.sub(r"\1\2", "".join(text.split()).upper())
    try:
        value: timedelta = _DURATION.from_ical(cleaned)
    except ValueError:
        return None
    return value


def _lenient_dates(text: str) -> list[date] | None:
    """Dates written with a UTC mark ("20131210Z"), comma separated; None if not that."""
    found: list[date] = []
    for item in text.split(","):
        match = _DATE_WITH_Z.match(item.strip())
        if match is None:
            return None
        try:
            found.append(date(*(int(part) for part in match.groups())))
        except ValueError:
            return None
    return found or None


def _same_zone(component: icalendar.Component) -> None:
    """A floating DTSTART or DTEND beside a zoned one means that zone (as the library reads)."""
    start: Any = value_of(component, "DTSTART")
    end: Any = component.get("DTEND")
    if end is None or not isinstance(start, datetime) or not isinstance(end.dt, datetime):
        return
    if start.tzinfo is None and end.dt.tzinfo is not None:
        component["DTSTART"] = _zoned(component["DTSTART"], start.replace(tzinfo=end.dt.tzinfo))
    elif end.dt.tzinfo is None and start.tzinfo is not None:
        component["DTEND"] = _zoned(end, end.dt.replace(tzinfo=start.tzinfo))


def _zoned(prop: Any, value: datetime) -> Any:
    fixed = icalendar.vDDDTypes(value)
    fixed.params = prop.params
    return fixed


def _check_rules(component: icalendar.Component, label: str, warnings: list[str]) -> None:
    """Unusable RRULEs are ignored (the event is its DTSTART and RDATEs), a negative COUNT too.

    An empty RRULE adds nothing, as in the library; the event still has an RRULE, so it stays
    recurring (its occurrences have recurrence ids).
    """
    prop = component.get("RRULE")
    if prop is None:
        return
    rules = prop if isinstance(prop, list) else [prop]
    all_day = not isinstance(value_of(component, "DTSTART"), datetime)
    kept: list[Any] = []
    for rule in rules:
        if isinstance(rule, icalendar.vBroken):
            raw = str(rule)
            rule = _lenient_rule(raw)
            if rule is None:
                warnings.append(f"{label}: RRULE {raw!r} unreadable: ignored")
                continue
            warnings.append(f"{label}: RRULE read without the blanks in it")
        if not rule:
            continue
        counts = rule.get("COUNT") or ()
        if any(isinstance(count, int) and count < 0 for count in counts):
            del rule["COUNT"]
            warnings.append(f"{label}: RRULE COUNT below 0 ignored (no count limit)")
        problem = rule_problem(rule, all_day)
        if problem is not None:
            warnings.append(f"{label}: {problem}: the RRULE is ignored")
            continue
        for key in ("RSCALE", "SKIP"):  # Gregorian and OMIT, as dateutil reads every rule
            rule.pop(key, None)
        kept.append(rule)
    if len(kept) == len(rules) and all(new is old for new, old in zip(kept, rules, strict=True)):
        return
    component["RRULE"] = kept if len(kept) > 1 else kept[0] if kept else icalendar.vRecur()


def _lenient_rule(text: str) -> Any:
    """An RRULE with blanks in it ("BYDAY=MO, TU"), read without them; None if still broken."""
    cleaned = "".join(text.split())
    if cleaned == text:
        return None
    try:
        return icalendar.vRecur.from_ical(cleaned)
    except ValueError:
        return None


def _check_order(component: icalendar.Component, label: str, warnings: list[str]) -> None:
    """An end before the start is read swapped, as the library reads it."""
    start = value_of(component, "DTSTART")
    if "DTEND" in component:
        first, last = make_comparable((start, value_of(component, "DTEND")))
        if last < first:
            warnings.append(f"{label}: DTEND before DTSTART: read swapped")
    elif "DURATION" in component and value_of(component, "DURATION") < timedelta(0):
        warnings.append(f"{label}: negative DURATION: read as ending at DTSTART")


def _check_sequence(component: icalendar.Component, label: str, warnings: list[str]) -> None:
    value = component.get("SEQUENCE")
    if isinstance(value, list):
        value = value[0] if value else None
    if value is not None and not isinstance(value, int):
        warnings.append(f"{label}: SEQUENCE {str(value)!r} is not a number: read as 0")


def sequence_of(component: icalendar.Component) -> int:
    """SEQUENCE as a number: the first of several, 0 when unreadable, -1 when absent.

    Args:
        component: the VEVENT.

    Returns:
        The number.
    """
    value = component.get("SEQUENCE")
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return -1
    return value if isinstance(value, int) else 0


def _iso(value: timedelta) -> str:
    text: bytes = _DURATION(value).to_ical()
    return text.decode("ascii")
