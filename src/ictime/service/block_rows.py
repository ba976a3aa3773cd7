"""Occurrences to block rows: what the import stores for each, decided and tagged."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ictime.model import Occurrence, block_id
from ictime.service.blocks import Decision
from ictime.store import BlockRow, dumps

EventRow = tuple[str, str, bool, int]
"""A row of the events table: uid, summary, recurring, occurrences."""


def block_rows(
    occurrences: Iterable[Occurrence],
    decide: Callable[[Occurrence, str], Decision],
    calendar: str,
) -> tuple[dict[str, BlockRow], list[EventRow]]:
    """Turn occurrences into block rows, deciding what counts and tagging each by the rules.

    Args:
        occurrences: what the file says, in its order.
        decide: how this person's blocks are judged (`service.blocks.decider`).
        calendar: the calendar's name, which rules may read.

    Returns:
        The rows by block id (two occurrences with one id are merged: the later one is
        kept, in the earlier one's place), and the events table's rows, one per UID, named
        by the title most of its occurrences have (the series' title: an instance the
        organiser retitled is not it), the earliest occurrence's among equals (not the
        file's order, which a re-read of one event need not keep).
    """
    rows: dict[str, BlockRow] = {}
    events: dict[str, list[Any]] = {}
    titles: dict[str, dict[str, list[Any]]] = {}  # per UID, per title: count, first start
    for occ in occurrences:
        bid = block_id(occ.uid, occ.recurrence_id)
        decision = decide(occ, calendar)
        rows[bid] = (
            bid,
            occ.uid,
            occ.recurrence_id,
            occ.summary,
            occ.description,
            occ.location,
            dumps(occ.categories) if occ.categories else "[]",
            int(occ.start.timestamp()),
            int(occ.end.timestamp()),
            int(occ.all_day),
            occ.status,
            int(occ.transparent),
            decision.my_partstat,
            decision.attendees,
            dumps([[a.email, a.partstat, a.name] for a in occ.attendees])
            if occ.attendees
            else "[]",
            occ.organizer,
            int(occ.recurring),
            decision.counted,
            decision.not_counted_reason,
            decision.category,
            decision.rule,
            decision.confident,
        )
        event = events.setdefault(occ.uid, [occ.summary, occ.recurring, 0])
        event[2] += 1
        first = (occ.start.timestamp(), bid)
        title = titles.setdefault(occ.uid, {}).setdefault(occ.summary, [0, first])
        title[0] += 1
        title[1] = min(title[1], first)
    for uid, event in events.items():
        event[0] = min(titles[uid].items(), key=lambda item: (-item[1][0], item[1][1]))[0]
    return rows, [(uid, *event) for uid, event in events.items()]
