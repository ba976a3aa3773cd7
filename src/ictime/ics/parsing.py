"""icalendar's parse of calendar text, where one broken component costs only itself.

icalendar gives up on a whole file for some broken components (a VFREEBUSY whose period
ends before it starts, a VTIMEZONE with an impossible offset or two TZIDs). When the file
does not parse, lines that are not content lines are dropped; when it still does not, each
component is tried alone, and the file is read without the ones that fail, each named.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import icalendar

from ictime.ics.errors import IcsError

# A line that is neither a content line ("NAME;PARAMS:VALUE") nor a folded continuation.
_UNREADABLE_LINE = re.compile(r"^(?![ \t])(?![A-Za-z0-9-]+[;:]).*(?:\r?\n|$)", re.MULTILINE)
_MARK = re.compile(r"^(BEGIN|END):([A-Za-z0-9-]+)[ \t]*\r?\n?$", re.IGNORECASE)
_UID = re.compile(r"^UID[;:](?:[^:\r\n]*:)?(.*)$", re.IGNORECASE | re.MULTILINE)
_TZID = re.compile(r"^TZID[;:](?:[^:\r\n]*:)?(.*)$", re.IGNORECASE | re.MULTILINE)
# icalendar remembers every VTIMEZONE it reads, process-wide, and prefers the first one of a
# TZID: each file is parsed with that memory emptied, under a lock, so its zones are its own.
_PARSING = threading.Lock()
_MESSAGE_LENGTH = 200


@dataclass
class Parsed:
    """The VCALENDARs read, and the components left out."""

    calendars: list[icalendar.Component]
    unreadable_events: list[tuple[str, str]] = field(default_factory=list)
    """(UID or "", why) for each VEVENT that could not be read at all."""


def parse_text(text: str, warnings: list[str]) -> Parsed:
    """Parse calendar text, leaving out what icalendar cannot read.

    Args:
        text: from BEGIN:VCALENDAR to END:VCALENDAR.
        warnings: gets a line for dropped lines and each component left out but VEVENTs.

    Returns:
        The VCALENDARs, and the VEVENTs left out.

    Raises:
        IcsError: no complete VCALENDAR could be read.
    """
    with _PARSING:
        icalendar.use_zoneinfo()  # type: ignore[no-untyped-call]
        return _parse(text, warnings)


def _parse(text: str, warnings: list[str]) -> Parsed:
    try:
        return Parsed(_calendars(text))
    except IcsError:
        raise
    except Exception as first_error:  # icalendar raises several kinds
        cleaned, dropped = _UNREADABLE_LINE.subn("", text)
        if dropped:
            try:
                calendars = _calendars(cleaned)
            except Exception:  # still unreadable: try the components one by one
                pass
            else:
                warnings.append(f"ignored {dropped} unreadable line(s)")
                return Parsed(calendars)
        parsed = _without_broken_components(cleaned, warnings)
        if parsed is None:
            message = _short(first_error)
            raise IcsError(f"not a valid iCalendar file: {message}") from first_error
        if dropped:
            warnings.append(f"ignored {dropped} unreadable line(s)")
        return parsed


def _calendars(text: str) -> list[icalendar.Component]:
    components = icalendar.Calendar.from_ical(text, multiple=True)
    calendars: list[icalendar.Component] = [c for c in components if c.name == "VCALENDAR"]
    if not calendars:
        raise IcsError(_structure_problem(text))
    return calendars


def _without_broken_components(text: str, warnings: list[str]) -> Parsed | None:
    """Read the file without the top-level components that fail alone; None if that fails."""
    header, parts = _split(text)
    if not parts:
        return None
    try:
        _calendars(_shell(header, []))
    except Exception:  # the calendar's own properties are broken: read it without them
        header = ["VERSION:2.0\n"]
        warnings.append("the calendar's own properties are unreadable: left out")
    kept: list[list[str]] = []
    unreadable: list[tuple[str, str]] = []
    for name, lines in parts:
        try:
            _calendars(_shell(header, [lines]))
        except Exception as exc:  # this component is what breaks the file
            body = "".join(lines)
            outer = _outer_lines(lines)
            tzids = [line for line in lines if _TZID.match(line)]
            if name == "VTIMEZONE" and len(tzids) > 1:
                single = [line for line in lines if line not in tzids[1:]]
                if _reads(header, single):
                    first = _TZID.match(tzids[0])
                    named = first.group(1).strip() if first else ""
                    warnings.append(
                        f"VTIMEZONE {named!r} has {len(tzids)} TZIDs: the first is read"
                    )
                    kept.append(single)
                    continue
            if name == "VEVENT" and outer != lines and _reads(header, outer):
                # A broken VALARM (or other part) inside: the event reads without it.
                uid = _UID.search(body)
                inside = f" UID {uid.group(1).strip()}" if uid else " a VEVENT"
                warnings.append(f"left out an unreadable component inside{inside}: {_short(exc)}")
                kept.append(outer)
                continue
            if name == "VEVENT":
                uid = _UID.search(body)
                unreadable.append(
                    (uid.group(1).strip() if uid else "", f"unreadable: {_short(exc)}")
                )
            else:
                tzid = _TZID.search(body) if name == "VTIMEZONE" else None
                which = f" {tzid.group(1).strip()!r}" if tzid else ""
                warnings.append(f"left out an unreadable {name}{which}: {_short(exc)}")
        else:
            kept.append(lines)
    try:
        return Parsed(_calendars(_shell(header, kept)), unreadable)
    except Exception:  # components that read alone but not together
        return None


def _split(text: str) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The VCALENDARs' own lines, and each component directly inside one, as lines."""
    header: list[str] = []
    parts: list[tuple[str, list[str]]] = []
    stack: list[str] = []
    current: list[str] = []
    for line in text.splitlines(keepends=True):
        mark = _MARK.match(line)
        if mark is not None and mark.group(1).upper() == "BEGIN":
            stack.append(mark.group(2).upper())
            if len(stack) == 2:
                current = []
        elif mark is not None and stack:
            if len(stack) >= 2:
                current.append(line)
            if len(stack) == 2:
                parts.append((stack[1], current))
            stack.pop()
            continue
        if len(stack) == 1 and mark is None:
            header.append(line)
        elif len(stack) >= 2:
            current.append(line)
    return header, parts


def _outer_lines(lines: list[str]) -> list[str]:
    """A component's lines without the components nested in it."""
    kept: list[str] = []
    depth = 0
    for line in lines:
        mark = _MARK.match(line)
        opening = mark is not None and mark.group(1).upper() == "BEGIN"
        if opening:
            depth += 1
        if depth <= 1:
            kept.append(line)
        if mark is not None and not opening:
            depth -= 1
    return kept


def _reads(header: list[str], lines: list[str]) -> bool:
    try:
        _calendars(_shell(header, [lines]))
    except Exception:  # still broken
        return False
    return True


def _shell(header: list[str], parts: list[list[str]]) -> str:
    lines = ["BEGIN:VCALENDAR\n", *header, *(line for part in parts for line in part)]
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines) + (
        "END:VCALENDAR\n"
    )


def _structure_problem(text: str) -> str:
    """Say why icalendar found no complete VCALENDAR (usually unbalanced BEGIN/END)."""
    for name in ("VEVENT", "VTIMEZONE", "VALARM", "VTODO"):
        begins = len(re.findall(rf"^BEGIN:{name}\b", text, re.IGNORECASE | re.MULTILINE))
        ends = len(re.findall(rf"^END:{name}\b", text, re.IGNORECASE | re.MULTILINE))
        if begins != ends:
            return f"malformed: {begins} BEGIN:{name} but {ends} END:{name} lines"
    return "malformed: no complete VCALENDAR could be read"


def _short(error: BaseException) -> str:
    message = " ".join(str(error).split())
    if len(message) > _MESSAGE_LENGTH:
        return message[: _MESSAGE_LENGTH - 1] + "…"
    return message
