"""Reading VEVENT groups of a split calendar with `parse_calendar`, each group's findings apart.

A batch of groups is read as one small calendar (the file's header and VTIMEZONEs, then
their VEVENTs), so every leniency of the reader applies as it does to the whole file. What it
finds is handed back per group: occurrences and skipped events by UID, and warnings by
reading halves of the batch again until each warning belongs to one group (warnings are rare).
The file's own warnings (an unknown X-WR-TIMEZONE, ...) are read once, apart (`read_frame`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from ictime.ics.extent import repeats_forever
from ictime.ics.read import ParsedCalendar, Skipped, parse_calendar
from ictime.ics.split import CalendarFrame, EventGroup
from ictime.model import Occurrence

_PROBE_UID = "ictime-span-probe@ictime.invalid"


class GroupMismatch(Exception):
    """The reader did not keep to the groups (an occurrence whose UID is no group's key)."""


@dataclass(frozen=True)
class ParsedGroup:
    """What reading one group found: what a whole-file read would say about these VEVENTs."""

    key: str
    occurrences: list[Occurrence]
    skipped: list[Skipped]
    warnings: list[str]
    unbounded: bool
    """Whether it repeats forever, which makes the file's span run to the window's end."""


@dataclass(frozen=True)
class FrameFacts:
    """What belongs to the file rather than to any group."""

    calendar_name: str | None
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class GroupReader:
    """Reads groups of one file within one window (picklable: it is sent to worker processes)."""

    frame: CalendarFrame
    window_start: datetime
    window_end: datetime
    default_tz: ZoneInfo
    max_occurrences_per_series: int
    file_warnings: tuple[str, ...] = ()

    def parse(self, groups: Sequence[EventGroup], extra: bytes = b"") -> ParsedCalendar:
        """`parse_calendar` of the frame with these groups' VEVENTs.

        Raises:
            IcsError: the reader refuses that calendar.
        """
        return parse_calendar(
            self.frame.calendar(groups, extra),
            window_start=self.window_start,
            window_end=self.window_end,
            default_tz=self.default_tz,
            max_occurrences_per_series=self.max_occurrences_per_series,
        )

    def read_frame(self, first: EventGroup | None) -> tuple[GroupReader, FrameFacts]:
        """Read what belongs to the file itself, and return a reader that knows it.

        The file's warnings are those the frame alone gives that a read with its first group
        gives as well.

        Args:
            first: the file's first group, or None for a file without VEVENTs.

        Returns:
            The reader for the groups, and the facts.

        Raises:
            IcsError: the reader refuses the frame.
        """
        alone = self.parse(())
        warnings = list(alone.warnings)
        if first is not None:
            warnings = _common(warnings, self.parse((first,)).warnings)
        reader = replace(self, file_warnings=tuple(warnings))
        return reader, FrameFacts(alone.calendar_name, tuple(warnings))

    def read(self, groups: Sequence[EventGroup]) -> list[ParsedGroup]:
        """Read the groups; one result per group, in order.

        Raises:
            IcsError: the reader refuses a calendar made of some of these groups.
            GroupMismatch: the reader's UIDs are not the groups' keys.
        """
        if not groups:
            return []
        parsed = self.parse(groups)
        keys = {group.key for group in groups}
        occurrences: dict[str, list[Occurrence]] = {key: [] for key in keys}
        for occurrence in parsed.occurrences:
            found = occurrences.get(occurrence.uid)
            if found is None:
                raise GroupMismatch(f"an occurrence of UID {occurrence.uid!r} is in no group")
            found.append(occurrence)
        extra = _without(parsed.warnings, self.file_warnings)
        skipped: dict[str, list[Skipped]] = {key: [] for key in keys}
        strays = False
        for item in parsed.skipped:
            if item.uid in skipped:
                skipped[item.uid].append(item)
            else:
                strays = True
        if len(groups) > 1 and (extra or strays):
            half = len(groups) // 2
            return self.read(groups[:half]) + self.read(groups[half:])
        if len(groups) == 1:
            skipped[groups[0].key] = list(parsed.skipped)
        return [
            ParsedGroup(
                group.key,
                occurrences[group.key],
                skipped[group.key],
                extra if len(groups) == 1 else [],
                self._unbounded(group, bool(skipped[group.key] or (len(groups) == 1 and extra))),
            )
            for group in groups
        ]

    def _unbounded(self, group: EventGroup, noted: bool) -> bool:
        if not any(b"\nRRULE" in event for event in group.events):
            return False
        plain = repeats_forever(group.events)
        if plain is not None and not noted:
            return plain
        # A skipped VEVENT may have been the endless one, or the reader read a rule its own
        # way (and said so): ask it, beside a lone event at the window's start, whether the
        # group makes the span run to the window's end.
        probe = _probe_event(self.window_start, self.frame.newline)
        alone = self.parse((), probe).span
        if alone is None or alone[1] >= self.window_end:
            return False  # the window is too short for it to matter
        probed = self.parse((group,), probe).span
        return probed is not None and probed[1] >= self.window_end


def _probe_event(start: datetime, newline: bytes) -> bytes:
    def stamp(moment: datetime) -> str:
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VEVENT",
        f"UID:{_PROBE_UID}",
        f"DTSTART:{stamp(start)}",
        f"DTEND:{stamp(start + timedelta(minutes=1))}",
        "END:VEVENT",
        "",
    ]
    return newline.join(line.encode() for line in lines)


def _without(warnings: Sequence[str], known: Sequence[str]) -> list[str]:
    """The warnings, less one of each known one (in order)."""
    left = Counter(known)
    kept = []
    for warning in warnings:
        if left[warning]:
            left[warning] -= 1
        else:
            kept.append(warning)
    return kept


def _common(first: Sequence[str], second: Sequence[str]) -> list[str]:
    """The warnings of `first` that `second` has too, as many times as both have them."""
    left = Counter(second)
    kept = []
    for warning in first:
        if left[warning]:
            left[warning] -= 1
            kept.append(warning)
    return kept
