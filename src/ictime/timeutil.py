"""Days, weeks, windows and durations in the person's time zone and words."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$", re.IGNORECASE)
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")

WEEKDAY_NAMES: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""How the config names days, Monday first (index = `date.weekday()`)."""
FULL_WEEKDAY_NAMES: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip


def weekday_number(name: str) -> int | None:
    """The weekday (0 = Monday) that a short or full day name means, in any case.

    Args:
        name: `mon`, `Monday`, …

    Returns:
        The weekday, or None when the name is no day.
    """
    key = name.strip().lower()
    for names in (WEEKDAY_NAMES, FULL_WEEKDAY_NAMES):
        if key in names:
            return names.index(key)
    return None


def parse_clock(text: str) -> time | None:
    """A local time of day written `HH:MM` (or `H:MM`).

    Args:
        text: what the person wrote.

    Returns:
        The time, or None when the text is no such time.
    """
    found = _CLOCK.fullmatch(text.strip())
    if found is None or int(found[1]) > 23 or int(found[2]) > 59:
        return None
    return time(int(found[1]), int(found[2]))


class PeriodError(ValueError):
    """A week or date the person typed that cannot be read."""


FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
"""The days a person may type or page to. Everything worked out from them (the import
window, trends, look-backs: at most a century or so) stays far inside what dates can hold."""

SUPPORTED_DAYS = f"{FIRST_DAY} to {LAST_DAY}"
"""The supported days, as messages name them."""


def is_supported(day: date) -> bool:
    """Whether `day` lies between `FIRST_DAY` and `LAST_DAY`."""
    return FIRST_DAY <= day <= LAST_DAY


def parse_day(text: str) -> date:
    """A YYYY-MM-DD day, between `FIRST_DAY` and `LAST_DAY`.

    Raises:
        PeriodError: when the text is not such a day, or the day is out of range.
    """
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise PeriodError(f"expected a day as YYYY-MM-DD, got {text!r}") from None
    if not is_supported(day):
        raise PeriodError(f"{day} is out of range: ictime works with days from {SUPPORTED_DAYS}")
    return day


def parse_today(text: str) -> tuple[date, time | None]:
    """What `--today` pins: a day, `YYYY-MM-DD`, or a moment of it, `YYYY-MM-DDTHH:MM`.

    Args:
        text: what the person typed.

    Returns:
        The day, and the local time of day when one was given.

    Raises:
        PeriodError: when the text is neither, or the day is out of range.
    """
    day_text, sep, clock_text = text.strip().partition("T")
    clock = parse_clock(clock_text) if sep else None
    if sep and (clock is None or len(clock_text.strip()) != 5):
        raise PeriodError(
            f"expected a day as YYYY-MM-DD or a moment as YYYY-MM-DDTHH:MM, got {text!r}"
        )
    return parse_day(day_text), clock


def parse_week(text: str, today: date) -> tuple[date, date]:
    """The Monday and Sunday of an ISO week.

    Args:
        text: `2026-W48`, `this`, `last` or `next`.
        today: the day `this` refers to.

    Returns:
        (monday, sunday), both inclusive.

    Raises:
        PeriodError: when the text names no week, or one whose Monday is out of range.
    """
    word = text.strip().lower()
    offsets = {"this": 0, "last": -1, "next": 1}
    if word in offsets:
        monday = week_of(today)[0] + timedelta(weeks=offsets[word])
    else:
        match = _ISO_WEEK.match(word)
        if match is None:
            raise PeriodError(f"expected a week as 2026-W48, this, last or next; got {text!r}")
        try:
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            raise PeriodError(f"{text!r} is not a week of that year") from None
    if not is_supported(monday):
        raise PeriodError(
            f"the week of {monday} is out of range: ictime works with days from {SUPPORTED_DAYS}"
        )
    return monday, monday + timedelta(days=6)


def week_of(day: date) -> tuple[date, date]:
    """The Monday and Sunday of the ISO week holding `day`.

    Args:
        day: any day.

    Returns:
        (monday, sunday), inclusive.
    """
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def iso_week_name(day: date) -> str:
    """`2026-W48` for any day of that ISO week."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def day_start(day: date, tz: ZoneInfo) -> datetime:
    """Local midnight at the start of `day`."""
    return datetime.combine(day, time(0), tzinfo=tz)


def days_to_range(first: date, last: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The [start, end) instants covering the inclusive days first..last in `tz`."""
    return day_start(first, tz), day_start(last + timedelta(days=1), tz)


def format_minutes(minutes: int) -> str:
    """A duration as people say it: `45 min`, `2 h`, `5 h 30`, `1 h 05`.

    Args:
        minutes: whole minutes (negative values keep their sign).

    Returns:
        The spoken form.
    """
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    if hours == 0:
        return f"{sign}{rest} min"
    return f"{sign}{hours} h" if rest == 0 else f"{sign}{hours} h {rest:02d}"
