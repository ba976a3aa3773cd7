"""Making untrusted calendar text safe to show: no control characters, no escapes.

The one definition of what is removed, used by the importer, every display and the .ics writer.
"""

from __future__ import annotations

import re

# C0 and C1 controls (ESC included) and DEL, except tab and newline.
_CONTROLS: dict[int, None] = dict.fromkeys([*range(9), *range(11, 32), *range(127, 160)])
_BREAKS = re.compile(r"[\t\n]+")


def strip_controls(text: str) -> str:
    """The text without control characters; tab and newline stay.

    Args:
        text: untrusted text.

    Returns:
        The text with terminal escapes and other controls removed.
    """
    return text.translate(_CONTROLS)


def plain(text: str) -> str:
    """One line of text with control characters removed.

    Args:
        text: calendar text (a summary, a location, a name).

    Returns:
        The text with terminal escapes and other controls removed, line breaks as spaces.
    """
    return _BREAKS.sub(" ", strip_controls(text)).strip()
