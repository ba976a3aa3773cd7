"""Making untrusted calendar text safe to show: no control characters, no escapes, no bidi.

The one definition of what is removed, used by the importer, every display and the .ics writer.
"""

from __future__ import annotations

import re

# Unicode's bidi embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069): they
# reorder the text after them, so a title could show as something it is not.
_BIDI: dict[int, None] = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# C0 and C1 controls (ESC included) and DEL, except tab and newline; and the bidi controls.
_CONTROLS: dict[int, None] = {
    **dict.fromkeys([*range(9), *range(11, 32), *range(127, 160)]),
    **_BIDI,
}
_BREAKS = re.compile(r"[\t\n]+")


def strip_controls(text: str) -> str:
    """The text without control characters; tab and newline stay.

    Args:
        text: untrusted text.

    Returns:
        The text with terminal escapes, bidi controls and other controls removed.
    """
    return text.translate(_CONTROLS)


def strip_bidi(text: str) -> str:
    """The text without bidi embeddings, overrides and isolates (cheap for ASCII text).

    Args:
        text: text that may have been stored before the importer removed them.

    Returns:
        The text as `strip_controls` would leave it, for text it already cleaned.
    """
    return text if text.isascii() else text.translate(_BIDI)


def plain(text: str) -> str:
    """One line of text with control characters removed.

    Args:
        text: calendar text (a summary, a location, a name).

    Returns:
        The text with terminal escapes, bidi and other controls removed, line breaks as
        spaces.
    """
    return _BREAKS.sub(" ", strip_controls(text)).strip()
