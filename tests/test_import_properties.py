"""Property: a mangled calendar never crashes the importer and never half-writes the store."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ictime.config import Config
from ictime.service import import_sources, list_blocks
from ictime.store import Store
from support import ME, NEW_YORK
from support.cli import db_state
from support.ics import calendar, vevent

VALID = calendar(
    vevent("a", "20261124T090000", "20261124T100000", "Standup", extra="RRULE:FREQ=DAILY;COUNT=5"),
    vevent("b", "20261125T130000", "20261125T150000", "Focus", attendees=(ME, "x@corp.example")),
    vevent(
        "a",
        "20261126T110000",
        "20261126T113000",
        "Moved",
        extra="RECURRENCE-ID;TZID=America/New_York:20261126T090000",
    ),
).encode()

CONFIG = Config(timezone=NEW_YORK, me_emails=(ME,))


@st.composite
def mangled(draw: st.DrawFn) -> bytes:
    """The valid calendar cut, with bytes flipped, or with lines dropped or repeated."""
    data = bytearray(VALID)
    kind = draw(st.sampled_from(["cut", "flip", "lines"]))
    if kind == "cut":
        return bytes(data[: draw(st.integers(0, len(data)))])
    if kind == "flip":
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    lines = bytes(data).split(b"\r\n")
    index = draw(st.integers(0, len(lines) - 1))
    if draw(st.booleans()):
        del lines[index]
    else:
        lines.insert(index, lines[index])
    return b"\r\n".join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mangled())
def test_mangled_calendars_import_whole_or_not_at_all(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "ictime.db"
        source = Path(folder) / "work.ics"
        source.write_bytes(VALID.replace(b"Standup", b"Earlier"))
        store = Store.open(db_path)
        try:
            import_sources(store, CONFIG, [str(source)], today=date(2026, 11, 25))
            before = db_state(db_path)
            source.write_bytes(data)
            (report,) = import_sources(store, CONFIG, [str(source)], today=date(2026, 11, 25))
            if report.failed:
                assert report.error
                assert db_state(db_path) == before
            else:
                stored = {b.id for b in list_blocks(store, CONFIG)}
                assert report.occurrences <= len(stored)
        finally:
            store.close()
