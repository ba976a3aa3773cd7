"""What the ics reader raises when a whole file is unusable."""

from __future__ import annotations


class IcsError(Exception):
    """The whole file is unusable; the message says what is wrong with it."""
