"""Splitting a calendar file into its header, its VTIMEZONEs and its VEVENTs grouped by UID.

Pure text work, no icalendar: an unchanged event is recognised without being parsed. Each
group is fingerprinted, with the `DTSTAMP` lines left out (Google and Outlook exports restamp
every event with the time of the export). Any part of a group can be put back into a calendar
of its own (`SplitCalendar.calendar`), which `parse_calendar` reads as it would the whole file.

Only plainly shaped files are split: UTF-8, one VCALENDAR, nothing at its top level but
properties, VTIMEZONEs and VEVENTs, every VEVENT with one UID, every line a content line. For
anything else `split_calendar` returns None and the file is read whole, as before.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ictime.textsafe import strip_controls

# Bump when the fingerprints below change meaning: every stored group is then read again.
SPLIT_VERSION = "1"

_BEGIN_EVENT = b"\nBEGIN:VEVENT"
_END_EVENT = b"\nEND:VEVENT"
# C0 controls but tab, LF and CR: the reader judges a file binary by how its start looks, so
# a file whose start has any is read whole (elsewhere they only make a part's own read fail).
_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x0c\x0e-\x1f]")
_START = 4096
# A line that is neither a content line ("NAME;PARAMS:VALUE") nor a folded continuation
# (nor empty): the reader drops such lines from the whole file, so it must be read whole.
_UNREADABLE = re.compile(rb"\n(?![ \t])(?![A-Za-z0-9-]+[;:])[^\r\n]")
_ANY_CASE_MARK = re.compile(rb"\n(?:[Bb][Ee][Gg][Ii][Nn]|[Ee][Nn][Dd]):")
_UID = re.compile(rb"\nUID[;:]")
_TZID_REF = re.compile(r";TZID=(\"[^\"]*\"|[^;:]*)")
_FOLD = re.compile(rb"\r?\n[ \t]")


@dataclass(frozen=True)
class EventGroup:
    """The VEVENTs sharing one UID (a series and its overrides), as the file wrote them."""

    key: str
    events: tuple[bytes, ...]
    fingerprint: str

    def zone_references(self) -> frozenset[str]:
        """The TZIDs its VEVENTs name (with quotes removed)."""
        found: set[str] = set()
        for event in self.events:
            if b"TZID=" in event or b"\n " in event or b"\n\t" in event:
                text = _FOLD.sub(b"", event).decode("utf-8")
                found.update(value.strip('"') for value in _TZID_REF.findall(text))
        return frozenset(found)


@dataclass(frozen=True)
class CalendarFrame:
    """What every part of the file is read with: the VCALENDAR's properties and VTIMEZONEs."""

    newline: bytes
    header: bytes
    zones: bytes

    def calendar(self, groups: Iterable[EventGroup], extra: bytes = b"") -> bytes:
        """A calendar of the header, every VTIMEZONE, these groups' VEVENTs and `extra`.

        Args:
            groups: the groups whose VEVENTs to include, in order.
            extra: more content (whole components) to add after them.

        Returns:
            The calendar's bytes (UTF-8, the file's own line ends).
        """
        newline = self.newline
        parts = [b"BEGIN:VCALENDAR", newline, self.header, self.zones]
        parts.extend(event for group in groups for event in group.events)
        parts += [extra, b"END:VCALENDAR", newline]
        return b"".join(parts)


@dataclass(frozen=True)
class SplitCalendar:
    """A calendar file taken apart: its frame, its time zones, its VEVENT groups in order."""

    frame: CalendarFrame
    zones: dict[str, bytes]
    groups: list[EventGroup]
    header_fingerprint: str

    def zone_fingerprints(self) -> dict[str, str]:
        """A fingerprint of each VTIMEZONE, by TZID."""
        return {tzid: _digest(text) for tzid, text in self.zones.items()}


def split_calendar(data: bytes) -> SplitCalendar | None:
    """Take a calendar file apart, or say (None) that it must be read whole.

    Args:
        data: the file's bytes.

    Returns:
        The header, the VTIMEZONEs by TZID and the VEVENTs grouped by UID (groups in the order
        of their first VEVENT), or None for a file that is not plainly shaped.
    """
    body = data.removeprefix(codecs.BOM_UTF8)
    if not body.isascii():
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return None
    opening = re.match(rb"BEGIN:VCALENDAR(\r?\n)", body)
    trimmed = body.rstrip()
    if (
        opening is None
        or not trimmed.endswith(b"\nEND:VCALENDAR")
        or _CONTROL.search(data, 0, _START)
    ):
        return None
    newline = opening.group(1)
    inner = b"\n" + trimmed[opening.end() : len(trimmed) - len(b"END:VCALENDAR")]
    marks = inner.count(b"\nBEGIN:") + inner.count(b"\nEND:")
    if _UNREADABLE.search(inner) or len(_ANY_CASE_MARK.findall(inner)) != marks:
        return None
    pieces = inner.split(_BEGIN_EVENT)
    outside = [pieces[0]]
    groups: dict[str, list[bytes]] = {}
    for chunk in pieces[1:]:
        event = _event(chunk, newline)
        if event is None:
            return None
        text, rest, key = event
        groups.setdefault(key, []).append(text)
        outside.append(rest)
    skeleton = _skeleton(b"".join(outside))
    if skeleton is None:
        return None
    header, zones = skeleton
    return SplitCalendar(
        frame=CalendarFrame(newline, header, b"".join(zones.values())),
        zones=zones,
        groups=[
            EventGroup(key, tuple(events), _fingerprint(events)) for key, events in groups.items()
        ],
        header_fingerprint=_fingerprint([b"\n" + header]),
    )


def _event(chunk: bytes, newline: bytes) -> tuple[bytes, bytes, str] | None:
    """One VEVENT's text (from BEGIN to END line), what follows it, and its UID."""
    if not chunk.startswith(newline):
        return None  # "BEGIN:VEVENTS" or the like, or mixed line ends
    end = chunk.find(_END_EVENT)
    if end < 0:
        return None
    after = end + len(_END_EVENT)
    line_end = chunk.find(b"\n", after)
    if line_end < 0:
        line_end = len(chunk)  # the next VEVENT follows: the split took the line's "\n"
    if chunk[after:line_end] not in (b"", b"\r"):
        return None
    inside = chunk[:end]
    nested = b"\nBEGIN:" in inside
    if nested and inside.count(b"\nBEGIN:") != inside.count(b"\nEND:"):
        return None
    key = _uid(_top_level(inside) if nested else inside)
    if key is None:
        return None
    return b"BEGIN:VEVENT" + chunk[:line_end] + b"\n", chunk[line_end + 1 :], key


def _top_level(inside: bytes) -> bytes:
    """A VEVENT's own lines, without its nested components (VALARMs may carry a UID)."""
    kept: list[bytes] = []
    depth = 0
    for line in inside.split(b"\n"):
        if line.startswith(b"BEGIN:"):
            depth += 1
        elif line.startswith(b"END:"):
            depth -= 1
        elif depth == 0:
            kept.append(line)
    return b"\n".join(kept)


def _uid(lines: bytes) -> str | None:
    """The UID as the reader will know it, or None when there is not exactly one plain UID."""
    start = lines.find(b"\nUID:")
    if start >= 0 and lines.find(b"\nUID", start + 5) < 0 and b"\nUID;" not in lines:
        # The usual line: "UID:value", once, not folded, plain text.
        end = lines.find(b"\n", start + 5)
        value = lines[start + 5 : end if end >= 0 else len(lines)]
        follows = lines[end + 1 : end + 2] if end >= 0 else b""
        if follows not in (b" ", b"\t") and b"\\" not in value and value.isascii():
            key = value.rstrip(b"\r").decode("ascii")
            if key.isprintable():
                return key.strip() or None
    found = list(_UID.finditer(lines))
    if len(found) != 1:
        return None  # no UID (a made-up one depends on the whole file) or several
    start = found[0].end()
    end = lines.find(b"\n", start)
    while end >= 0 and lines[end + 1 : end + 2] in (b" ", b"\t"):
        end = lines.find(b"\n", end + 1)
    raw = _FOLD.sub(b"", lines[found[0].start() + 1 : end if end >= 0 else len(lines)])
    text = raw.decode("utf-8").rstrip("\r")
    if text[3] == ";" or "\\" in text:
        return None  # parameters or escapes: how the reader unescapes them is its business
    key = text[4:]
    if not key.isprintable():
        key = strip_controls(key)
    return key.strip() or None


def _skeleton(text: bytes) -> tuple[bytes, dict[str, bytes]] | None:
    """The header lines and the VTIMEZONEs (by TZID) of what lies outside the VEVENTs."""
    header: list[bytes] = []
    zones: dict[str, bytes] = {}
    zone: list[bytes] = []
    stack: list[bytes] = []
    for line in text.split(b"\n")[1:]:
        full = line + b"\n"
        bare = line.rstrip(b"\r")
        if bare.startswith(b"BEGIN:"):
            if not stack and bare != b"BEGIN:VTIMEZONE":
                return None  # VTODO, VJOURNAL, ...: read the whole file
            stack.append(bare[6:])
        elif bare.startswith(b"END:"):
            if not stack or stack.pop() != bare[4:]:
                return None
            if not stack:
                zone.append(full)
                tzid = _zone_id(b"".join(zone))
                zones[tzid] = zones.get(tzid, b"") + b"".join(zone)
                zone = []
                continue
        if stack:
            zone.append(full)
        elif bare:
            header.append(full)
    if stack:
        return None
    return b"".join(header), zones


def _zone_id(text: bytes) -> str:
    """A VTIMEZONE's TZID (before its first STANDARD or DAYLIGHT), unfolded, unquoted."""
    own = _FOLD.sub(b"", text.split(b"\nBEGIN:", 1)[0])
    for line in own.split(b"\n"):
        if line.startswith((b"TZID:", b"TZID;")):
            value = line.rstrip(b"\r").split(b":", 1)[-1]
            return value.decode("utf-8").strip().strip('"')
    return ""


def _fingerprint(texts: Sequence[bytes]) -> str:
    """A hash of the texts with every DTSTAMP line (and its continuations) left out."""
    digest = hashlib.sha1(SPLIT_VERSION.encode())
    for text in texts:
        position = 0
        while (found := text.find(b"\nDTSTAMP", position)) >= 0:
            digest.update(text[position : found + 1])
            end = text.find(b"\n", found + 1)
            while end >= 0 and text[end + 1 : end + 2] in (b" ", b"\t"):
                end = text.find(b"\n", end + 1)
            position = len(text) if end < 0 else end + 1
        digest.update(text[position:])
        digest.update(b"\0")
    return digest.hexdigest()


def _digest(text: bytes) -> str:
    return hashlib.sha1(text).hexdigest()
