"""The command-line contract, run as a person runs it: a real process, real files."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from support import ME
from support.cli import db_state, run_ictime
from support.ics import WriteIcs, calendar, vevent

TODAY = "2026-11-25"


def ictime(*args: str, db: Path, config: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line with today pinned to 2026-11-25."""
    return run_ictime(*args, db=db, config=config, today=TODAY)


def test_import_then_blocks_json(write_ics: WriteIcs, db_path: Path, config_file: Path) -> None:
    path = write_ics(
        vevent(
            "a",
            "20261124T090000",
            "20261124T100000",
            "[WIP] Plan",
            attendees=("boss@corp.example", ME),
        ),
    )
    result = ictime("import", str(path), db=db_path, config=config_file)
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stdout
    listed = ictime("blocks", "--week", "this", "--format", "json", db=db_path, config=config_file)
    assert listed.returncode == 0, listed.stderr
    (block,) = json.loads(listed.stdout)
    assert {k: block[k] for k in ("summary", "start", "end", "attendees", "counted")} == {
        "summary": "[WIP] Plan",
        "start": "2026-11-24T09:00:00-05:00",
        "end": "2026-11-24T10:00:00-05:00",
        "attendees": 1,
        "counted": True,
    }
    contract = {
        "id",
        "uid",
        "recurrence_id",
        "calendar",
        "summary",
        "start",
        "end",
        "all_day",
        "status",
        "my_partstat",
        "attendees",
        "counted",
        "category",
        "tag_source",
        "rule",
    }
    assert contract <= block.keys()
    table = ictime("blocks", "--week", "this", db=db_path, config=config_file)
    assert "[WIP] Plan" in table.stdout
    csv_out = ictime("blocks", "--week", "this", "--format", "csv", db=db_path, config=config_file)
    assert csv_out.stdout.splitlines()[0].startswith("id,uid,recurrence_id,calendar,summary")


def test_failed_source_exits_1_and_names_it(
    db_path: Path, config_file: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.ics"
    result = ictime("import", str(missing), db=db_path, config=config_file)
    assert result.returncode == 1
    assert "nope.ics" in result.stderr and "no such file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("blocks", "--week", "2026-W99"),
        ("blocks", "--from", "yesterday"),
        ("blocks", "--week", "this", "--from", "2026-11-01"),
        ("blocks", "--format", "xml"),
        ("blocks", "--today", "11/25/2026"),
        ("tag", "abc", "meetings"),
    ],
)
def test_usage_errors_exit_2_without_traceback(
    args: tuple[str, ...], db_path: Path, config_file: Path
) -> None:
    result = ictime(*args, db=db_path, config=config_file)
    assert result.returncode in (1, 2), result
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_bad_config_exits_2_naming_the_key(db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "config.toml"
    bad.write_text('[work]\nstart = "9am"\n')
    result = ictime("blocks", db=db_path, config=bad)
    assert result.returncode == 2
    assert "start" in result.stderr and "Traceback" not in result.stderr


def test_init_and_config_check(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.toml"
    assert ictime("init", db=db_path, config=path).returncode == 0
    assert path.exists()
    assert ictime("init", db=db_path, config=path).returncode == 2
    checked = ictime("config", "check", db=db_path, config=path)
    assert checked.returncode == 0 and "OK" in checked.stdout


def test_tag_and_explain(write_ics: WriteIcs, db_path: Path, config_file: Path) -> None:
    path = write_ics(vevent("h", "20261124T090000", "20261124T100000", "Hold"))
    ictime("import", str(path), db=db_path, config=config_file)
    (block,) = json.loads(
        ictime("blocks", "--format", "json", db=db_path, config=config_file).stdout
    )
    tagged = ictime("tag", block["id"][:5], "learning", db=db_path, config=config_file)
    assert tagged.returncode == 0, tagged.stderr
    explained = ictime("explain", block["id"], db=db_path, config=config_file)
    assert "learning" in explained.stdout and "by hand" in explained.stdout
    (after,) = json.loads(
        ictime("blocks", "--format", "json", db=db_path, config=config_file).stdout
    )
    assert (after["category"], after["tag_source"]) == ("learning", "manual")


def test_the_blocks_table_keeps_a_guess_marked_on_80_columns(
    write_ics: WriteIcs, db_path: Path, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    people = tuple(f"p{n}@corp.example" for n in range(6))
    title = "Platform team sync with the folks from the other office in Lisbon and Porto"
    path = write_ics(vevent("s", "20261124T090000", "20261124T093000", title, attendees=people))
    ictime("import", str(path), db=db_path, config=config_file)
    (block,) = json.loads(
        ictime("blocks", "--format", "json", db=db_path, config=config_file).stdout
    )
    assert (block["category"], block["confident"]) == ("communication", False)  # a meeting word
    # The title does not fit: the table narrows its columns, but the longest category and
    # its guess mark still show whole.
    table = ictime("blocks", db=db_path, config=config_file).stdout
    assert "communication?" in table


def test_killed_import_leaves_the_database_as_it_was(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    """SIGKILL at the last moment before COMMIT: SQLite's journal must undo everything."""
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000", "First"))
    ictime("import", str(path), db=db_path, config=config_file)
    before = db_state(db_path)
    write_ics(vevent("b", "20261125T090000", "20261125T100000", "Second"))
    script = textwrap.dedent(
        f"""
        import os, signal
        from datetime import date
        from pathlib import Path
        from ictime.config import load_config
        from ictime.service import import_sources
        from ictime.store import Store

        def killed(self, *args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)

        Store.mark_source_imported = killed
        store = Store.open(Path({str(db_path)!r}))
        config = load_config(Path({str(config_file)!r}))
        import_sources(store, config, [{str(path)!r}], today=date(2026, 11, 25))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert result.returncode == -signal.SIGKILL
    assert db_state(db_path) == before


def test_core_never_imports_textual() -> None:
    script = (
        "import sys, ictime.service, ictime.ics, ictime.classify, ictime.store, ictime.config, "
        "ictime.cli; assert 'textual' not in sys.modules, 'textual imported'"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_unchanged_reimport_does_not_load_icalendar(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000", "First"))
    assert ictime("import", str(path), db=db_path, config=config_file).returncode == 0
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import date
        from pathlib import Path
        from ictime.config import load_config
        from ictime.service import import_sources
        from ictime.store import Store

        store = Store.open(Path({str(db_path)!r}))
        config = load_config(Path({str(config_file)!r}))
        (report,) = import_sources(store, config, [{str(path)!r}], today=date(2026, 11, 25))
        assert report.outcome == "unchanged", report
        assert "icalendar" not in sys.modules, "icalendar loaded for an unchanged file"
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_import_configured_sources_by_name_or_all(
    write_ics: WriteIcs, db_path: Path, tmp_path: Path, http_root: tuple[Path, str]
) -> None:
    work = write_ics(vevent("w", "20261124T090000", "20261124T100000", "Work thing"))
    root, base = http_root
    (root / "team.ics").write_text(
        calendar(vevent("t", "20261125T090000", "20261125T100000", "Team thing"))
    )
    config = tmp_path / "sources.toml"
    config.write_text(
        'timezone = "America/New_York"\n'
        f'[[sources]]\nname = "work"\nlocation = "{work}"\n'
        f'[[sources]]\nname = "team"\nlocation = "{base}/team.ics"\n'
    )
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    nothing = ictime("import", db=tmp_path / "empty.db", config=empty)
    assert nothing.returncode == 2 and "[[sources]]" in nothing.stderr
    by_name = ictime("import", "team", db=db_path, config=config)
    assert by_name.returncode == 0, by_name.stderr
    every = ictime("import", db=db_path, config=config)
    assert every.returncode == 0, every.stderr
    assert "unchanged" in every.stdout and "1 added" in every.stdout
    listed = json.loads(ictime("blocks", "--format", "json", db=db_path, config=config).stdout)
    assert sorted((b["summary"], b["calendar"]) for b in listed) == [
        ("Team thing", "team"),
        ("Work thing", "work"),
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], {}),
        (["--db", "x.db"], {"db": "x.db"}),
        (["--today=2026-11-25", "--config", "c.toml"], {"today": "2026-11-25", "config": "c.toml"}),
        (["--db"], None),
        (["blocks"], None),
        (["--help"], None),
        (["--db", "x.db", "report"], None),
    ],
)
def test_only_global_options_go_straight_to_the_app(
    args: list[str], expected: dict[str, str] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ictime.launch import app_only_options

    for variable in ("ICTIME_DB", "ICTIME_CONFIG", "ICTIME_TODAY"):
        monkeypatch.delenv(variable, raising=False)
    assert app_only_options(args) == expected


def test_the_app_path_pins_now_with_a_time(
    db_path: Path, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ictime.launch
    import ictime.tui.app

    seen: list[tuple[Any, ...]] = []

    def run_app(*args: Any, **options: Any) -> int:
        seen.append(args)
        return 0

    monkeypatch.setattr(ictime.tui.app, "run_app", run_app)
    options = {"db": str(db_path), "config": str(config_file), "today": "2026-11-25T10:40"}
    with pytest.raises(SystemExit):
        ictime.launch._run_app(options)
    ((_, config, today, now),) = seen
    assert (today, now) == (
        date(2026, 11, 25),
        datetime(2026, 11, 25, 10, 40, tzinfo=config.timezone),
    )


def test_the_app_path_still_reports_bad_options(db_path: Path, config_file: Path) -> None:
    result = run_ictime("--today", "someday", db=db_path, config=config_file)
    assert result.returncode == 2
    assert "someday" in result.stderr and "Traceback" not in result.stderr
