"""Calendar bytes to the text icalendar reads: the encoding, line ends and the VCALENDAR."""

from __future__ import annotations

import re

from ictime.ics.errors import IcsError

_BEGIN = re.compile(r"^[ \t]*BEGIN:VCALENDAR[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^END:VCALENDAR[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
# Components that are read without a VCALENDAR around them (khal's and Evolution's files).
_BARE = "VEVENT|VTODO|VJOURNAL|VFREEBUSY|VTIMEZONE"
_BARE_BEGIN = re.compile(rf"^BEGIN:(?:{_BARE})[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_BARE_END = re.compile(rf"^END:(?:{_BARE})[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
# Every byte but the C0 controls; what is left after deleting these is "binary".
_TEXT_BYTES = bytes(b for b in range(256) if b >= 32 or b in b"\t\n\r\f")


def decode(data: bytes) -> str:
    """Bytes to text, refusing what is plainly not text.

    Args:
        data: the file's bytes.

    Returns:
        The text: UTF-8 (a BOM is fine), UTF-16 with a BOM, else Windows-1252.

    Raises:
        IcsError: the file is empty or binary.
    """
    if not data.strip():
        raise IcsError("empty file")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    controls = len(sample.translate(None, _TEXT_BYTES))
    if controls * 20 > len(sample):  # over 5 %: text has almost none
        raise IcsError("binary data, not an iCalendar file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # RFC 5545 says UTF-8, but older Outlook exports are Windows-1252.
        return data.decode("cp1252", errors="replace")


def calendar_text(text: str) -> str:
    """The text from the first BEGIN:VCALENDAR to the last END:VCALENDAR.

    Old Mac line ends (CR alone, as Lotus Notes writes them) become LF, and components
    written without a VCALENDAR around them get one.

    Args:
        text: the decoded file.

    Returns:
        The calendar's text, with anything around it (a BOM, a proxy's banner) left out.

    Raises:
        IcsError: not an iCalendar file, or one cut short (no END:VCALENDAR).
    """
    if "\n" not in text:
        text = text.replace("\r", "\n")
    begin = _BEGIN.search(text)
    if begin is None:
        return _bare_components(text)
    ends = list(_END.finditer(text, begin.end()))
    if not ends:
        raise IcsError("truncated: no END:VCALENDAR")
    start = begin.start() + len(begin.group()) - len(begin.group().lstrip(" \t"))
    return text[start : ends[-1].end()]


def _bare_components(text: str) -> str:
    """Components without a VCALENDAR, wrapped in one; else say what the file is instead."""
    begin = _BARE_BEGIN.search(text)
    if begin is None:
        head = text.lstrip()[:1024].lower()
        if head.startswith("<") and ("<html" in head or "<!doctype html" in head):
            raise IcsError("not an iCalendar file: it looks like an HTML page")
        if head.startswith("<"):
            raise IcsError("not an iCalendar file: it looks like XML")
        if head.startswith(("{", "[")):
            raise IcsError("not an iCalendar file: it looks like JSON")
        raise IcsError("not an iCalendar file: no BEGIN:VCALENDAR line")
    begins = len(_BARE_BEGIN.findall(text, begin.start()))
    ends = list(_BARE_END.finditer(text, begin.start()))
    if len(ends) < begins:
        raise IcsError("truncated: a component has no END line")
    newline = "\r\n" if "\r\n" in text else "\n"
    body = text[begin.start() : ends[-1].end()].rstrip("\r\n")
    return newline.join(["BEGIN:VCALENDAR", "VERSION:2.0", body, "END:VCALENDAR", ""])
