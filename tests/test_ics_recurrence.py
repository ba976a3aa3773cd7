"""The ICS reader on recurring series: DST, EXDATE/RDATE, moved and cancelled instances, caps."""

from __future__ import annotations

from datetime import datetime

from support import NEW_YORK
from support.ics import WINDOW_END, by_start, local, local_pair, parse


def test_weekly_meeting_keeps_local_time_across_the_dst_change() -> None:
    parsed = parse("event_dt_rrule_dst_crossing.ics")
    assert local(parsed) == [
        ("2026-10-20T09:00:00-04:00", "2026-10-20T09:30:00-04:00"),
        ("2026-10-27T09:00:00-04:00", "2026-10-27T09:30:00-04:00"),
        ("2026-11-03T09:00:00-05:00", "2026-11-03T09:30:00-05:00"),
        ("2026-11-10T09:00:00-05:00", "2026-11-10T09:30:00-05:00"),
    ]
    assert [o.recurrence_id for o in by_start(parsed)] == [
        "2026-10-20T13:00:00Z",
        "2026-10-27T13:00:00Z",
        "2026-11-03T14:00:00Z",
        "2026-11-10T14:00:00Z",
    ]
    assert all(o.recurring for o in parsed.occurrences)


def test_exdate_removes_instances_in_any_zone() -> None:
    assert local(parse("event_dt_rrule_exdate.ics")) == [
        ("2026-11-16T09:15:00-05:00", "2026-11-16T09:30:00-05:00"),
        ("2026-11-17T09:15:00-05:00", "2026-11-17T09:30:00-05:00"),
        ("2026-11-19T09:15:00-05:00", "2026-11-19T09:30:00-05:00"),
    ]


def test_rdate_adds_dates_and_periods() -> None:
    parsed = parse("event_dt_rdate.ics")
    assert local(parsed) == [
        ("2026-10-05T16:00:00-04:00", "2026-10-05T17:00:00-04:00"),
        ("2026-10-19T16:00:00-04:00", "2026-10-19T17:00:00-04:00"),
        ("2026-11-02T16:00:00-05:00", "2026-11-02T17:00:00-05:00"),
        ("2026-11-16T16:00:00-05:00", "2026-11-16T18:00:00-05:00"),
    ]
    assert all(o.recurring for o in parsed.occurrences)


def test_recurrence_id_moves_one_instance() -> None:
    parsed = parse("event_dt_recurrence_id_moved.ics")
    assert [
        (o.start.isoformat(), o.end.isoformat(), o.recurrence_id, o.summary)
        for o in by_start(parsed)
    ] == [
        (
            "2026-11-12T14:00:00-05:00",
            "2026-11-12T15:00:00-05:00",
            "2026-11-12T19:00:00Z",
            "1:1 with Dana",
        ),
        (
            "2026-11-20T10:00:00-05:00",
            "2026-11-20T10:30:00-05:00",
            "2026-11-19T19:00:00Z",
            "1:1 with Dana (moved)",
        ),
        (
            "2026-11-26T14:00:00-05:00",
            "2026-11-26T15:00:00-05:00",
            "2026-11-26T19:00:00Z",
            "1:1 with Dana",
        ),
    ]


def test_cancelled_instance_is_returned_as_cancelled() -> None:
    parsed = parse("event_dt_recurrence_id_cancelled.ics")
    assert [(o.start.isoformat(), o.recurrence_id, o.status) for o in by_start(parsed)] == [
        ("2026-12-01T11:00:00-05:00", "2026-12-01T16:00:00Z", "CONFIRMED"),
        ("2026-12-08T11:00:00-05:00", "2026-12-08T16:00:00Z", "CANCELLED"),
        ("2026-12-15T11:00:00-05:00", "2026-12-15T16:00:00Z", "CONFIRMED"),
    ]


def test_thisandfuture_moves_the_rest_of_the_series() -> None:
    parsed = parse("event_dt_thisandfuture.ics")
    assert [
        (o.start.isoformat(), o.end.isoformat(), o.recurrence_id, o.summary)
        for o in by_start(parsed)
    ] == [
        (
            "2026-10-05T10:00:00-04:00",
            "2026-10-05T11:00:00-04:00",
            "2026-10-05T14:00:00Z",
            "Platform guild",
        ),
        (
            "2026-10-12T10:00:00-04:00",
            "2026-10-12T11:00:00-04:00",
            "2026-10-12T14:00:00Z",
            "Platform guild",
        ),
        (
            "2026-10-19T13:00:00-04:00",
            "2026-10-19T13:30:00-04:00",
            "2026-10-19T14:00:00Z",
            "Platform guild (afternoons)",
        ),
        (
            "2026-10-26T13:00:00-04:00",
            "2026-10-26T13:30:00-04:00",
            "2026-10-26T14:00:00Z",
            "Platform guild (afternoons)",
        ),
    ]


def test_floating_series_and_recurrence_id_are_read_in_the_default_zone() -> None:
    parsed = parse("event_dt_floating_recurrence_id.ics")
    assert [
        (o.start.isoformat(), o.end.isoformat(), o.recurrence_id, o.summary)
        for o in by_start(parsed)
    ] == [
        (
            "2026-11-17T09:00:00-05:00",
            "2026-11-17T10:00:00-05:00",
            "2026-11-17T14:00:00Z",
            "Office hours",
        ),
        (
            "2026-11-24T11:00:00-05:00",
            "2026-11-24T12:00:00-05:00",
            "2026-11-24T14:00:00Z",
            "Office hours (late)",
        ),
        (
            "2026-12-01T09:00:00-05:00",
            "2026-12-01T10:00:00-05:00",
            "2026-12-01T14:00:00Z",
            "Office hours",
        ),
    ]


def test_all_day_series_has_date_recurrence_ids() -> None:
    parsed = parse("event_d_allday_weekly.ics")
    assert [
        (*local_pair(o), o.recurrence_id, o.summary, o.transparent) for o in by_start(parsed)
    ] == [
        (
            "2026-11-06T00:00:00-05:00",
            "2026-11-07T00:00:00-05:00",
            "2026-11-06",
            "No-meeting Friday",
            True,
        ),
        (
            "2026-11-20T00:00:00-05:00",
            "2026-11-21T00:00:00-05:00",
            "2026-11-20",
            "No-meeting Friday",
            True,
        ),
        (
            "2026-11-26T00:00:00-05:00",
            "2026-11-28T00:00:00-05:00",
            "2026-11-27",
            "No-meeting Thanksgiving break",
            False,
        ),
    ]
    assert all(o.all_day for o in parsed.occurrences)


def test_exploding_series_is_capped_with_a_warning_and_the_rest_imports() -> None:
    parsed = parse("event_dt_minutely_explodes.ics")
    runaway = [o for o in by_start(parsed) if o.uid == "runaway@corp.example"]
    assert len(runaway) == 5000
    # The first 5000 minutes from 2 Nov 09:00: the last starts 3 days 11 h 19 min later.
    assert runaway[0].start == datetime(2026, 11, 2, 9, 0, tzinfo=NEW_YORK)
    assert runaway[-1].start == datetime(2026, 11, 5, 20, 19, tzinfo=NEW_YORK)
    assert [o.summary for o in parsed.occurrences if o.uid != runaway[0].uid] == ["Planning"]
    assert parsed.warnings == [
        "UID runaway@corp.example: FREQ=MINUTELY series capped at 5000 occurrences"
    ]
    # The series never ends, so the file speaks for the rest of the window.
    assert parsed.span == (datetime(2026, 11, 2, tzinfo=NEW_YORK), WINDOW_END)


def test_cap_follows_the_setting_and_keeps_the_earliest() -> None:
    parsed = parse("event_dt_rrule_exdate.ics", max_occurrences_per_series=2)
    assert local(parsed) == [
        ("2026-11-16T09:15:00-05:00", "2026-11-16T09:30:00-05:00"),
        ("2026-11-17T09:15:00-05:00", "2026-11-17T09:30:00-05:00"),
    ]
    assert parsed.warnings == [
        "UID exdate-daily@corp.example: FREQ=DAILY series capped at 2 occurrences"
    ]


def test_series_starting_years_ago_expands_exactly_within_the_window() -> None:
    # Generating every 15 minutes since 2019 would take minutes: the start is moved forward
    # (how long it takes is measured in benchmarks/bench_import.py, not here).
    parsed = parse("event_dt_minutely_old_start.ics")
    mondays = [1 for o in parsed.occurrences if o.start.weekday() == 0]
    assert len(mondays) == len(parsed.occurrences) == 13 * 4
    assert local(parsed)[:5] == [
        ("2026-10-05T09:00:00-04:00", "2026-10-05T09:01:00-04:00"),
        ("2026-10-05T09:15:00-04:00", "2026-10-05T09:16:00-04:00"),
        ("2026-10-05T09:30:00-04:00", "2026-10-05T09:31:00-04:00"),
        ("2026-10-05T09:45:00-04:00", "2026-10-05T09:46:00-04:00"),
        ("2026-10-12T09:00:00-04:00", "2026-10-12T09:01:00-04:00"),
    ]
    assert local(parsed)[-1] == ("2026-12-28T09:45:00-05:00", "2026-12-28T09:46:00-05:00")
