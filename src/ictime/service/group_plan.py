"""Which groups of a calendar file to read again: the changed, the new, and what the window needs.

A group (the VEVENTs of one UID) is read again when its fingerprint changed or it is new;
when a VTIMEZONE it uses changed; and, when the import window moved, when its occurrences
could touch the days that entered or left the window (or its last read found anything to
say, such as a capped series). Any other group expands exactly as it did: its stored
blocks stand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from ictime.ics import EventGroup, SplitCalendar, group_extent
from ictime.store import FileState, GroupState

Window = tuple[int, int]
"""[start, end) of an import window, in epoch seconds."""


@dataclass(frozen=True)
class GroupPlan:
    """What an import of a file reads, and how the file compares with the last one read."""

    read: list[EventGroup]
    """Groups to read, in file order."""
    kept: dict[str, GroupState]
    """Groups whose stored blocks stand, by key."""
    removed: list[GroupState]
    """Stored groups the file no longer has."""
    added: int
    updated: int
    unchanged: int

    @property
    def full(self) -> bool:
        """Whether every group is read (nothing stored can be used)."""
        return not self.kept


def plan_groups(
    split: SplitCalendar,
    stored: Mapping[str, GroupState],
    state: FileState | None,
    window: Window,
) -> GroupPlan:
    """Compare the file with the groups stored at its last read, and say what to read.

    Args:
        split: the file, taken apart.
        stored: the groups stored at the source's last import, by key.
        state: what they were read with, or None when they cannot be used (none stored,
            other settings, another header): then every group is read.
        window: the import window now.

    Returns:
        The plan.
    """
    added = updated = unchanged = 0
    same: list[EventGroup] = []
    for group in split.groups:
        old = stored.get(group.key)
        if old is None:
            added += 1
        elif old.fingerprint != group.fingerprint:
            updated += 1
        else:
            unchanged += 1
            same.append(group)
    current = {group.key for group in split.groups}
    removed = [old for key, old in stored.items() if key not in current]
    if state is None:
        return GroupPlan(list(split.groups), {}, removed, added, updated, unchanged)
    new_zones = split.zone_fingerprints()
    stale = _stale_zones(state.zones, new_zones)
    known = frozenset(state.zones.keys() | new_zones.keys())
    edges = _moved_edges(state.window, window)
    kept = {
        group.key: stored[group.key]
        for group in same
        if not _affected(group, stored[group.key], stale, known, edges)
    }
    read = [group for group in split.groups if group.key not in kept]
    return GroupPlan(read, kept, removed, added, updated, unchanged)


def with_everything(plan: GroupPlan, split: SplitCalendar) -> GroupPlan:
    """The same comparison, reading every group (what the kept ones say no longer holds)."""
    return replace(plan, read=list(split.groups), kept={})


def _stale_zones(old: Mapping[str, str], new: Mapping[str, str]) -> frozenset[str] | None:
    """The TZIDs whose VTIMEZONE changed, appeared or went; None when none did."""
    changed = {tzid for tzid in old.keys() | new.keys() if old.get(tzid) != new.get(tzid)}
    return frozenset(changed) if changed else None


def _moved_edges(old: Window, new: Window) -> list[tuple[date, date]]:
    """The stretches of days between the old and the new window's edges (a day's margin)."""
    edges = []
    for before, after in zip(old, new, strict=True):
        if before != after:
            low, high = sorted((_day(before), _day(after)))
            edges.append((low - timedelta(days=1), high + timedelta(days=1)))
    return edges


def _affected(
    group: EventGroup,
    stored: GroupState,
    stale_zones: frozenset[str] | None,
    known_zones: frozenset[str],
    edges: list[tuple[date, date]],
) -> bool:
    """Whether an unchanged group must still be read again."""
    if stale_zones is not None:
        references = group.zone_references()
        # A TZID that names no VTIMEZONE may be matched loosely by the reader: any change.
        if references & stale_zones or not references <= known_zones:
            return True
    if not edges:
        return False
    if stored.notes:
        return True  # a capped series, a skipped event: what the reader said may change
    extent = group_extent(group.events)
    if extent is None:
        return True
    first, last = extent
    return any(first <= high and (last is None or low <= last) for low, high in edges)


def _day(epoch: int) -> date:
    return datetime.fromtimestamp(epoch, UTC).date()
