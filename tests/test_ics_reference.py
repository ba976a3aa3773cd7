"""ictime's reader against recurring-ical-events on real files from other projects.

Every file under `tests/fixtures/real/` (its README says where each comes from) is read by
both over 2000-01-01 to 2030-12-31, as `tests/support/reference.py` defines, and ictime must
store exactly what the reference expands, or what it expands given ictime's deliberate
readings (a TZID ictime resolves, blank UIDs kept apart). Where the reference reads nothing,
ictime must still read the file without failing. `scripts/compare_reference.py` runs the
same comparison over whole repositories.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support import FIXTURES
from support.reference import compare

REAL = FIXTURES / "real"
FILES = sorted(REAL.rglob("*.ics"))


def test_the_real_fixtures_are_there() -> None:
    assert len(FILES) >= 100
    assert {path.relative_to(REAL).parts[0] for path in FILES} >= {"icalendar", "khal"}


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(REAL)))
def test_ictime_stores_what_the_reference_expands(path: Path) -> None:
    data = path.read_bytes()
    comparison = compare(data)
    assert not comparison.ictime_error.startswith("could not read the calendar")
    if comparison.ictime_error.startswith("truncated"):
        # Refused on purpose, though the reference reads what is there: importing part of a
        # calendar would delete the events of the missing part (see calendar-semantics.md).
        assert not re.search(rb"^END:VCALENDAR[ \t]*\r?$", data, re.IGNORECASE | re.MULTILINE)
    elif comparison.compared:
        assert comparison.same or comparison.explained, (
            f"ictime: {comparison.ictime_error or 'read'}; "
            f"missing {sorted(comparison.missing, key=str)[:3]}; "
            f"extra {sorted(comparison.extra, key=str)[:3]}; skipped {comparison.skipped[:3]}"
        )
