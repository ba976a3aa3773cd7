"""Time zones for ics: TZIDs icalendar cannot resolve, and Google's X-WR-TIMEZONE.

icalendar resolves a TZID that is an IANA name, a Windows zone id, a vendor-prefixed IANA
name or the exact TZID of a VTIMEZONE in the file; any other TZID leaves its times floating.
ictime then tries, in order: a VTIMEZONE of the file whose TZID differs only in spacing or
case, an IANA name or Windows zone id differing only so, and an Outlook display name
("(UTC-05:00) Eastern Time (US & Canada)"). A TZID none of these resolves is read as a
floating time, with a warning naming the event and the TZID.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, tzinfo
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import icalendar
import x_wr_timezone
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ictime.ics.expand import uid_of
from ictime.ics.windows_display_names import DISPLAY_NAMES

_ZONED = ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE")
_OFFSET_PREFIX = re.compile(r"^\((?:utc|gmt)[^)]*\)\s*")


class ZoneNames:
    """Resolves the TZIDs of one calendar that icalendar left unresolved."""

    def __init__(self, calendar: icalendar.Component) -> None:
        """Index the calendar's own VTIMEZONEs by their lenient key."""
        self._own: dict[str, Any] = {}
        for component in calendar.walk("VTIMEZONE"):
            tzid = component.get("TZID")
            if isinstance(tzid, str):
                self._own.setdefault(_key(tzid), component)
        self._found: dict[str, tzinfo | None] = {}

    def zone(self, tzid: str) -> tzinfo | None:
        """The zone a TZID means, or None when nothing resolves it.

        Args:
            tzid: the TZID parameter as written.

        Returns:
            The zone, or None.
        """
        if tzid not in self._found:
            self._found[tzid] = self._resolve(tzid)
        return self._found[tzid]

    def name(self, tzid: str) -> str | None:
        """The TZID of the file's VTIMEZONE or the IANA name that `tzid` resolves to, or None.

        Args:
            tzid: the TZID parameter as written.

        Returns:
            The name, or None.
        """
        own = self._own.get(_key(tzid))
        return str(own["TZID"]) if own is not None else _known_name(tzid)

    def _resolve(self, tzid: str) -> tzinfo | None:
        own = self._own.get(_key(tzid))
        if own is not None:
            try:
                zone: tzinfo = own.to_tz(lookup_tzid=False)
            except Exception:  # a VTIMEZONE icalendar cannot turn into a zone
                pass
            else:
                return zone
        name = _known_name(tzid)
        return None if name is None else ZoneInfo(name)


def _known_name(tzid: str) -> str | None:
    """The IANA name of a zone name, Windows zone id or Outlook display name, leniently."""
    key = _key(tzid)
    return _known_names().get(key) or _display_names().get(_OFFSET_PREFIX.sub("", key))


def resolve_zones(calendar: icalendar.Component, warnings: list[str]) -> None:
    """Give the floating times that carry a TZID the zone it names, where one does.

    Args:
        calendar: a parsed VCALENDAR; its VEVENTs are changed in place.
        warnings: gets one line per event and TZID that nothing resolves.
    """
    names: ZoneNames | None = None
    for event in calendar.walk("VEVENT"):
        unresolved: list[str] = []
        for name, index, prop in _zoned_properties(event):
            tzid = prop.params.get("TZID")
            if not tzid or not any(_is_floating(value) for value in _values(prop)):
                continue
            names = names or ZoneNames(calendar)
            zone = names.zone(str(tzid))
            if zone is None:
                if str(tzid) not in unresolved:
                    unresolved.append(str(tzid))
                continue
            _replace(event, name, index, _with_zone(prop, zone))
        for tzid in unresolved:
            uid = uid_of(event)
            warnings.append(
                f"{f'UID {uid}' if uid else 'VEVENT (no UID)'}: TZID {tzid!r} names no known "
                "time zone: its times are read as floating times"
            )


def to_standard(calendar: icalendar.Component, warnings: list[str]) -> icalendar.Component:
    """Apply Google's X-WR-TIMEZONE (UTC and floating times mean that zone).

    Args:
        calendar: a parsed VCALENDAR.
        warnings: gets a line when the zone is unknown or cannot be applied.

    Returns:
        The calendar with the zone applied (a copy when anything changed).
    """
    zone_name = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    if not zone_name:
        return calendar
    try:
        zone = ZoneInfo(WINDOWS_TO_OLSON.get(zone_name, zone_name))
    except (ZoneInfoNotFoundError, ValueError):
        warnings.append(f"unknown X-WR-TIMEZONE {zone_name!r}: times read as written")
        return calendar
    try:
        result: icalendar.Component = x_wr_timezone.to_standard(calendar, timezone=zone)
    except Exception as exc:  # a broken value inside; keep the raw times
        warnings.append(f"X-WR-TIMEZONE {zone_name!r} not applied: {exc}")
        return calendar
    return result


def _key(tzid: str) -> str:
    """A TZID without quotes, surrounding slashes, repeated spaces or case."""
    return " ".join(tzid.replace('"', " ").split()).strip("/ ").casefold()


@cache
def _known_names() -> dict[str, str]:
    """IANA names and Windows zone ids by lenient key, to an IANA name."""
    names = {_key(name): name for name in available_timezones()}
    for windows, iana in WINDOWS_TO_OLSON.items():
        names.setdefault(_key(windows), iana)
    return names


@cache
def _display_names() -> dict[str, str]:
    """Outlook display names by their place list (lenient key, no offset), to an IANA name."""
    found: dict[str, str] = {}
    for label, windows in DISPLAY_NAMES:
        iana = WINDOWS_TO_OLSON.get(windows)
        places = _OFFSET_PREFIX.sub("", _key(label)).replace("&", "and")
        if iana is not None:
            found.setdefault(places, iana)
            found.setdefault(places.replace(" and ", " & "), iana)
    return found


def _zoned_properties(event: icalendar.Component) -> Iterator[tuple[str, int, Any]]:
    """(name, index in its list or -1, property) for each time property that takes a TZID."""
    for name in _ZONED:
        prop = event.get(name)
        if prop is None:
            continue
        if isinstance(prop, list):
            for index, item in enumerate(prop):
                if hasattr(item, "params") and not isinstance(item, icalendar.vBroken):
                    yield name, index, item
        elif not isinstance(prop, icalendar.vBroken):
            yield name, -1, prop


def _values(prop: Any) -> list[Any]:
    if isinstance(prop, icalendar.vDDDLists):
        return [item.dt for item in prop.dts]
    return [getattr(prop, "dt", None)]


def _is_floating(value: object) -> bool:
    return isinstance(value, datetime) and value.tzinfo is None


def _with_zone(prop: Any, zone: tzinfo) -> Any:
    """The property with its floating times put in `zone`, parameters kept."""
    values = [
        value.replace(tzinfo=zone) if _is_floating(value) else value for value in _values(prop)
    ]
    fixed: Any = (
        icalendar.vDDDLists(values)
        if isinstance(prop, icalendar.vDDDLists)
        else icalendar.vDDDTypes(values[0])
    )
    fixed.params = prop.params
    return fixed


def _replace(event: icalendar.Component, name: str, index: int, value: Any) -> None:
    if index < 0:
        event[name] = value
    else:
        values: Any = event[name]
        values[index] = value
