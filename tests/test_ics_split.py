"""Splitting a calendar file into UID groups: what is split, what is left whole, fingerprints."""

from __future__ import annotations

from datetime import date

import pytest

from ictime.ics import group_extent, repeats_forever, split_calendar
from support import FIXTURES
from support.ics import calendar, parse_bytes, vevent

MASTER = vevent("series", "20261123T090000", "20261123T093000", "Standup", extra="RRULE:FREQ=DAILY")
MOVED = vevent(
    "series",
    "20261125T110000",
    "20261125T113000",
    "Standup (moved)",
    extra="RECURRENCE-ID;TZID=America/New_York:20261125T090000",
)
ONE_OFF = vevent("one", "20261124T130000", "20261124T140000", "Review")


def test_groups_are_uids_in_the_order_of_their_first_vevent() -> None:
    split = split_calendar(calendar(MASTER, ONE_OFF, MOVED).encode())
    assert split is not None
    assert [(group.key, len(group.events)) for group in split.groups] == [("series", 2), ("one", 1)]


def test_a_group_put_back_reads_as_in_the_whole_file() -> None:
    data = calendar(MASTER, ONE_OFF, MOVED, name="Work").encode()
    split = split_calendar(data)
    assert split is not None
    whole = parse_bytes(data)
    part = parse_bytes(split.frame.calendar([split.groups[0]]))
    assert part.calendar_name == "Work"
    assert sorted(o.start for o in part.occurrences) == sorted(
        o.start for o in whole.occurrences if o.uid == "series"
    )


def test_fingerprints_ignore_dtstamp_even_folded() -> None:
    first = split_calendar(calendar(MASTER, ONE_OFF).encode())
    restamped = calendar(MASTER, ONE_OFF).replace(
        "DTSTAMP:20261101T000000Z", "DTSTAMP:2026112\r\n 5T080000Z"
    )
    second = split_calendar(restamped.encode())
    edited = split_calendar(calendar(MASTER, ONE_OFF.replace("Review", "Retro")).encode())
    assert first is not None and second is not None and edited is not None
    fingerprints = [[g.fingerprint for g in split.groups] for split in (first, second, edited)]
    assert fingerprints[0] == fingerprints[1]
    assert fingerprints[0][0] == fingerprints[2][0] and fingerprints[0][1] != fingerprints[2][1]


def test_an_alarm_uid_is_not_the_events() -> None:
    alarm = "BEGIN:VALARM\nUID:alarm-1\nACTION:DISPLAY\nTRIGGER:-PT10M\nEND:VALARM"
    split = split_calendar(
        calendar(vevent("a", "20261124T090000", "20261124T100000", extra=alarm)).encode()
    )
    assert split is not None and [group.key for group in split.groups] == ["a"]


def test_vtimezones_are_kept_by_tzid_and_named_by_the_events_using_them() -> None:
    data = (FIXTURES / "event_dt_custom_vtimezone.ics").read_bytes()
    split = split_calendar(data)
    assert split is not None and split.zones
    tzid = next(iter(split.zones))
    assert any(tzid in group.zone_references() for group in split.groups)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(calendar(ONE_OFF) + calendar(MASTER), id="two VCALENDARs"),
        pytest.param(
            calendar(ONE_OFF).replace(
                "END:VCALENDAR", "BEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\nEND:VCALENDAR"
            ),
            id="a VTODO",
        ),
        pytest.param(calendar(ONE_OFF.replace("UID:one\n", "")), id="no UID"),
        pytest.param(
            calendar(ONE_OFF.replace("SUMMARY:Review", "SUMMARY:Re\nview")), id="bad line"
        ),
        pytest.param(calendar(ONE_OFF).replace("BEGIN:VEVENT", "begin:vevent"), id="lower case"),
        pytest.param(calendar(ONE_OFF).replace("END:VCALENDAR", ""), id="truncated"),
        pytest.param(calendar(ONE_OFF.replace("UID:one", "UID:a\\,b")), id="escaped UID"),
    ],
)
def test_unusual_files_are_read_whole(text: str) -> None:
    assert split_calendar(text.encode()) is None


def test_other_encodings_are_read_whole() -> None:
    text = calendar(ONE_OFF.replace("Review", "Réunion"))
    assert split_calendar(text.encode("utf-8")) is not None
    assert split_calendar(text.encode("cp1252")) is None
    assert split_calendar(text.encode("utf-16")) is None


def test_extent_reaches_from_the_first_to_the_last_possible_day() -> None:
    split = split_calendar(calendar(MASTER, ONE_OFF, MOVED).encode())
    assert split is not None
    series, one = split.groups
    assert repeats_forever(series.events) is True and repeats_forever(one.events) is False
    assert group_extent(series.events) == (date(2026, 11, 20), None)
    first, last = group_extent(one.events) or (None, None)
    assert first is not None and last is not None
    assert first <= date(2026, 11, 24) < date(2026, 11, 25) <= last


def test_extent_gives_up_on_what_it_does_not_model() -> None:
    future = vevent(
        "f",
        "20261125T090000",
        "20261125T100000",
        extra="RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=America/New_York:20261124T090000",
    )
    split = split_calendar(calendar(future).encode())
    assert split is not None and group_extent(split.groups[0].events) is None
