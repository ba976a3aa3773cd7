"""Tests for loading and validating the config file."""

from __future__ import annotations

import json
import tomllib
from dataclasses import fields
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ictime.config import (
    Config,
    ConfigError,
    DatabaseSettings,
    FocusSettings,
    HistorySettings,
    ImportSettings,
    OverloadSettings,
    Source,
    default_config_path,
    example_config_text,
    load_config,
    parse_config,
    system_timezone,
    write_example_config,
)
from ictime.config import load as config_module
from ictime.config.build import SECTIONS

PINNED = ZoneInfo("Asia/Tokyo")
REPO = Path(__file__).resolve().parents[1]


def parse(text: str) -> Config:
    return parse_config(text, origin="config.toml", default_timezone=PINNED)


def test_example_parses_to_the_defaults() -> None:
    assert parse(example_config_text()) == Config(timezone=PINNED)


def test_example_documents_every_key() -> None:
    data = tomllib.loads(example_config_text())
    expected: dict[str, set[str]] = {
        "me": {"emails"},
        "work": {"days", "start", "end"},
        "targets": {"deep_work", "relationships", "communication", "learning"},
        "drift": {"tolerance_points"},
        "days_off": {"pattern"},
        "import": {f.name for f in fields(ImportSettings)},
        "focus": {f.name for f in fields(FocusSettings)},
        "overload": {f.name for f in fields(OverloadSettings)},
        "relationships": {"lapsed_after_weeks"},
        "database": {f.name for f in fields(DatabaseSettings)},
        "history": {f.name for f in fields(HistorySettings)},
    }
    assert set(expected) == set(SECTIONS)
    assert {section: set(data[section]) for section in expected} == expected
    text = example_config_text()
    for commented in ("# timezone =", "# [[sources]]", "# [[rules]]"):
        assert commented in text


def test_top_level_example_is_the_packaged_one() -> None:
    link = REPO / "config.example.toml"
    assert link.is_symlink()
    assert link.read_text(encoding="utf-8") == example_config_text()


def test_history_keep_weeks_is_read_and_checked() -> None:
    assert parse("[history]\nkeep_weeks = 8\n").history == HistorySettings(keep_weeks=8)
    with pytest.raises(ConfigError, match=r"\[history\] keep_weeks"):
        parse("[history]\nkeep_weeks = 0\n")


@pytest.mark.parametrize("text", ["", "\n", "# only a comment\n"])
def test_empty_file_means_defaults(text: str) -> None:
    assert parse(text) == Config(timezone=PINNED)


def test_without_a_pinned_zone_the_system_zone_is_the_default() -> None:
    assert parse_config("", origin="c").timezone == system_timezone()


def test_a_full_config_is_read() -> None:
    config = parse(
        """
        timezone = "America/New_York"
        [me]
        emails = ["Grant@Corp.Example", "mailto:grant@corp.example", " g.lee@corp.example "]
        [work]
        days = ["Mon", "tuesday", "fri", "mon"]
        start = "8:30"
        end = 18:15:00
        [targets]
        deep_work = 70
        communication = 30
        [drift]
        tolerance_points = 3
        [days_off]
        pattern = "leave"
        [import]
        max_event_hours = 10
        [focus]
        count_open_focus_as_deep_work = false
        fallback_minutes = 120
        [relationships]
        lapsed_after_weeks = 6
        [[sources]]
        name = "work"
        location = "webcal://cal.example.com/a.ics"
        [[sources]]
        name = "home"
        location = "/calendars/home.ics"
        [[rules]]
        name = "reviews"
        category = "communication"
        title = ["review"]
        """
    )
    assert config.timezone == ZoneInfo("America/New_York")
    assert config.me_emails == ("grant@corp.example", "g.lee@corp.example")
    assert config.work.days == (0, 1, 4)
    assert (config.work.start, config.work.end) == (time(8, 30), time(18, 15))
    assert config.targets == {
        "deep_work": 70,
        "relationships": 0,
        "communication": 30,
        "learning": 0,
    }
    assert config.drift_tolerance_points == 3.0
    assert config.days_off_pattern == "leave"
    assert config.import_ == ImportSettings(max_event_hours=10.0)
    assert isinstance(config.import_.max_event_hours, float)
    assert config.focus == FocusSettings(count_open_focus_as_deep_work=False, fallback_minutes=120)
    assert config.lapsed_relationship_weeks == 6
    assert config.sources == (
        Source("work", "https://cal.example.com/a.ics"),
        Source("home", "/calendars/home.ics"),
    )
    assert config.rules == ({"name": "reviews", "category": "communication", "title": ["review"]},)


ERRORS = [
    # (TOML text, what the message must contain after "config.toml: ")
    ('[work]\nstart = "9am"', '[work] start: expected "HH:MM", got "9am"'),
    ('[work]\nend = "25:00"', '[work] end: expected "HH:MM", got "25:00"'),
    ('[work]\nstart = "17:00"\nend = "09:00"', "[work] end: must be after start (17:00)"),
    ('[work]\nstart = "09:00"\nend = "09:00"', "[work] end: must be after start"),
    ("[work]\ndays = []", "[work] days: no working days"),
    ('[work]\ndays = ["mo", "tue"]', '[work] days: unknown day "mo"'),
    ("[work]\ndays = [1, 2]", "[work] days: expected an array of strings"),
    ('[work]\nstrat = "09:00"', '[work] strat: unknown key (did you mean "start"?)'),
    ("[wrok]\nstart = 1", "[wrok]: unknown section (did you mean [work]?)"),
    ("timezon = 'UTC'", 'timezon: unknown key (did you mean "timezone"?)'),
    ('[me]\ntimezone = "UTC"', "[me] timezone: unknown key (timezone is a top-level key"),
    ("work = 5", "[work]: expected a table, got 5"),
    (
        "[focus]\nmin_block_minutes = true",
        "[focus] min_block_minutes: expected an integer, got true",
    ),
    (
        "[focus]\nmin_block_minutes = 90.5",
        "[focus] min_block_minutes: expected an integer, got 90.5",
    ),
    ("[focus]\nmeeting_buffer_minutes = -5", "[focus] meeting_buffer_minutes: must be between 0"),
    ("[focus]\nsuggestion_minutes = 0", "[focus] suggestion_minutes: must be between 1"),
    ("[focus]\nfallback_minutes = 150", "[focus] fallback_minutes: must not be longer than"),
    (
        '[focus]\ncount_open_focus_as_deep_work = "yes"',
        'deep_work: expected true or false, got "yes"',
    ),
    ('[focus]\npreferred_end = "08:00"', "[focus] preferred_end: must be after preferred_start"),
    (
        "[overload]\nmeeting_share_percent = 120",
        "[overload] meeting_share_percent: must be between",
    ),
    ("[overload]\nheavy_day_hours = nan", "[overload] heavy_day_hours: expected a finite number"),
    ("[overload]\nchain_min_hours = 0", "[overload] chain_min_hours: must be greater than 0"),
    ("[overload]\nchain_min_meetings = 1", "[overload] chain_min_meetings: must be between 2"),
    ('[drift]\ntolerance_points = "5"', '[drift] tolerance_points: expected a number, got "5"'),
    ("[import]\ndays_back = -1", "[import] days_back: must be between 0"),
    ("[import]\nmax_event_hours = 0", "[import] max_event_hours: must be greater than 0"),
    ("[relationships]\nlapsed_after_weeks = 0", "[relationships] lapsed_after_weeks: must be"),
    ("[targets]\ndeep_work = 150", "[targets] deep_work: must be between 0 and 100, got 150"),
    ("[targets]\ndeep_work = -10\nlearning = 110", "[targets] deep_work: must be between 0"),
    ("[targets]\ndeep_work = 50\nlearning = 40", "[targets]: must sum to 100, got 90"),
    ("[targets]", "[targets]: must sum to 100, got 0"),
    ("[targets]\ndeep_work = 50.0\nlearning = 50", "[targets] deep_work: expected an integer"),
    ("[targets]\ncoding = 100", "[targets] coding: unknown category"),
    (
        "[targets]\ndeepwork = 100",
        '[targets] deepwork: unknown category (did you mean "deep_work"?)',
    ),
    ('[days_off]\npattern = "(unclosed"', "[days_off] pattern: not a valid regular expression"),
    ('[days_off]\npattern = "a{4294967296}"', "[days_off] pattern: not a valid regular expression"),
    ('[days_off]\npattern = ""', "[days_off] pattern: must not be empty"),
    ('timezone = "Mars/Olympus"', 'timezone: unknown time zone "Mars/Olympus"'),
    ('timezone = "America"', 'timezone: unknown time zone "America"'),
    ('timezone = "../etc/passwd"', "timezone: unknown time zone"),
    ("timezone = 5", "timezone: expected a string, got 5"),
    ("[work]\nstart = ", "invalid TOML at line 2, column 9: Invalid value"),
    ('[work]\nstart = "09:00', "invalid TOML at line 2, column 15: Unterminated string"),
    ("a = 1\n[work]\n[work]", "invalid TOML at line 3, column 6"),
    ('[me]\nemails = ["grant"]', '[me] emails: "grant" does not look like an e-mail address'),
    (
        '[me]\nemails = "grant@corp.example"',
        '[me] emails: expected an array of strings, got "grant',
    ),
    (
        '[[sources]]\nname = "w"\nlocation = "a.ics"\n[[sources]]\nname = "W"\nlocation = "b"',
        '[[sources]] #2 name: "W" is already the name of source #1',
    ),
    ('[[sources]]\nname = "w"', "[[sources]] #1 location: missing"),
    ('[[sources]]\nname = " "\nlocation = "a.ics"', "[[sources]] #1 name: must not be empty"),
    (
        '[[sources]]\nname = "w"\nlocation = "ftp://x/a.ics"',
        '#1 location: unsupported URL scheme "ftp"',
    ),
    ('[[sources]]\nname = "w"\nlocation = "a"\nurl = "b"', "[[sources]] #1 url: unknown key"),
    ('[sources]\nname = "w"', "[[sources]]: expected an array of tables, got a table"),
    ("sources = [1]", "[[sources]] #1: expected a table, got 1"),
    ('[[rules]]\nname = "r"', "[[rules]] #1 category: missing"),
    ('[[rules]]\nname = 3\ncategory = "learning"', "[[rules]] #1 name: expected a string, got 3"),
    ('rules = ["r"]', '[[rules]] #1: expected a table, got "r"'),
]


@pytest.mark.parametrize(("text", "expected"), ERRORS, ids=[e[1][:40] for e in ERRORS])
def test_invalid_configs_name_the_file_and_key(text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as raised:
        parse(text)
    message = str(raised.value)
    assert message.startswith("config.toml: ")
    assert expected in message


def test_load_missing_default_file_gives_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nowhere" / "config.toml"
    monkeypatch.setattr(config_module, "default_config_path", lambda: missing)
    assert load_config(None, default_timezone=PINNED) == Config(timezone=PINNED)
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(None, must_exist=True)


def test_load_missing_explicit_file_fails(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"absent\.toml: no such config file"):
        load_config(tmp_path / "absent.toml")


def test_load_unreadable_files_fail(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path)
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(binary)


def test_load_resolves_relative_source_paths_against_the_config_dir(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[[sources]]\nname = "a"\nlocation = "cal/a.ics"\n'
        '[[sources]]\nname = "b"\nlocation = "~/b.ics"\n',
        encoding="utf-8",
    )
    config = load_config(path, default_timezone=PINNED)
    assert config.sources[0].location == str(tmp_path / "cal" / "a.ics")
    assert config.sources[1].location == str(Path("~/b.ics").expanduser())


def test_load_errors_name_the_path(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[work]\nstart = "9am"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value) == f'{path}: [work] start: expected "HH:MM", got "9am"'


def test_default_config_path_is_named_config_toml() -> None:
    path = default_config_path()
    assert path.name == "config.toml"
    assert "ictime" in path.parts[-2].lower()


def test_write_example_config_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.toml"
    assert write_example_config(path) == path
    assert path.read_text(encoding="utf-8") == example_config_text()
    path.write_text("# mine\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="already exists"):
        write_example_config(path)
    assert path.read_text(encoding="utf-8") == "# mine\n"
    write_example_config(path, force=True)
    assert load_config(path, default_timezone=PINNED) == Config(timezone=PINNED)


@pytest.mark.parametrize(
    ("tz", "expected"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        (":Asia/Tokyo", "Asia/Tokyo"),
        ("/usr/share/zoneinfo/America/New_York", "America/New_York"),
    ],
)
def test_system_timezone_reads_tz(monkeypatch: pytest.MonkeyPatch, tz: str, expected: str) -> None:
    monkeypatch.setenv("TZ", tz)
    assert system_timezone().key == expected


@pytest.mark.parametrize("tz", ["", "Not/AZone", "CET-1CEST", "America", "/etc/passwd", "../etc"])
def test_system_timezone_survives_junk(monkeypatch: pytest.MonkeyPatch, tz: str) -> None:
    monkeypatch.setenv("TZ", tz)
    assert isinstance(system_timezone(), ZoneInfo)


# --- property tests -----------------------------------------------------------------

_KEYS: dict[str, tuple[str, ...]] = {
    "me": ("emails",),
    "work": ("days", "start", "end"),
    "targets": ("deep_work", "relationships", "communication", "learning", "other"),
    "drift": ("tolerance_points",),
    "days_off": ("pattern",),
    "import": tuple(f.name for f in fields(ImportSettings)),
    "focus": tuple(f.name for f in fields(FocusSettings)),
    "overload": tuple(f.name for f in fields(OverloadSettings)),
    "relationships": ("lapsed_after_weeks",),
    "sources": ("name", "location"),
    "rules": ("name", "category"),
    "wrok": ("x",),
}
_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
_SCALARS = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.booleans(),
    _TEXT,
    st.sampled_from(["09:00", "17:30", "mon", "fri", "UTC", "Europe/Berlin", "a@b.example"]),
    st.sampled_from(["(", "a{99999999999}", r"\b", "webcal://x", "~/a.ics", "ftp://x"]),
)
_VALUES = st.one_of(_SCALARS, st.lists(_SCALARS, max_size=4))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if value == value else "nan"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, str):
        return json.dumps(value)
    return str(value)


@st.composite
def toml_configs(draw: st.DrawFn) -> str:
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(f"timezone = {_toml_value(draw(_VALUES))}")
    for section in draw(st.lists(st.sampled_from(sorted(_KEYS)), max_size=5, unique=True)):
        header = f"[[{section}]]" if section in ("sources", "rules") else f"[{section}]"
        lines.append(header)
        for key in draw(st.lists(st.sampled_from(_KEYS[section]), max_size=4, unique=True)):
            lines.append(f"{key} = {_toml_value(draw(_VALUES))}")
    return "\n".join(lines)


_TOMLISH = st.lists(
    st.one_of(
        st.sampled_from(["[work]", "[[sources]]", "[targets]", "=", '"', "'''", "[", "]", "\n"]),
        st.sampled_from(["start = ", "days = [", "timezone = ", "deep_work = 100", "{", "}"]),
        _TEXT,
    ),
    max_size=12,
).map("".join)


def _only_config_errors(text: str) -> None:
    try:
        result = parse(text)
    except ConfigError as error:
        assert str(error).startswith("config.toml: ")
    else:
        assert isinstance(result, Config)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(toml_configs())
def test_structured_configs_only_raise_config_error(text: str) -> None:
    _only_config_errors(text)


@settings(max_examples=200, deadline=None)
@given(_TOMLISH)
def test_tomlish_text_only_raises_config_error(text: str) -> None:
    _only_config_errors(text)
