"""The export of a week later: a synthetic calendar with some events edited, all restamped."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from synth import SynthEvent, build_events, render_events

WEEKLY_EDITS = (
    "retitle",
    "move an instance",
    "move the series",
    "cancel",
    "delete",
    "add",
    "add an override",
    "bump SEQUENCE",
)
"""What a week does to a calendar's events, in turn."""


def weekly_export(years: int, *, changed: float = 0.01, seed: int = 2026, edits: int = 7) -> str:
    """The same calendar exported a week later: some events edited, every one restamped.

    Args:
        years: How many calendar years it spans.
        changed: The share of its events (UIDs) edited, each by one of `WEEKLY_EDITS` in turn.
        seed: The seed of the calendar.
        edits: The seed of the choice of events.

    Returns:
        iCalendar text, every DTSTAMP the new export's time.
    """
    events = build_events(years, seed=seed)
    rng = random.Random(edits)
    masters = [event for event in events if event.recurrence_id is None]
    chosen = rng.sample(masters, max(1, round(len(masters) * changed)))
    serial = 0
    for number, master in enumerate(chosen):
        kind = WEEKLY_EDITS[number % len(WEEKLY_EDITS)]
        overridden = {e.recurrence_id for e in events if e.uid == master.uid and e.recurrence_id}
        if kind == "retitle":
            master.summary += " (renamed)"
        elif kind == "cancel":
            master.status = "CANCELLED"
        elif kind == "bump SEQUENCE":
            master.sequence += 1
        elif kind == "delete":
            events = [event for event in events if event.uid != master.uid]
        elif kind == "add":
            serial += 1
            copy = SynthEvent(**{**vars(master), "uid": f"added-{serial}@bench", "rrule": ""})
            copy.exdates = []
            events.append(copy)
        elif kind in ("move an instance", "add an override") and master.rrule:
            # Every series repeats on its weekday at least every other week (monthly aside).
            weeks = 2 if "MONTHLY" not in master.rrule else 0
            first, last = master.start, master.end
            occurrence = first + timedelta(weeks=weeks * rng.randint(1, 20))
            if (
                isinstance(occurrence, datetime)
                and isinstance(first, datetime)
                and isinstance(last, datetime)
                and occurrence not in overridden
                and weeks
            ):
                moved = occurrence + timedelta(hours=1 if kind == "move an instance" else 0)
                events.append(
                    SynthEvent(
                        **{
                            **vars(master),
                            "rrule": "",
                            "exdates": [],
                            "recurrence_id": occurrence,
                            "start": moved,
                            "end": moved + (last - first),
                            "status": "CONFIRMED" if kind == "move an instance" else "CANCELLED",
                        }
                    )
                )
        else:  # move the series, or a one-off event
            master.start += timedelta(hours=1)
            master.end += timedelta(hours=1)
    return render_events(events, "20270107T120000Z")
