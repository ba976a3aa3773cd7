"""Protected build time on constructed weeks: where slots go, why, and when nothing fits."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ictime.analysis import Timeline
from ictime.config import Config, FocusSettings, WorkHours
from ictime.model import Block
from ictime.suggest import Suggestion, SuggestionPlan, slot_uid, suggest_slots
from support import NEW_YORK
from support.blocks import all_day, at, block

# ISO week 2026-W48 in New York: no DST change.
MON = date(2026, 11, 23)
TUE, WED, THU, FRI, SAT, SUN = (MON + timedelta(days=n) for n in range(1, 7))
CONFIG = Config(timezone=NEW_YORK)
BEFORE_WORK = at(MON, "08:00", NEW_YORK)


def ny(
    day: date,
    start: str,
    end: str,
    *,
    category: str = "communication",
    attendees: int = 0,
    counted: bool = True,
    summary: str = "",
    reason: str = "",
) -> Block:
    """A block in New York time."""
    return block(
        day,
        start,
        end,
        category=category,
        attendees=attendees,
        counted=counted,
        summary=summary,
        reason=reason,
        zone=NEW_YORK,
    )


def meeting(day: date, start: str, end: str) -> Block:
    """A group meeting in New York time."""
    return ny(day, start, end, attendees=3, summary=f"Sync {start}")


def with_target(deep_work: int, config: Config = CONFIG) -> Config:
    """The config with another deep-work target (the others take the rest)."""
    rest = (100 - deep_work) / 3
    return replace(
        config,
        targets={
            "deep_work": deep_work,
            "relationships": int(rest),
            "communication": int(rest),
            "learning": 100 - deep_work - 2 * int(rest),
        },
    )


def plan_for(
    blocks: list[Block],
    config: Config = CONFIG,
    *,
    now: datetime = BEFORE_WORK,
    first: date = MON,
    last: date = SUN,
) -> SuggestionPlan:
    """Suggestions for week 2026-W48 (or `first`..`last`), before work on Monday by default."""
    return suggest_slots(blocks, config, first, last, now=now)


def hhmm(item: Suggestion) -> str:
    """`Mon 09:00-11:00` in New York time."""
    start, end = item.start.astimezone(NEW_YORK), item.end.astimezone(NEW_YORK)
    return f"{start:%a %H:%M}-{end:%H:%M}"


def as_blocks(plan: SuggestionPlan) -> list[Block]:
    """The suggestions as the solo deep-work blocks they become once imported."""
    return [
        replace(
            ny(MON, "09:00", "10:00", category="deep_work", summary="Focus: build time (ictime)"),
            start=item.start,
            end=item.end,
            id=f"s{index}",
            uid=item.uid,
        )
        for index, item in enumerate(plan.suggestions)
    ]


def booked_share(blocks: list[Block], config: Config, first: date, last: date) -> float:
    """Booked deep work as the analysis counts it: deep-work blocks over the allocated total."""
    report = Timeline(blocks, config).period(first, last)
    deep = report.categories["deep_work"]
    booked = deep.minutes - (report.open_focus_minutes if report.focus_counted_as_deep_work else 0)
    return booked / report.allocated_minutes if report.allocated_minutes else 0.0


def test_an_empty_week_gets_mornings_first_then_late_mornings_until_the_target() -> None:
    plan = plan_for([])
    assert [hhmm(item) for item in plan.suggestions] == [
        f"{day} {slot}"
        for day in ("Mon", "Tue", "Wed", "Thu", "Fri")
        for slot in ("09:00-11:00", "11:00-13:00")
    ]
    assert plan.deep_work_share_before == 0.0
    assert plan.deep_work_share_after == pytest.approx(0.5)
    assert plan.target_met
    # Open focus time is already counted by the report, so the report said 100 %.
    assert plan.report_deep_work_share == pytest.approx(1.0)
    first = plan.suggestions[0]
    assert first.reason == (
        "Mon 09:00-11:00: in a 8 h free stretch; in your focus hours (09:00-12:00); "
        "booked deep work 0 % -> 5 %"
    )
    assert first.minutes == 120 and not first.fallback and first.preferred_minutes == 120
    assert (
        plan.message == "10 slots, 20 h of build time: booked deep work 0 % -> 50 % (target 50 %)."
    )


def test_suggestions_spread_over_the_days_before_doubling_up() -> None:
    plan = plan_for([], with_target(25))
    assert [item.day for item in plan.suggestions] == [MON, TUE, WED, THU, FRI]
    assert plan.suggested_minutes == 600


def test_slots_keep_clear_of_counted_blocks_with_a_buffer_around_meetings() -> None:
    blocks = [
        meeting(MON, "09:30", "10:00"),
        ny(MON, "12:20", "13:00", category="deep_work", summary="Reading"),
        meeting(MON, "15:00", "15:30"),
        ny(MON, "10:00", "12:00", counted=False, reason="declined"),
    ]
    plan = plan_for(blocks, last=MON)
    # 10:10 is 10 minutes after the standup; the solo hold at 12:20 needs no buffer, the
    # meeting at 15:00 does: 13:00-14:50 only fits the 1 h fallback.
    assert [hhmm(item) for item in plan.suggestions] == ["Mon 10:10-12:10", "Mon 13:00-14:00"]
    assert "the only 2 h gap left on Monday" in plan.suggestions[0].reason
    assert "no 2 h gap left on Monday" in plan.suggestions[1].reason


def test_the_preferred_hours_come_first() -> None:
    config = replace(CONFIG, focus=FocusSettings(preferred_start=time(14), preferred_end=time(16)))
    plan = plan_for([], with_target(5, config), last=MON)
    assert [hhmm(item) for item in plan.suggestions] == ["Mon 14:00-16:00"]


def test_a_day_without_a_2h_gap_gets_a_1h_fallback() -> None:
    blocks = [meeting(MON, start, end) for start, end in [("09:00", "10:00"), ("11:30", "17:00")]]
    plan = plan_for(blocks, last=MON)
    (only,) = plan.suggestions
    assert hhmm(only) == "Mon 10:10-11:10"
    assert only.fallback and only.minutes == 60
    assert "no 2 h gap left on Monday" in only.reason
    assert "Monday has no focus block otherwise" in only.reason
    assert plan.day_notes == ("Mon: full after the suggestions (longest free gap 10 min)",)


def test_the_daily_cap_holds_and_the_message_says_so() -> None:
    config = replace(CONFIG, focus=FocusSettings(max_suggested_hours_per_day=3))
    plan = plan_for([], config)
    per_day: dict[date, int] = {}
    for item in plan.suggestions:
        per_day[item.day] = per_day.get(item.day, 0) + item.minutes
    assert per_day == dict.fromkeys([MON, TUE, WED, THU, FRI], 180)
    assert {item.minutes for item in plan.suggestions} == {120, 60}
    assert not plan.target_met
    assert "short of the 50 % target" in plan.message
    assert "Mon: 3 h suggested, the daily cap" in plan.message


def test_a_full_week_gets_no_slot_and_says_which_days_are_full() -> None:
    blocks = [meeting(day, "09:00", "12:10") for day in (MON, TUE, WED, THU, FRI)]
    blocks += [meeting(day, "12:50", "17:00") for day in (MON, TUE, WED, THU, FRI)]
    blocks.append(all_day(THU, THU, "OOO", zone=NEW_YORK))
    plan = plan_for(blocks)
    assert plan.suggestions == ()
    assert plan.message.startswith("No free 1 h slot in week 2026-W48: Mon: full")
    assert "Tue: full (longest free gap 20 min)" in plan.message
    assert "Thu: day off" in plan.message
    assert plan.renegotiate and plan.message.endswith(
        "Renegotiating the meetings listed below would free more."
    )


def test_past_days_and_the_past_of_today_are_never_suggested() -> None:
    now = at(WED, "10:07", NEW_YORK)
    plan = plan_for([], now=now)
    assert plan.suggestions
    assert min(item.start for item in plan.suggestions) == at(WED, "10:10", NEW_YORK)
    assert all(item.start >= now for item in plan.suggestions)
    assert plan.day_notes[:2] == ("Mon: already past", "Tue: already past")


def test_a_week_in_the_past_says_so() -> None:
    plan = plan_for([meeting(MON, "10:00", "11:00")], now=at(MON + timedelta(7), "09:00"))
    assert plan.suggestions == ()
    assert plan.message.startswith("Nothing to suggest: every working day of week 2026-W48")


def test_a_day_without_focus_block_is_rescued_first() -> None:
    blocks = [meeting(day, "13:00", "17:00") for day in (MON, WED, THU, FRI)]
    blocks += [
        meeting(TUE, start, end)
        for start, end in [("09:00", "10:00"), ("11:30", "12:30"), ("14:00", "15:00")]
    ]
    blocks.append(meeting(TUE, "16:00", "17:00"))
    plan = plan_for(blocks, with_target(2))
    (only,) = plan.suggestions
    assert hhmm(only) == "Tue 10:10-11:10"
    assert only.rescues_day and only.reason.startswith("Tue 10:10-11:10: Tuesday has no focus")


def test_existing_focus_blocks_count_so_suggesting_again_adds_nothing() -> None:
    blocks = [meeting(day, "13:00", "14:00") for day in (MON, TUE, WED, THU, FRI)]
    blocks.append(ny(TUE, "09:00", "11:00", category="deep_work", summary="Focus time"))
    plan = plan_for(blocks)
    assert plan.target_met and plan.suggestions
    assert all(hhmm(item) != "Tue 09:00-11:00" for item in plan.suggestions)
    again = plan_for(blocks + as_blocks(plan))
    assert again.suggestions == ()
    assert again.deep_work_share_before == pytest.approx(plan.deep_work_share_after)
    assert again.message.startswith("Booked deep work is already")


def test_the_plan_is_deterministic_whatever_the_block_order() -> None:
    blocks = [meeting(day, "10:00", "10:30") for day in (MON, TUE, WED, THU, FRI)]
    blocks += [meeting(day, "14:00", "15:00") for day in (MON, WED)]
    shuffled = list(blocks)
    random.Random(7).shuffle(shuffled)
    assert plan_for(blocks) == plan_for(shuffled)


def test_the_costliest_meeting_is_named_with_what_dropping_it_frees() -> None:
    standups = [
        replace(meeting(day, "09:00", "09:15"), uid="standup", recurring=True, summary="Standup")
        for day in (TUE, WED, THU, FRI)
    ]
    vendor = replace(meeting(MON, "10:30", "11:00"), summary="Vendor call")
    plan = plan_for([*standups, vendor])
    assert [(item.cost.summary, item.cost.focus_cost_minutes) for item in plan.renegotiate] == [
        ("Vendor call", 120),
        ("Standup", 60),
    ]
    assert plan.renegotiate[0].reason == (
        "Vendor call (one-off, 30 min) costs 2 h of focus time: dropping it frees 2 h; "
        "moving it next to another meeting or to the edge of the day frees up to that"
    )
    assert plan.renegotiate[1].reason.startswith(
        "Standup (recurring, 4 meetings, 1 h in all) costs 1 h of focus time"
    )


def test_the_uid_depends_only_on_the_slot() -> None:
    start, end = at(MON, "09:00", NEW_YORK), at(MON, "11:00", NEW_YORK)
    tokyo = ZoneInfo("Asia/Tokyo")
    assert slot_uid(start, end) == slot_uid(start.astimezone(tokyo), end.astimezone(UTC))
    assert slot_uid(start, end) == "ictime-build-20261123T140000Z-20261123T160000Z@ictime"


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        suggest_slots([], CONFIG, MON, SUN, now=datetime(2026, 11, 23, 9))


@pytest.mark.parametrize(
    ("first", "last"),
    [(date(2026, 11, 2), date(2026, 11, 8)), (date(2026, 10, 26), date(2026, 11, 8))],
    ids=["week-of-2026-11-02", "across-the-change-on-2026-11-01"],
)
def test_dst_weeks_keep_slots_at_local_wall_clock_times(first: date, last: date) -> None:
    every_day = replace(CONFIG, work=WorkHours(days=(0, 1, 2, 3, 4, 5, 6)))
    now = at(first, "00:00", NEW_YORK)
    plan = suggest_slots([], every_day, first, last, now=now)
    assert plan.suggestions and plan.target_met
    for item in plan.suggestions:
        local = item.start.astimezone(NEW_YORK)
        assert f"{local:%H:%M}" in ("09:00", "11:00")
        assert item.end - item.start == timedelta(minutes=item.minutes) == timedelta(hours=2)
        offset = -4 if local.date() < date(2026, 11, 1) else -5
        assert local.utcoffset() == timedelta(hours=offset)
        assert item.start.utcoffset() == timedelta(hours=offset)
    # The 25-hour day of the change still gets 09:00 and 11:00 local, now UTC-5.
    change = [item for item in plan.suggestions if item.day == date(2026, 11, 1)]
    if first <= date(2026, 11, 1) <= last:
        assert [item.start.astimezone(UTC).hour for item in change] == [14, 16]


# -- properties -------------------------------------------------------------------------


@st.composite
def weeks(draw: st.DrawFn) -> tuple[list[Block], datetime, Config]:
    """Up to 25 blocks in week 2026-W48 (some meetings, some uncounted), a `now`, a config."""
    origin = at(MON, "07:00", NEW_YORK).astimezone(UTC)
    blocks: list[Block] = []
    for index in range(draw(st.integers(0, 25))):
        day = draw(st.integers(0, 6))
        start = origin + timedelta(days=day, minutes=5 * draw(st.integers(0, 140)))
        end = start + timedelta(minutes=draw(st.sampled_from([15, 30, 45, 60, 90, 120, 200])))
        attendees = draw(st.sampled_from([0, 0, 1, 4]))
        category = draw(st.sampled_from(["deep_work", "communication", "untagged"]))
        blocks.append(
            replace(
                ny(MON, "09:00", "10:00", category=category, attendees=attendees),
                id=f"p{index:02d}",
                start=start.astimezone(NEW_YORK),
                end=end.astimezone(NEW_YORK),
                counted=draw(st.booleans()) or draw(st.booleans()),
            )
        )
    if draw(st.booleans()):
        off = MON + timedelta(days=draw(st.integers(0, 4)))
        blocks.append(all_day(off, off, "Vacation", zone=NEW_YORK))
    now = origin + timedelta(minutes=draw(st.integers(-600, 6 * 1440)))
    focus = FocusSettings(
        max_suggested_hours_per_day=draw(st.sampled_from([1.0, 2.5, 4.0, 6.0])),
        meeting_buffer_minutes=draw(st.sampled_from([0, 10, 15])),
        count_open_focus_as_deep_work=draw(st.booleans()),
    )
    config = with_target(draw(st.sampled_from([20, 50, 80])), replace(CONFIG, focus=focus))
    return blocks, now.astimezone(NEW_YORK), config


@settings(max_examples=60, deadline=None)
@given(weeks())
def test_slots_always_respect_the_rules(case: tuple[list[Block], datetime, Config]) -> None:
    blocks, now, config = case
    plan = plan_for(blocks, config, now=now)
    focus, buffer = config.focus, timedelta(minutes=config.focus.meeting_buffer_minutes)
    counted = [b for b in blocks if b.counted and not b.all_day]
    off = {b.start.date() for b in blocks if b.all_day}
    per_day: dict[date, int] = {}
    ordered = sorted(plan.suggestions, key=lambda item: item.start)
    for item in ordered:
        local_day = item.start.astimezone(NEW_YORK).date()
        assert item.start >= now
        assert local_day.weekday() < 5 and local_day not in off
        assert at(local_day, "09:00", NEW_YORK) <= item.start
        assert item.end <= at(local_day, "17:00", NEW_YORK)
        assert item.minutes in (focus.suggestion_minutes, focus.fallback_minutes)
        for other in counted:
            pad = buffer if other.attendees > 0 else timedelta(0)
            assert item.end <= other.start - pad or other.end + pad <= item.start
        per_day[local_day] = per_day.get(local_day, 0) + item.minutes
    for first, second in pairwise(ordered):
        assert first.end <= second.start
    assert all(minutes <= focus.max_suggested_hours_per_day * 60 for minutes in per_day.values())
    # The plan's arithmetic agrees with the analysis run over the booked suggestions.
    after = booked_share(blocks + as_blocks(plan), config, MON, SUN)
    assert plan.deep_work_share_after == pytest.approx(after)
    if plan.suggestions:
        assert plan.suggestions[-1].share_after == pytest.approx(after)
    assert plan.target_met == (after + 1e-9 >= config.targets["deep_work"] / 100)
