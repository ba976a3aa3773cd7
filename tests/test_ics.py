"""The ICS reader: each named fixture's exact occurrences, broken input, and mangled input.

Recurring series have their own file, `test_ics_recurrence.py`.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ictime.classify import infer_me
from ictime.ics import IcsError, ParsedCalendar, Skipped
from ictime.model import Attendee, Occurrence
from support import BERLIN, FIXTURES, NEW_YORK, NEW_YORK_NAME
from support.ics import by_start, local, local_pair, parse, parse_bytes


def test_simple_event_reads_every_field() -> None:
    parsed = parse("event_dt_simple.ics")
    assert parsed.occurrences == [
        Occurrence(
            uid="simple-1@corp.example",
            recurrence_id=None,
            summary="Architecture review: payments API",
            start=datetime(2026, 11, 17, 10, tzinfo=NEW_YORK),
            end=datetime(2026, 11, 17, 11, tzinfo=NEW_YORK),
            description="Walk through the v2 design doc.\nBring questions.",
            location="Room 4B",
            categories=("Review", "Design", "Payments"),
            status="CONFIRMED",
            organizer="dana.lee@corp.example",
            attendees=(
                Attendee("grant@corp.example", "ACCEPTED", "Grant"),
                Attendee("dana.lee@corp.example", "ACCEPTED", "Dana Lee"),
                Attendee("sam@corp.example", "NEEDS-ACTION", "Sam, Ops"),
            ),
        )
    ]
    assert parsed.skipped == [] and parsed.warnings == []
    assert str(parsed.occurrences[0].start.tzinfo) == NEW_YORK_NAME
    assert parsed.span == (
        datetime(2026, 11, 17, tzinfo=NEW_YORK),
        datetime(2026, 11, 18, tzinfo=NEW_YORK),
    )


def test_duration_instead_of_dtend() -> None:
    assert local(parse("event_dt_duration.ics")) == [
        ("2026-11-04T13:30:00-05:00", "2026-11-04T15:00:00-05:00")
    ]


def test_timed_event_without_end_is_an_instant() -> None:
    assert local(parse("event_dt_no_dtend.ics")) == [
        ("2026-11-05T17:00:00-05:00", "2026-11-05T17:00:00-05:00")
    ]


def test_floating_time_is_read_in_the_default_zone() -> None:
    assert local(parse("event_dt_floating.ics")) == [
        ("2026-12-10T09:00:00-05:00", "2026-12-10T10:30:00-05:00")
    ]
    in_berlin = parse("event_dt_floating.ics", default_tz=BERLIN)
    assert local(in_berlin, BERLIN) == [("2026-12-10T09:00:00+01:00", "2026-12-10T10:30:00+01:00")]


def test_windows_zone_names_map_to_iana_zones() -> None:
    found = {
        o.summary: (o.start.isoformat(), o.end.isoformat(), str(o.start.tzinfo))
        for o in parse("event_dt_windows_tzid.ics").occurrences
    }
    assert found == {
        "Sync with Berlin team": (
            "2026-11-03T15:00:00+01:00",
            "2026-11-03T16:00:00+01:00",
            "Europe/Berlin",
        ),
        "Standup": ("2026-11-03T11:00:00-05:00", "2026-11-03T11:30:00-05:00", NEW_YORK_NAME),
        "Roadmap review with SF": (
            "2026-11-03T09:00:00-08:00",
            "2026-11-03T10:00:00-08:00",
            "America/Los_Angeles",
        ),
    }


def test_custom_vtimezone_is_honoured_across_its_dst_change() -> None:
    parsed = parse("event_dt_custom_vtimezone.ics")
    assert [(o.start.isoformat(), o.end.isoformat()) for o in by_start(parsed)] == [
        ("2026-10-27T09:00:00-05:00", "2026-10-27T09:30:00-05:00"),
        ("2026-11-03T09:00:00-06:00", "2026-11-03T09:30:00-06:00"),
        ("2026-11-10T09:00:00-06:00", "2026-11-10T09:30:00-06:00"),
    ]
    assert [o.recurrence_id for o in by_start(parsed)] == [
        "2026-10-27T14:00:00Z",
        "2026-11-03T15:00:00Z",
        "2026-11-10T15:00:00Z",
    ]


def test_google_x_wr_timezone_moves_utc_and_floating_times_into_that_zone() -> None:
    parsed = parse("event_dt_x_wr_timezone.ics")
    assert [(o.summary, o.start.isoformat(), o.end.isoformat()) for o in by_start(parsed)] == [
        ("Weekly planning", "2026-10-20T10:00:00+02:00", "2026-10-20T10:30:00+02:00"),
        # Still 10:00 in Berlin after the clocks change on 25 October.
        ("Weekly planning", "2026-10-27T10:00:00+01:00", "2026-10-27T10:30:00+01:00"),
        ("Brown bag: CRDTs", "2026-11-12T14:00:00+01:00", "2026-11-12T15:00:00+01:00"),
    ]
    assert parsed.calendar_name == "Team calendar"


def test_all_day_events_span_midnights_in_the_default_zone() -> None:
    parsed = parse("event_d_allday.ics")
    assert [(o.summary, o.all_day, o.transparent) for o in by_start(parsed)] == [
        ("Hack day", True, False),
        ("Thanksgiving (holiday)", True, True),
    ]
    # No DTEND on a DATE means one day (RFC 5545).
    assert local(parsed) == [
        ("2026-10-30T00:00:00-04:00", "2026-10-31T00:00:00-04:00"),
        ("2026-11-26T00:00:00-05:00", "2026-11-27T00:00:00-05:00"),
    ]
    in_berlin = parse("event_d_allday.ics", default_tz=BERLIN)
    assert local(in_berlin, BERLIN)[0] == ("2026-10-30T00:00:00+01:00", "2026-10-31T00:00:00+01:00")


def test_multiday_all_day_event_is_one_occurrence() -> None:
    parsed = parse("event_d_allday_multiday.ics")
    assert local(parsed) == [("2026-12-21T00:00:00-05:00", "2026-12-24T00:00:00-05:00")]
    assert parsed.occurrences[0].all_day


def test_cancelled_event_keeps_upper_case_status() -> None:
    parsed = parse("event_dt_cancelled.ics")
    assert [(o.status, o.recurring) for o in parsed.occurrences] == [("CANCELLED", False)]
    assert local(parsed) == [("2026-10-15T15:00:00-04:00", "2026-10-15T15:30:00-04:00")]


def test_declined_attendee_partstat() -> None:
    (occurrence,) = parse("event_dt_declined.ics").occurrences
    assert occurrence.attendees == (
        Attendee("grant@corp.example", "DECLINED", "Grant"),
        Attendee("comms@corp.example", "ACCEPTED", "Comms"),
    )
    assert occurrence.organizer == "comms@corp.example"


def test_transparent_event() -> None:
    parsed = parse("event_dt_transparent.ics")
    assert [o.transparent for o in parsed.occurrences] == [True]
    assert local(parsed) == [("2026-10-22T08:00:00-04:00", "2026-10-22T08:30:00-04:00")]


def test_tentative_event_and_unanswered_attendee() -> None:
    (occurrence,) = parse("event_dt_tentative.ics").occurrences
    assert occurrence.status == "TENTATIVE"
    assert occurrence.attendees == (
        Attendee("grant@corp.example", "TENTATIVE"),
        Attendee("hiring@corp.example", "NEEDS-ACTION"),
    )


def test_broken_events_are_skipped_with_reasons_or_read_leniently_with_warnings() -> None:
    parsed = parse("cal_one_broken_event.ics")
    assert [(o.summary, *local_pair(o)) for o in by_start(parsed)] == [
        ("Good one", "2026-11-09T10:00:00-05:00", "2026-11-09T11:00:00-05:00"),
        ("Ends before it starts", "2026-11-09T14:00:00-05:00", "2026-11-09T15:00:00-05:00"),
        ("Loops forever", "2026-11-10T10:00:00-05:00", "2026-11-10T11:00:00-05:00"),
        ("Sixtieth Monday", "2026-11-10T10:00:00-05:00", "2026-11-10T11:00:00-05:00"),
        ("Nowhere", "2026-11-10T10:00:00-05:00", "2026-11-10T11:00:00-05:00"),
        ("Good two", "2026-11-12T16:00:00-05:00", "2026-11-12T16:30:00-05:00"),
    ]
    # Only events whose start cannot be known are skipped.
    assert parsed.skipped == [
        Skipped("no-start@corp.example", "DTSTART missing"),
        Skipped(
            "bad-date@corp.example", "DTSTART unreadable: Wrong datetime format: 2026-11-09 10:00"
        ),
        Skipped("", "VEVENT #8 (no UID): DTSTART missing"),
    ]
    assert parsed.warnings == [
        "UID bad-zone@corp.example: TZID 'Foo/Bar' names no known time zone: its times are "
        "read as floating times",
        "UID backwards@corp.example: DTEND before DTSTART: read swapped",
        "UID bad-rrule@corp.example: RRULE INTERVAL=0 is out of range: the RRULE is ignored",
        "UID choking-rrule@corp.example: RRULE BYDAY=60MO can never occur: the RRULE is ignored",
    ]


def test_google_calendar_named_after_its_owner() -> None:
    parsed = parse("cal_google_calname_email.ics")
    assert parsed.calendar_name == "grant@corp.example"
    assert local(parsed) == [
        ("2026-11-09T10:00:00-05:00", "2026-11-09T10:30:00-05:00"),
        ("2026-11-10T14:00:00-05:00", "2026-11-10T15:00:00-05:00"),
    ]
    assert infer_me(parsed.calendar_name, parsed.occurrences) == (
        ("grant@corp.example",),
        "inferred from X-WR-CALNAME",
    )


def test_infer_me_falls_back_to_the_most_frequent_attendee() -> None:
    parsed = parse("cal_google_calname_email.ics")
    assert infer_me("Work", parsed.occurrences) == (
        ("dana.lee@corp.example",),
        "most frequent attendee (2 of 2 events)",
    )
    assert infer_me(None, parse("event_dt_floating.ics").occurrences) == (
        (),
        "no attendees to infer from",
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("not_ics.html", "not an iCalendar file: it looks like an HTML page"),
        ("truncated.ics", "truncated: no END:VCALENDAR"),
        ("empty.ics", "empty file"),
        ("junk.bin", "binary data, not an iCalendar file"),
    ],
)
def test_files_that_are_not_calendars_raise_ics_error(name: str, message: str) -> None:
    with pytest.raises(IcsError) as raised:
        parse(name)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"events": []}', "not an iCalendar file: it looks like JSON"),
        (b'<?xml version="1.0"?><feed/>', "not an iCalendar file: it looks like XML"),
        (b"   \r\n\t\n", "empty file"),
        (b"Subject: hello\r\n\r\nsee you", "not an iCalendar file: no BEGIN:VCALENDAR line"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nBEGIN:VEVENT\r\nUID:b\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n",
            "malformed: 2 BEGIN:VEVENT but 1 END:VEVENT lines",
        ),
    ],
)
def test_malformed_bytes_raise_ics_error(data: bytes, message: str) -> None:
    with pytest.raises(IcsError) as raised:
        parse_bytes(data)
    assert str(raised.value) == message


def test_calendar_without_events_is_empty_not_an_error() -> None:
    parsed = parse("cal_no_events.ics")
    assert parsed == ParsedCalendar([], [], [], "Empty team calendar", None)


def test_duplicate_uid_keeps_the_highest_sequence() -> None:
    parsed = parse("cal_duplicate_uid.ics")
    assert [(o.summary, *local_pair(o)) for o in parsed.occurrences] == [
        ("Offsite planning", "2026-11-11T14:00:00-05:00", "2026-11-11T15:00:00-05:00")
    ]
    assert parsed.warnings == ["UID dup@corp.example: 2 VEVENTs; the highest SEQUENCE was kept"]


def test_events_without_uid_get_a_stable_one() -> None:
    first, again = parse("cal_no_uid.ics"), parse("cal_no_uid.ics")
    uids = [o.uid for o in by_start(first)]
    assert uids == [o.uid for o in by_start(again)]
    assert len(set(uids)) == 2 and all(uid.startswith("ictime-no-uid-") for uid in uids)


def test_control_characters_are_stripped_from_text() -> None:
    (occurrence,) = parse("cal_control_chars.ics").occurrences
    assert occurrence.uid == "ctrl-1@corp.example"
    assert occurrence.summary == "[31mRed[0m [@click=app.quit] review"
    assert occurrence.description == "line one\nline\ttwo"
    assert occurrence.location == "Room 7"
    assert occurrence.organizer == "eve@corp.example"


def test_window_clips_occurrences_and_span() -> None:
    parsed = parse(
        "event_dt_rrule_dst_crossing.ics",
        window_start=datetime(2026, 10, 25, 12, tzinfo=NEW_YORK),
        window_end=datetime(2026, 11, 5, tzinfo=NEW_YORK),
    )
    assert local(parsed) == [
        ("2026-10-27T09:00:00-04:00", "2026-10-27T09:30:00-04:00"),
        ("2026-11-03T09:00:00-05:00", "2026-11-03T09:30:00-05:00"),
    ]
    assert parsed.span == (
        datetime(2026, 10, 27, tzinfo=NEW_YORK),
        datetime(2026, 11, 4, tzinfo=NEW_YORK),
    )


def test_occurrence_overlapping_the_window_start_is_kept() -> None:
    parsed = parse(
        "event_d_allday_multiday.ics",
        window_start=datetime(2026, 12, 22, 12, tzinfo=NEW_YORK),
        window_end=datetime(2026, 12, 23, tzinfo=NEW_YORK),
    )
    assert local(parsed) == [("2026-12-21T00:00:00-05:00", "2026-12-24T00:00:00-05:00")]
    assert parsed.span == (
        datetime(2026, 12, 22, 12, tzinfo=NEW_YORK),
        datetime(2026, 12, 23, tzinfo=NEW_YORK),
    )


def _calendar(events: int) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ictime tests//EN"]
    for n in range(events):
        day = 1 + n % 28
        lines += [
            "BEGIN:VEVENT",
            f"UID:bulk-{n}@corp.example",
            f"DTSTART:202611{day:02d}T150000Z",
            f"DTEND:202611{day:02d}T153000Z",
            f"SUMMARY:Bulk {n}",
            "END:VEVENT",
        ]
    return ("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n").encode()


def test_progress_is_reported_every_two_hundred_events() -> None:
    calls: list[tuple[int, int]] = []
    parsed = parse_bytes(_calendar(450), progress=lambda done, total: calls.append((done, total)))
    assert len(parsed.occurrences) == 450
    assert calls == [(0, 450), (200, 450), (400, 450), (450, 450)]


def test_lenient_about_what_surrounds_the_calendar() -> None:
    body = (FIXTURES / "event_dt_simple.ics").read_bytes()
    wrapped = b"\xef\xbb\xbf" + body + b"<!-- served by a proxy -->\r\n"
    assert local(parse_bytes(wrapped)) == local(parse("event_dt_simple.ics"))


def test_unreadable_line_between_events_is_dropped_with_a_warning() -> None:
    data = _calendar(2).replace(b"END:VEVENT\r\nBEGIN:VEVENT", b"END:VEVENT\r\n???\r\nBEGIN:VEVENT")
    parsed = parse_bytes(data)
    assert len(parsed.occurrences) == 2
    assert parsed.warnings == ["ignored 1 unreadable line(s)"]


def test_unknown_x_wr_timezone_is_a_warning() -> None:
    data = _calendar(1).replace(b"VERSION:2.0", b"VERSION:2.0\r\nX-WR-TIMEZONE:Mars/Olympus")
    parsed = parse_bytes(data)
    assert local(parsed) == [("2026-11-01T10:00:00-05:00", "2026-11-01T10:30:00-05:00")]
    assert parsed.warnings == ["unknown X-WR-TIMEZONE 'Mars/Olympus': times read as written"]


def test_several_vcalendars_in_one_file() -> None:
    body = (FIXTURES / "event_dt_simple.ics").read_bytes()
    other = (FIXTURES / "event_dt_duration.ics").read_bytes()
    assert len(parse_bytes(body + other).occurrences) == 2


def test_windows_1252_text_is_decoded() -> None:
    data = _calendar(1).replace(b"SUMMARY:Bulk 0", "SUMMARY:Caf\u00e9 \u2013 1:1".encode("cp1252"))
    assert [o.summary for o in parse_bytes(data).occurrences] == ["Caf\u00e9 \u2013 1:1"]


def test_naive_window_is_a_caller_error() -> None:
    with pytest.raises(ValueError):
        parse("event_dt_simple.ics", window_start=datetime(2026, 10, 1))


_SOURCES = [
    path.read_bytes()
    for path in sorted(FIXTURES.glob("*.ics"))
    if "explodes" not in path.name and "old_start" not in path.name
]


@st.composite
def mangled_calendars(draw: st.DrawFn) -> bytes:
    """A fixture with a few truncations, byte flips, line deletions or duplications."""
    data = draw(st.sampled_from(_SOURCES))
    for _ in range(draw(st.integers(1, 3))):
        lines = data.split(b"\n")
        kind = draw(st.sampled_from(["truncate", "flip", "delete", "duplicate"]))
        if kind == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        elif kind == "flip" and data:
            at = draw(st.integers(0, len(data) - 1))
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
        elif kind == "delete" and lines:
            del lines[draw(st.integers(0, len(lines) - 1))]
            data = b"\n".join(lines)
        elif kind == "duplicate" and lines:
            at = draw(st.integers(0, len(lines) - 1))
            lines.insert(at, lines[at])
            data = b"\n".join(lines)
    return data


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled_calendars())
def test_mangled_input_returns_or_raises_ics_error(data: bytes) -> None:
    try:
        parsed = parse_bytes(data)
    except IcsError as error:
        assert str(error)
        return
    for occurrence in parsed.occurrences:
        assert occurrence.start.tzinfo is not None and occurrence.end.tzinfo is not None
        assert occurrence.end >= occurrence.start
    assert all(skip.reason for skip in parsed.skipped)
