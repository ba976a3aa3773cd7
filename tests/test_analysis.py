"""Hand-computed expectations for the analysis on constructed weeks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ictime.analysis import (
    Timeline,
    analyse_period,
    focus_costs,
    format_minutes,
    trailing_weeks,
    weekly_trend,
)
from ictime.config import Config, FocusSettings, WorkHours
from support import BERLIN, NEW_YORK
from support.blocks import FRI, MON, SAT, SUN, THU, TUE, WED, all_day, at, block

CONFIG = Config(timezone=BERLIN)


def test_an_empty_week_is_all_focus_and_counts_as_deep_work() -> None:
    report = analyse_period([], CONFIG, MON, SUN)
    assert report.working_minutes == 5 * 480
    assert report.working_days == (MON, TUE, WED, THU, FRI)
    assert report.open_minutes == report.focus_minutes == report.open_focus_minutes == 2400
    assert report.categories["deep_work"].minutes == report.allocated_minutes == 2400
    assert report.categories["deep_work"].share == 1.0
    assert report.categories["deep_work"].drift == pytest.approx(0.5)
    first = report.focus_blocks[0]
    assert (first.start, first.end) == (at(MON, "09:00"), at(MON, "17:00"))
    assert report.alerts == ()


def test_overlaps_go_to_one_block_each_minute_and_are_reported_as_conflict() -> None:
    blocks = [
        block(TUE, "10:00", "12:00", category="deep_work"),  # solo hold, started first
        block(TUE, "11:00", "11:30", attendees=2),  # meeting beats the hold
        block(TUE, "13:00", "14:00", category="relationships", attendees=1),  # earlier start
        block(TUE, "13:30", "15:00", attendees=3),  # keeps only 14:00-15:00
    ]
    report = analyse_period(blocks, CONFIG, TUE, TUE)
    # Holds 90 + open focus 09:00-10:00 and 15:00-17:00 (180); 11:30-13:00 is 90 min, too short.
    assert {k: c.minutes for k, c in report.categories.items()} == {
        "deep_work": 90 + 180,
        "relationships": 60,
        "communication": 30 + 60,
        "learning": 0,
    }
    assert report.allocated_minutes == 420
    assert report.meetings.conflict_minutes == 60
    assert report.meetings.minutes == 150
    assert report.meetings.count == 3
    assert report.open_minutes == 240
    assert report.focus_minutes == 240  # 09:00-11:00 (half held) and 15:00-17:00
    assert report.fragmented_minutes == 60  # 12:00-13:00 open inside the short stretch
    assert [a.message for a in report.alerts if a.kind == "conflict"] == [
        "Tuesday: 1 h double-booked"
    ]


def test_between_meetings_starting_together_the_longer_one_wins() -> None:
    blocks = [
        block(WED, "10:00", "10:30", category="relationships", attendees=1),
        block(WED, "10:00", "11:00", category="learning", attendees=5),
    ]
    report = analyse_period(blocks, CONFIG, WED, WED)
    assert report.categories["learning"].minutes == 60
    assert report.categories["relationships"].minutes == 0
    assert report.meetings.conflict_minutes == 30


def test_blocks_outside_the_period_are_clipped() -> None:
    blocks = [
        block(SUN - timedelta(days=7), "23:00", "01:00", end_day=MON, category="learning"),
        block(SUN, "23:30", "00:30", end_day=SUN + timedelta(days=1), category="learning"),
        block(MON - timedelta(days=2), "10:00", "11:00", category="learning"),
    ]
    report = analyse_period(blocks, CONFIG, MON, SUN)
    assert report.categories["learning"].minutes == 60 + 30


def test_a_dst_week_keeps_working_hours_local_and_counts_real_minutes() -> None:
    # New York springs forward on Sunday 8 March 2026: that day has 23 hours.
    config = Config(timezone=NEW_YORK, work=WorkHours(days=(0, 1, 2, 3, 4, 5, 6)))
    blocks = [
        block(SAT, "09:00", "09:30", attendees=1, zone=NEW_YORK),
        block(SUN, "09:00", "09:30", attendees=1, zone=NEW_YORK),
        # 01:00-04:00 on the wall is two real hours: 02:00-03:00 does not exist.
        block(SUN, "01:00", "04:00", category="learning", attendees=1, zone=NEW_YORK),
    ]
    report = analyse_period(blocks, config, MON, SUN)
    assert report.working_minutes == 7 * 480
    assert report.categories["learning"].minutes == 120
    assert report.meetings.after_hours_minutes == 120
    sunday = report.days[-1]
    assert sunday.working_minutes == 480 and sunday.focus_minutes == 450
    assert sunday.focus_blocks[0].start.isoformat() == "2026-03-08T09:30:00-04:00"
    assert report.days[-2].focus_blocks[0].start.isoformat() == "2026-03-07T09:30:00-05:00"


def test_the_fall_back_night_has_an_extra_hour() -> None:
    sunday = date(2026, 11, 1)
    blocks = [block(sunday, "00:00", "03:00", category="learning", zone=NEW_YORK)]
    report = analyse_period(blocks, Config(timezone=NEW_YORK), sunday, sunday)
    assert report.categories["learning"].minutes == 240
    assert report.working_minutes == 0


def test_a_day_off_leaves_capacity_but_free_declined_and_unrelated_all_day_events_do_not() -> None:
    blocks = [
        all_day(FRI, FRI, "PTO"),
        all_day(THU, THU, "Vacation (declined)", partstat="DECLINED"),
        all_day(WED, WED, "Public holiday", reason="transparent"),
        all_day(TUE, TUE, "Sick day", status="CANCELLED"),
        all_day(MON, MON, "Team offsite"),
    ]
    report = analyse_period(blocks, CONFIG, MON, SUN)
    assert report.days_off == (FRI,)
    assert report.working_days == (MON, TUE, WED, THU)
    assert report.working_minutes == 4 * 480
    assert report.allocated_minutes == 4 * 480  # all-day events never count as worked time


def test_a_multi_day_trip_and_an_overlong_event_take_their_days_off() -> None:
    blocks = [
        all_day(WED, FRI, "OOO — conference"),
        block(THU, "10:00", "10:30", attendees=1),  # met anyway: after hours
        block(MON, "07:00", "21:00", counted=False, reason="too long"),  # 14 h: time off
    ]
    report = analyse_period(blocks, CONFIG, MON, SUN)
    assert report.days_off == (MON, WED, THU, FRI)
    assert report.working_minutes == 480
    assert report.meetings.after_hours_minutes == 30
    assert report.meetings.share == 0.0


def test_after_hours_meeting_minutes_are_counted_and_alerted_per_day() -> None:
    blocks = [
        block(TUE, "16:30", "17:30", attendees=1),
        block(WED, "18:00", "18:45", attendees=1),
        block(SAT, "10:00", "11:00", attendees=1),
        block(THU, "19:00", "20:00", category="learning"),  # solo: not a meeting
    ]
    report = analyse_period(blocks, CONFIG, MON, SUN)
    assert report.meetings.minutes == 60 + 45 + 60
    assert report.meetings.after_hours_minutes == 30 + 45 + 60
    assert report.meetings.share == pytest.approx(30 / 2400)
    assert report.categories["learning"].minutes == 60  # allocated, though after hours
    assert [(a.day, a.message) for a in report.alerts if a.kind == "after_hours"] == [
        (TUE, "Tuesday: 30 min of meetings after hours"),
        (WED, "Wednesday: 45 min of meetings after hours"),
        (SAT, "Saturday: 1 h of meetings after hours"),
    ]


def test_back_to_back_chains_at_exactly_the_gap_limit() -> None:
    blocks = [
        # Wednesday: gaps of exactly 5 minutes chain three meetings.
        block(WED, "10:00", "10:55", attendees=1, summary="A"),
        block(WED, "11:00", "11:55", attendees=1, summary="B"),
        block(WED, "12:00", "12:30", attendees=1, summary="C"),
        # Thursday: a 6-minute gap breaks it; the last two are short of 2 h.
        block(THU, "10:00", "10:55", attendees=1),
        block(THU, "11:01", "11:55", attendees=1),
        block(THU, "12:00", "12:30", attendees=1),
        # Friday: two meetings 5 minutes apart lasting 2 h 05 in all.
        block(FRI, "13:00", "14:00", attendees=1),
        block(FRI, "14:05", "15:05", attendees=1),
    ]
    report = analyse_period(blocks, CONFIG, MON, SUN)
    chains = report.meetings.back_to_back
    assert [(c.start, c.end, c.meetings) for c in chains] == [
        (at(WED, "10:00"), at(WED, "12:30"), 3),
        (at(FRI, "13:00"), at(FRI, "15:05"), 2),
    ]
    assert chains[0].summaries == ("A", "B", "C")
    assert [a.message for a in report.alerts if a.kind == "back_to_back"] == [
        "Wednesday: 3 meetings back to back, 10:00–12:30 (2 h 30)",
        "Friday: 2 meetings back to back, 13:00–15:05 (2 h 05)",
    ]


def test_a_120_minute_open_stretch_is_focus_and_119_is_fragmented() -> None:
    blocks = [
        block(TUE, "09:00", "09:30", attendees=1),
        block(TUE, "11:30", "12:00", attendees=1),
        block(TUE, "13:59", "17:00", attendees=1),
    ]
    report = analyse_period(blocks, CONFIG, TUE, TUE)
    assert [(b.start, b.end) for b in report.focus_blocks] == [(at(TUE, "09:30"), at(TUE, "11:30"))]
    assert report.focus_minutes == 120
    assert report.fragmented_minutes == 119
    assert report.open_minutes == 239
    assert report.categories["deep_work"].minutes == 120


def test_a_declined_meeting_inside_a_focus_block_does_not_break_it() -> None:
    hold = block(WED, "09:00", "12:00", category="deep_work", summary="Build")
    declined = block(WED, "10:00", "10:30", attendees=4, counted=False, partstat="DECLINED")
    report = analyse_period([hold, declined], CONFIG, WED, WED)
    assert [(b.start, b.end) for b in report.focus_blocks] == [(at(WED, "09:00"), at(WED, "17:00"))]
    assert report.focus_minutes == 480
    assert report.open_focus_minutes == 300
    assert report.categories["deep_work"].minutes == 180 + 300
    assert report.meetings.count == 0 and report.meetings.conflict_minutes == 0


def test_an_accepted_meeting_inside_a_focus_hold_breaks_it_and_costs_focus() -> None:
    hold = block(WED, "09:00", "12:00", category="deep_work", summary="Build")
    meeting = block(WED, "10:00", "10:30", attendees=4, summary="Sync")
    report = analyse_period([hold, meeting], CONFIG, WED, WED)
    # 09:00-10:00 is held (not open) and too short; 10:30-17:00 is one 6 h 30 focus block.
    assert [(b.start, b.end) for b in report.focus_blocks] == [(at(WED, "10:30"), at(WED, "17:00"))]
    assert (report.focus_minutes, report.open_focus_minutes, report.fragmented_minutes) == (
        390,
        300,
        0,
    )
    assert report.categories["deep_work"].minutes == 150 + 300
    assert report.meetings.conflict_minutes == 30
    assert [(c.summary, c.focus_cost_minutes) for c in report.top_focus_costs] == [("Sync", 90)]


def test_focus_cost_is_summed_per_recurring_series() -> None:
    standups = [
        block(day, "11:00", "11:15", attendees=6, uid="standup", recurring=True, summary="Standup")
        for day in (MON, TUE, WED, THU, FRI)
    ]
    one_off = block(WED, "13:00", "13:30", attendees=1, summary="Vendor call")
    costs = focus_costs([*standups, one_off], CONFIG, MON, SUN)
    # Each standup splits 09:00-17:00 into 2 h + 5 h 45 (cost 15), except Wednesday's:
    # without it 09:00-13:00 is whole again (cost 120). The call turns 11:15-17:00 into
    # 1 h 45 (too short) + 3 h 30 (cost 135).
    assert [(c.series, c.occurrences, c.meeting_minutes, c.focus_cost_minutes) for c in costs] == [
        ("standup", 5, 75, 4 * 15 + 120),
        (one_off.id, 1, 30, 135),
    ]
    assert costs[0].recurring and costs[0].per_week_minutes == 180


def test_a_heavy_day_without_focus_says_so_in_one_alert() -> None:
    blocks = [
        block(TUE, "09:00", "11:00", attendees=3),
        block(TUE, "11:30", "13:00", attendees=3),
        block(TUE, "13:30", "15:30", attendees=3),
        block(THU, "09:00", "10:00", attendees=3),
        block(THU, "11:00", "13:00", category="learning"),  # a solo hold that is not build
        block(THU, "13:00", "14:00", attendees=3),
        block(THU, "15:05", "17:00", attendees=3),
    ]
    report = analyse_period(blocks, CONFIG, MON, SUN)
    assert [h.minutes for h in report.meetings.heavy_days] == [330]
    assert [(a.kind, a.message) for a in report.alerts] == [
        ("heavy_day", "Tuesday: 5 h 30 of meetings, no focus block"),
        ("no_focus_day", "Thursday: no focus block (longest free stretch 1 h 05)"),
    ]


def test_meeting_share_and_low_focus_alerts_use_the_config_thresholds() -> None:
    blocks = [block(day, "10:00", "13:00", attendees=2) for day in (MON, TUE, WED, THU, FRI)]
    report = analyse_period(blocks, CONFIG, MON, SUN)
    assert report.meetings.share == pytest.approx(900 / 2400)
    assert report.focus_minutes == 5 * 240
    assert [a.message for a in report.alerts] == [
        "Meetings took 38 % of working time (limit 35 %)",
    ]
    strict = replace(CONFIG, overload=replace(CONFIG.overload, min_focus_hours_per_week=25))
    messages = [a.message for a in analyse_period(blocks, strict, MON, SUN).alerts]
    assert "20 h of focus time (at least 25 h wanted for 5 working days)" in messages


def test_open_focus_is_not_deep_work_when_the_config_says_so() -> None:
    config = replace(CONFIG, focus=FocusSettings(count_open_focus_as_deep_work=False))
    report = analyse_period([block(MON, "10:00", "11:00", attendees=1)], config, MON, MON)
    assert report.allocated_minutes == 60
    assert report.categories["communication"].share == 1.0
    assert report.focus_minutes == 360


def test_untagged_minutes_lower_the_shares_until_triaged() -> None:
    blocks = [
        block(MON, "09:00", "10:00", category="untagged", summary="Mystery"),
        block(MON, "10:00", "11:00", category="not-a-category"),
        block(MON, "11:00", "13:00", category="learning"),
    ]
    config = replace(CONFIG, focus=FocusSettings(count_open_focus_as_deep_work=False))
    report = analyse_period(blocks, config, MON, MON)
    assert report.untagged_minutes == 120
    assert report.allocated_minutes == 240
    assert report.categories["learning"].share == 0.5
    assert (report.untagged_blocks[0].summary, report.untagged_blocks[0].minutes) == ("Mystery", 60)


def test_on_track_uses_the_tolerance_inclusively() -> None:
    # deep 55 %, communication 20 %, learning 10 %, relationships 15 % of 1000 minutes.
    config = replace(CONFIG, focus=FocusSettings(count_open_focus_as_deep_work=False))
    blocks = [
        block(MON, "00:00", "09:10", category="deep_work"),
        block(TUE, "00:00", "03:20", category="communication"),
        block(WED, "00:00", "01:40", category="learning"),
        block(THU, "00:00", "02:30", category="relationships"),
    ]
    report = analyse_period(blocks, config, MON, SUN)
    assert report.allocated_minutes == 1000
    assert report.categories["deep_work"].drift == pytest.approx(0.05)
    assert report.on_track
    tight = replace(config, drift_tolerance_points=4.9)
    assert not analyse_period(blocks, tight, MON, SUN).on_track


def test_weekly_trend_gives_shares_drift_and_change_against_the_previous_week() -> None:
    next_monday = MON + timedelta(days=7)
    days = [next_monday + timedelta(days=n) for n in range(5)]
    blocks = [block(day, "13:00", "17:00", attendees=2) for day in days]
    weeks = trailing_weeks(next_monday, 2)
    assert weeks == [(MON, SUN), (next_monday, next_monday + timedelta(days=6))]
    first, second = weekly_trend(blocks, CONFIG, weeks)
    assert first.week == "2026-W10" and second.week == "2026-W11"
    assert first.categories["deep_work"].share == 1.0 and first.change is None
    assert second.categories["deep_work"].share == 0.5
    assert second.categories["communication"].drift == pytest.approx(0.3)
    assert second.meeting_share == 0.5 and second.focus_minutes == 5 * 240
    assert second.change is not None
    assert second.change["deep_work"] == -0.5 and second.change["communication"] == 0.5
    assert not second.on_track


def test_the_timeline_answers_many_periods_from_one_preparation() -> None:
    timeline = Timeline([block(MON, "10:00", "11:00", attendees=1)], CONFIG)
    assert timeline.period(MON, MON).meetings.minutes == 60
    assert timeline.period(TUE, TUE).meetings.minutes == 0
    with pytest.raises(ValueError, match="before it starts"):
        timeline.period(TUE, MON)


def test_json_has_every_contract_field() -> None:
    report = analyse_period([block(MON, "10:00", "11:00", attendees=1)], CONFIG, MON, SUN)
    data = report.to_json()
    assert data["period"] == {"from": "2026-03-02", "to": "2026-03-08"}
    assert set(data) >= {
        "working_minutes",
        "allocated_minutes",
        "categories",
        "untagged_minutes",
        "open_minutes",
        "focus_minutes",
        "fragmented_minutes",
        "focus_blocks",
        "meetings",
        "top_focus_costs",
        "alerts",
    }
    assert set(data["categories"]["learning"]) >= {"minutes", "share", "target", "drift"}
    assert set(data["meetings"]) >= {
        "minutes",
        "count",
        "share",
        "back_to_back",
        "heavy_days",
        "after_hours_minutes",
        "conflict_minutes",
    }
    assert set(data["focus_blocks"][0]) >= {"start", "end"}
    assert "trend" not in data
    with_trend = replace(report, trend=tuple(weekly_trend([], CONFIG, [(MON, SUN)])))
    assert with_trend.to_json()["trend"][0]["week"] == "2026-W10"


@pytest.mark.parametrize(
    ("minutes", "spoken"), [(45, "45 min"), (120, "2 h"), (330, "5 h 30"), (65, "1 h 05")]
)
def test_durations_read_as_people_say_them(minutes: int, spoken: str) -> None:
    assert format_minutes(minutes) == spoken
