"""Property tests: allocation never counts a minute twice, checked against a per-minute oracle."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from ictime.analysis import analyse_period
from ictime.config import Config, FocusSettings
from ictime.model import CATEGORIES, UNTAGGED, Block
from support import BERLIN, NEW_YORK
from support.blocks import MON, SUN, TUE, at

CONFIG = Config(timezone=BERLIN)
NOT_FOCUS_AS_WORK = replace(CONFIG, focus=FocusSettings(count_open_focus_as_deep_work=False))
DAY_START = at(TUE, "00:00")


@st.composite
def blocks_on(draw: st.DrawFn, days: int, zone: ZoneInfo = BERLIN) -> list[Block]:
    """Up to 14 blocks starting within `days` days of Tuesday 00:00, some crossing midnight."""
    origin = at(TUE, "00:00", zone).astimezone(UTC)
    result: list[Block] = []
    for index in range(draw(st.integers(0, 14))):
        # Absolute arithmetic: local wall-clock arithmetic would be wrong across DST.
        start = origin + timedelta(minutes=draw(st.integers(0, days * 1440 - 1)))
        end = start + timedelta(minutes=draw(st.integers(1, 300)))
        start, end = start.astimezone(zone), end.astimezone(zone)
        result.append(
            Block(
                id=f"b{index:02d}",
                uid=f"u{index:02d}",
                recurrence_id=None,
                calendar="work",
                summary=f"block {index}",
                start=start,
                end=end,
                all_day=False,
                status="CONFIRMED",
                my_partstat="ACCEPTED",
                attendees=draw(st.integers(0, 2)),
                counted=draw(st.booleans()),
                category=draw(st.sampled_from([*CATEGORIES, UNTAGGED])),
                tag_source="rule",
                rule=None,
            )
        )
    return result


def _minute(block: Block, which: str) -> int:
    moment = block.start if which == "start" else block.end
    return int(moment.timestamp() - DAY_START.timestamp()) // 60


def _oracle(blocks: list[Block]) -> dict[str, int]:
    """Tuesday minute by minute: categories, conflicts, open, focus and fragmented time."""
    counted = [b for b in blocks if b.counted]
    tally = dict.fromkeys([*CATEGORIES, UNTAGGED, "conflict"], 0)
    breaking = [False] * 1440
    covered = [False] * 1440
    for minute in range(1440):
        covering = [b for b in counted if _minute(b, "start") <= minute < _minute(b, "end")]
        if not covering:
            continue
        covered[minute] = True
        winner = min(
            covering,
            key=lambda b: (b.attendees == 0, _minute(b, "start"), -_minute(b, "end"), b.id),
        )
        tally[winner.category] += 1
        tally["conflict"] += len(covering) >= 2
        breaking[minute] = not (winner.attendees == 0 and winner.category == "deep_work")
    tally["open"] = tally["focus"] = tally["fragmented"] = 0
    run_start = 9 * 60
    for minute in range(9 * 60, 17 * 60 + 1):
        if minute == 17 * 60 or breaking[minute]:
            run = range(run_start, minute)
            open_minutes = sum(not covered[m] for m in run)
            tally["open"] += open_minutes
            if len(run) >= 120:
                tally["focus"] += len(run)
            else:
                tally["fragmented"] += open_minutes
            run_start = minute + 1
    return tally


@settings(max_examples=150, deadline=None)
@given(blocks_on(days=1))
def test_every_minute_goes_to_exactly_the_block_the_precedence_rule_names(
    blocks: list[Block],
) -> None:
    report = analyse_period(blocks, NOT_FOCUS_AS_WORK, TUE, TUE)
    expected = _oracle(blocks)
    assert {k: c.minutes for k, c in report.categories.items()} == {
        k: expected[k] for k in CATEGORIES
    }
    assert report.untagged_minutes == expected[UNTAGGED]
    assert report.meetings.conflict_minutes == expected["conflict"]
    assert report.open_minutes == expected["open"]
    assert report.focus_minutes == expected["focus"]
    assert report.fragmented_minutes == expected["fragmented"]
    assert report.open_minutes == report.open_focus_minutes + report.fragmented_minutes


def _check_counted_once(blocks: list[Block], config: Config) -> None:
    report = analyse_period(blocks, config, MON, SUN)
    zone = config.timezone
    lo = at(MON, "00:00", zone).timestamp() // 60
    hi = at(SUN + timedelta(days=1), "00:00", zone).timestamp() // 60
    intervals = sorted(
        (max(b.start.timestamp() // 60, lo), min(b.end.timestamp() // 60, hi))
        for b in blocks
        if b.counted and b.end.timestamp() // 60 > lo and b.start.timestamp() // 60 < hi
    )
    wall, reach = 0, lo
    for start, end in intervals:
        if end > reach:
            wall += int(end - max(start, reach))
            reach = end
    tagged = sum(c.minutes for c in report.categories.values())
    assert tagged + report.untagged_minutes == report.allocated_minutes
    # Counted minutes once each, plus open focus time (never covered by a block).
    assert report.allocated_minutes == wall + report.open_focus_minutes
    assert report.allocated_minutes <= hi - lo
    assert report.open_focus_minutes <= report.open_minutes <= report.working_minutes
    assert sum(c.share for c in report.categories.values()) <= 1 + 1e-9


@settings(max_examples=100, deadline=None)
@given(blocks_on(days=6))
def test_categories_and_untagged_never_exceed_the_counted_wall_time(blocks: list[Block]) -> None:
    _check_counted_once(blocks, CONFIG)


@settings(max_examples=60, deadline=None)
@given(blocks_on(days=6, zone=NEW_YORK))
def test_no_minute_counts_twice_in_a_dst_week(blocks: list[Block]) -> None:
    # New York springs forward on Sunday 8 March 2026: a 23-hour day.
    _check_counted_once(blocks, Config(timezone=NEW_YORK))
