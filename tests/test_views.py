"""Each screen's data is read once and analysed once; Today's open gaps come from the analysis."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from ictime.service import (
    DEMO_TODAY,
    demo_calendar_path,
    demo_config,
    import_sources,
    load_day,
    load_week,
    plan_week,
)
from ictime.store import Store
from ictime.timeutil import day_start, week_of

CONFIG = demo_config()
NOW = datetime.combine(DEMO_TODAY, datetime.min.time(), CONFIG.timezone).replace(hour=10)


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    """The demo calendar in a fresh database."""
    store = Store.open(tmp_path / "demo.db")
    (report,) = import_sources(store, CONFIG, [str(demo_calendar_path())], today=DEMO_TODAY)
    assert report.outcome == "imported", report.error
    yield store
    store.close()


def count_block_reads(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record each query of stored blocks from now on."""
    reads: list[object] = []
    read = store.block_rows

    def counted(*args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        reads.append(args)
        return read(*args, **kwargs)

    monkeypatch.setattr(store, "block_rows", counted)
    return reads


@pytest.mark.parametrize("day", [week_of(DEMO_TODAY)[0], DEMO_TODAY, week_of(DEMO_TODAY)[1]])
def test_today_reads_the_blocks_once(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch, day: date
) -> None:
    reads = count_block_reads(demo_store, monkeypatch)
    view = load_day(demo_store, CONFIG, day, NOW)
    assert len(reads) == 1
    assert view.has_data and len(view.next_suggestions) == 3  # next week's fill in on Sunday


def test_the_week_review_and_suggestions_read_the_blocks_once(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monday = week_of(DEMO_TODAY)[0]
    reads = count_block_reads(demo_store, monkeypatch)
    view = load_week(demo_store, CONFIG, monday, DEMO_TODAY, NOW)
    assert len(reads) == 1
    assert view.next_week == plan_week(demo_store, CONFIG, monday + timedelta(weeks=1), NOW)
    assert len(reads) == 2  # the plan on its own is one read too


@pytest.mark.parametrize("offset", range(-2, 5))
def test_open_gaps_are_the_working_time_no_counted_block_covers(
    demo_store: Store, offset: int
) -> None:
    day = DEMO_TODAY + timedelta(days=offset)
    view = load_day(demo_store, CONFIG, day, day_start(day, CONFIG.timezone))
    report = view.day_report
    assert report is not None
    gaps = report.open_gaps
    assert sum(gap.minutes for gap in gaps) == report.open_minutes
    counted = [b for b in view.blocks if b.counted and not b.all_day]
    for gap in gaps:
        assert not any(b.start < gap.end and gap.start < b.end for b in counted)
        in_focus = any(f.start <= gap.start and gap.end <= f.end for f in report.focus_blocks)
        assert gap.in_focus_block == in_focus
    assert all(a.end < b.start for a, b in pairwise(gaps))
