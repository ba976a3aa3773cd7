"""What other programs write, read as recurring-ical-events reads it, or better: named fixtures.

Each cause of issue 11 has its fixture and its exact occurrences. Where the reference itself
is wrong, the test says what ictime does instead and why.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from ictime.ics import IcsError, Skipped
from support import FIXTURES, NEW_YORK
from support.ics import WINDOW_START, by_start, local, parse, parse_bytes
from support.reference import compare

UTC = ZoneInfo("UTC")
WIDE_START = datetime(2000, 1, 1, tzinfo=NEW_YORK)
WIDE_END = datetime(2030, 12, 31, tzinfo=NEW_YORK)


def summaries_and_times(name: str) -> list[tuple[str, str, str]]:
    """(summary, start, end) of each occurrence, times as written in their own zone."""
    return [(o.summary, o.start.isoformat(), o.end.isoformat()) for o in by_start(parse(name))]


# 1. Wide windows keep whole series.


def test_a_series_with_until_expands_over_decades() -> None:
    parsed = parse(
        "event_dt_rrule_until_wide_window.ics", window_start=WIDE_START, window_end=WIDE_END
    )
    starts = [o.start for o in by_start(parsed)]
    assert len(starts) == 396  # every day from 2015-01-01 to 2016-01-31
    assert starts[0] == datetime(2015, 1, 1, 9, tzinfo=NEW_YORK)
    assert starts[-1] == datetime(2016, 1, 31, 9, tzinfo=NEW_YORK)
    assert parsed.skipped == [] and parsed.warnings == []


def test_a_capped_series_over_decades_keeps_its_earliest_occurrences() -> None:
    parsed = parse(
        "event_dt_rrule_until_wide_window.ics",
        window_start=WIDE_START,
        window_end=WIDE_END,
        max_occurrences_per_series=100,
    )
    starts = [o.start for o in by_start(parsed)]
    assert len(starts) == 100 and starts[-1] == datetime(2015, 4, 10, 9, tzinfo=NEW_YORK)
    assert parsed.skipped == []
    assert parsed.warnings == [
        "UID daily-2015@corp.example: FREQ=DAILY series capped at 100 occurrences"
    ]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 12, 30, tzinfo=UTC)),
        (datetime(2015, 1, 1, tzinfo=NEW_YORK), datetime(9999, 12, 30, tzinfo=UTC)),
    ],
)
def test_any_window_reads_the_series_without_overflowing(start: datetime, end: datetime) -> None:
    for limit in (5000, 100):
        parsed = parse(
            "event_dt_rrule_until_wide_window.ics",
            window_start=start,
            window_end=end,
            max_occurrences_per_series=limit,
        )
        assert len(parsed.occurrences) == min(396, limit) and parsed.skipped == []


# 2. A floating DTEND beside a zoned DTSTART (and the other way round) means that zone.


def test_a_floating_end_beside_a_zoned_start_takes_its_zone() -> None:
    assert summaries_and_times("event_dt_dtstart_zoned_dtend_floating.ics") == [
        ("Weekly, floating end", "2026-11-02T15:00:00+01:00", "2026-11-02T15:30:00+01:00"),
        ("Weekly, floating end", "2026-11-09T15:00:00+01:00", "2026-11-09T15:30:00+01:00"),
        ("Zoned start, floating end", "2026-11-10T10:00:00+01:00", "2026-11-10T11:00:00+01:00"),
        ("Floating start, zoned end", "2026-11-11T10:00:00+01:00", "2026-11-11T11:00:00+01:00"),
        ("Weekly, floating end", "2026-11-16T15:00:00+01:00", "2026-11-16T15:30:00+01:00"),
    ]
    assert parse("event_dt_dtstart_zoned_dtend_floating.ics").warnings == []


# 3. Components without a VCALENDAR, an indented first line, CR-only line ends.


def test_bare_vevents_are_read_as_a_calendar() -> None:
    assert summaries_and_times("cal_bare_vevent.ics") == [
        ("Bare VEVENT, no VCALENDAR", "2026-11-12T14:00:00-05:00", "2026-11-12T15:00:00-05:00"),
        ("Second bare VEVENT", "2026-11-13T00:00:00-05:00", "2026-11-14T00:00:00-05:00"),
    ]


def test_a_bare_vevent_cut_short_is_refused_whole() -> None:
    with pytest.raises(IcsError, match="truncated: a component has no END line"):
        parse("cal_bare_vevent_truncated.ics")


def test_a_calendar_whose_first_line_is_indented_is_read() -> None:
    assert summaries_and_times("cal_indented_first_line.ics") == [
        ("First line indented", "2026-11-12T19:00:00+00:00", "2026-11-12T20:00:00+00:00")
    ]


def test_old_mac_line_ends_are_read() -> None:
    parsed = parse("cal_cr_line_endings.ics")
    assert [(o.summary, o.description) for o in parsed.occurrences] == [
        ("Lotus Notes export", "Written with CR alone at the end of each line")
    ]
    assert local(parsed) == [("2026-11-12T14:00:00-05:00", "2026-11-12T15:00:00-05:00")]


# 4. TZIDs that name no known zone.


def test_outlook_display_names_are_their_real_zones() -> None:
    parsed = parse("event_dt_tzid_outlook_display_names.ics")
    assert [(o.summary, o.start.isoformat(), str(o.start.tzinfo)) for o in by_start(parsed)] == [
        ("Eastern display name", "2026-11-12T09:00:00-05:00", "America/New_York"),
        ("Old GMT display name", "2026-11-13T09:00:00+11:00", "Australia/Sydney"),
        ("Weekly Berlin display name", "2026-11-16T09:00:00+01:00", "Europe/Berlin"),
        ("Weekly Berlin display name", "2026-11-23T09:00:00+01:00", "Europe/Berlin"),
    ]
    assert parsed.warnings == []


def test_a_tzid_differing_only_in_spacing_or_case_finds_its_zone() -> None:
    assert summaries_and_times("event_dt_tzid_lenient_match.ics") == [
        (
            "VTIMEZONE's TZID with a trailing space",
            "2026-11-12T09:30:00+05:30",
            "2026-11-12T10:30:00+05:30",
        ),
        (
            "VTIMEZONE's TZID in other case",
            "2026-11-13T09:30:00+05:30",
            "2026-11-13T10:30:00+05:30",
        ),
        ("IANA name in lower case", "2026-11-16T10:00:00+01:00", "2026-11-16T11:00:00+01:00"),
    ]


def test_the_reference_reads_those_zones_as_floating_times() -> None:
    # recurring-ical-events reads a TZID that icalendar cannot resolve as a floating time:
    # a meeting "(GMT+10:00) Canberra, Melbourne, Sydney" at 09:00 would be 09:00 here.
    # ictime reads the zone the name means; given those names, the reference agrees.
    for name in ("event_dt_tzid_outlook_display_names.ics", "event_dt_tzid_lenient_match.ics"):
        comparison = compare((FIXTURES / name).read_bytes())
        assert not comparison.same and comparison.explained


def test_a_tzid_naming_no_zone_is_read_as_floating_with_a_warning() -> None:
    parsed = parse("event_dt_tzid_unknown_floating.ics")
    assert local(parsed) == [
        ("2026-11-12T09:00:00-05:00", "2026-11-12T10:00:00-05:00"),
        ("2026-11-13T09:00:00-05:00", "2026-11-13T10:00:00-05:00"),
        ("2026-11-16T09:00:00-05:00", "2026-11-16T10:00:00-05:00"),
    ]
    assert parsed.skipped == []
    assert parsed.warnings == [
        f"UID {uid}: TZID {tzid!r} names no known time zone: its times are read as floating times"
        for uid, tzid in [
            ("us-mountain@corp.example", "US-Mountain"),
            ("germany@corp.example", "Europe/Germany"),
            ("utc-plus-one@corp.example", "UTC+01"),
        ]
    ]


# 5. An end before the start, an RRULE without a usable FREQ, COUNT=-1.


def test_an_end_before_the_start_is_read_swapped() -> None:
    parsed = parse("event_dt_dtend_before_dtstart.ics")
    assert local(parsed) == [
        ("2026-11-12T14:00:00-05:00", "2026-11-12T15:00:00-05:00"),
        ("2026-11-13T14:30:00-05:00", "2026-11-13T15:00:00-05:00"),
    ]
    assert parsed.warnings == [
        "UID backwards@corp.example: DTEND before DTSTART: read swapped",
        "UID negative-duration@corp.example: negative DURATION: read as ending at DTSTART",
    ]


def test_an_rrule_without_a_usable_freq_leaves_a_single_event() -> None:
    parsed = parse("event_dt_rrule_no_freq.ics")
    assert [(o.summary, o.recurrence_id, o.recurring) for o in by_start(parsed)] == [
        ("RRULE without FREQ", "2026-11-12T14:00:00Z", True),
        ("RRULE with an unknown FREQ", "2026-11-13T14:00:00Z", True),
        ("Empty RRULE", "2026-11-26", True),
    ]
    assert parsed.skipped == []
    assert parsed.warnings == [
        "UID no-freq@corp.example: RRULE has no valid FREQ: the RRULE is ignored",
        "UID bad-freq@corp.example: RRULE 'FREQ=FORTNIGHTLY;COUNT=5' unreadable: ignored",
    ]


def test_a_negative_count_is_no_count_limit() -> None:
    parsed = parse("event_d_rrule_count_negative.ics")
    assert [o.recurrence_id for o in by_start(parsed)] == [
        "2026-11-02",
        "2026-11-30",
        "2026-12-28",
    ]
    assert parsed.warnings == [
        "UID count-minus-one@corp.example: RRULE COUNT below 0 ignored (no count limit)"
    ]
    assert compare((FIXTURES / "event_d_rrule_count_negative.ics").read_bytes()).same


# 6. One broken component costs only itself.


def test_a_broken_vfreebusy_costs_only_itself() -> None:
    parsed = parse("cal_broken_vfreebusy.ics")
    assert [o.summary for o in by_start(parsed)] == ["Good event before", "Good event after"]
    assert parsed.warnings == [
        "left out an unreadable VFREEBUSY: Start time is greater than end time"
    ]


def test_broken_vtimezones_cost_only_themselves() -> None:
    parsed = parse("cal_broken_vtimezone.ics")
    assert summaries_and_times("cal_broken_vtimezone.ics") == [
        # The zone with an impossible offset is left out: its event's times are floating.
        (
            "In the zone with an impossible offset",
            "2026-11-12T09:00:00-05:00",
            "2026-11-12T10:00:00-05:00",
        ),
        # The zone with two TZIDs is read under the first.
        ("In the zone with two TZIDs", "2026-11-13T09:00:00+02:00", "2026-11-13T10:00:00+02:00"),
        ("Good event in UTC", "2026-11-16T14:00:00+00:00", "2026-11-16T15:00:00+00:00"),
    ]
    assert parsed.skipped == []
    assert parsed.warnings == [
        "left out an unreadable VTIMEZONE 'Broken Offset': Offset must be less than 24 hours, "
        "was +5328",
        "VTIMEZONE 'Two Names' has 2 TZIDs: the first is read",
        "UID in-broken-zone@corp.example: TZID 'Broken Offset' names no known time zone: its "
        "times are read as floating times",
    ]


def test_broken_properties_are_read_leniently_and_named() -> None:
    parsed = parse("event_dt_broken_properties.ics")
    assert [(o.summary, *(t.isoformat() for t in (o.start, o.end))) for o in by_start(parsed)] == [
        ("LOCATION twice", "2026-11-12T14:00:00+00:00", "2026-11-12T15:00:00+00:00"),
        ("SEQUENCE not a number", "2026-11-13T14:00:00+00:00", "2026-11-13T15:00:00+00:00"),
        ("SEQUENCE not a number", "2026-11-14T14:00:00+00:00", "2026-11-14T15:00:00+00:00"),
        ("DURATION:PT1W", "2026-11-16T00:00:00-05:00", "2026-11-23T00:00:00-05:00"),
        (
            "DURATION with a trailing space",
            "2026-11-17T14:00:00+00:00",
            "2026-11-17T14:45:00+00:00",
        ),
        ("RDATE date with Z", "2026-11-18T00:00:00-05:00", "2026-11-19T00:00:00-05:00"),
        ("A broken VALARM inside", "2026-11-19T14:00:00+00:00", "2026-11-19T15:00:00+00:00"),
        ("RDATE date with Z", "2026-12-10T00:00:00-05:00", "2026-12-11T00:00:00-05:00"),
    ]
    assert by_start(parsed)[0].location == "Room 1"
    assert parsed.skipped == []
    assert parsed.warnings == [
        "left out an unreadable component inside UID valarm-broken@corp.example: Invalid "
        "iCalendar duration: PT-2H",
        "UID sequence-text@corp.example: SEQUENCE 'two' is not a number: read as 0",
        "UID duration-weeks@corp.example: DURATION 'PT1W' read as P7D",
        "UID rdate-z@corp.example: RDATE '20261210Z' read as dates",
    ]


def test_an_unreadable_start_still_skips_only_its_event() -> None:
    data = (
        (FIXTURES / "cal_broken_vfreebusy.ics")
        .read_bytes()
        .replace(b"DTSTART:20261113T140000Z", b"DTSTART:2026-11-13 14:00")
    )
    parsed = parse_bytes(data)
    assert [o.summary for o in parsed.occurrences] == ["Good event before"]
    assert parsed.skipped == [
        Skipped(
            "after-freebusy@corp.example",
            "DTSTART unreadable: Wrong datetime format: 2026-11-13 14:00",
        )
    ]


# Where the reference is wrong.


def test_events_with_a_blank_uid_stay_apart() -> None:
    # The reference groups VEVENTs by UID, so two events with a blank UID become one series
    # and one of them is lost. ictime gives each its own made-up UID.
    parsed = parse("cal_blank_uids.ics")
    assert [o.summary for o in by_start(parsed)] == [
        "First event with a blank UID",
        "Second event with a blank UID",
    ]
    assert len({o.uid for o in parsed.occurrences}) == 2
    comparison = compare((FIXTURES / "cal_blank_uids.ics").read_bytes())
    assert comparison.reference is not None and len(comparison.reference) == 1
    assert comparison.explained


def test_the_window_edge_is_in_the_configured_zone_not_the_events() -> None:
    # The reference reads a window's edges in each event's own zone: asked for October on,
    # it returns a Tokyo meeting that ends on September 30 in New York. ictime's window is
    # the configured zone's days, so that meeting is outside it.
    calendar = icalendar.Calendar.from_ical(
        (FIXTURES / "event_dt_window_edge_other_zone.ics").read_bytes()
    )
    found = recurring_ical_events.of(calendar).between(datetime(2026, 10, 1), datetime(2027, 1, 1))
    assert sorted(str(event["UID"]) for event in found) == [
        "tokyo-early@corp.example",
        "tokyo-later@corp.example",
    ]
    parsed = parse("event_dt_window_edge_other_zone.ics")
    assert datetime(2026, 10, 1, tzinfo=NEW_YORK) == WINDOW_START
    assert [o.uid for o in parsed.occurrences] == ["tokyo-later@corp.example"]


def test_a_vtimezone_of_one_file_does_not_apply_to_another() -> None:
    # icalendar remembers every VTIMEZONE it has read, process-wide, and the first one of a
    # TZID wins. ictime reads each file with its own zones: "Office Time" is +05:30 in one
    # file and unknown (floating, with a warning) in the next.
    first = parse("event_dt_tzid_lenient_match.ics")
    assert by_start(first)[0].start.utcoffset() is not None
    assert str(by_start(first)[0].start.isoformat()).endswith("+05:30")
    other = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:elsewhere\r\n"
        "DTSTART;TZID=Office Time:20261112T093000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    parsed = parse_bytes(other.encode())
    assert local(parsed) == [("2026-11-12T09:30:00-05:00", "2026-11-12T09:30:00-05:00")]
    assert parsed.warnings == [
        "UID elsewhere: TZID 'Office Time' names no known time zone: its times are read as "
        "floating times"
    ]


def test_a_zone_warning_names_a_repeated_uid_as_the_event_is_named_elsewhere() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:first\r\nUID:second\r\n"
        "DTSTART;TZID=Office Time:20261112T093000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    parsed = parse_bytes(text.encode())
    assert [warning.split(":")[0] for warning in parsed.warnings] == ["UID first"]
