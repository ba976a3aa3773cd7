"""Making untrusted calendar text safe to show: no control characters, no escapes."""

from __future__ import annotations

import re

# C0 and C1 controls (ESC included) and DEL; tab and newline become spaces where one line fits.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BREAKS = re.compile(r"[\t\n]+")


def plain(text: str) -> str:
    """One line of text with control characters removed.

    Args:
        text: calendar text (a summary, a location, a name).

    Returns:
        The text with terminal escapes and other controls removed, line breaks as spaces.
    """
    return _BREAKS.sub(" ", _CONTROL.sub("", text)).strip()
