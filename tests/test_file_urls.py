"""Sources named by `file://` URLs are read as the files they name."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from support.cli import run_ictime
from support.ics import WriteIcs, vevent


def stored_locations(db: Path) -> list[str]:
    """The location of every source the database knows."""
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT location FROM sources ORDER BY id")]
    finally:
        conn.close()


def test_a_file_url_imports_the_file_it_names(
    write_ics: WriteIcs, db_path: Path, config_file: Path
) -> None:
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000", "Plan"), name="My Work.ics")
    url = path.resolve().as_uri()
    assert "%20" in url
    result = run_ictime("import", url, db=db_path, config=config_file)
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stdout
    (block,) = json.loads(
        run_ictime("blocks", "--format", "json", db=db_path, config=config_file).stdout
    )
    assert (block["summary"], block["calendar"]) == ("Plan", "My Work")
    # The same file by its path, or by a URL naming this machine, is the same source.
    assert stored_locations(db_path) == [str(path.resolve())]
    for again in (str(path), f"file://localhost{path.resolve()}"):
        result = run_ictime("import", again, db=db_path, config=config_file)
        assert result.returncode == 0, result.stderr
        assert "unchanged" in result.stdout
    assert stored_locations(db_path) == [str(path.resolve())]


def test_a_file_url_on_another_machine_is_refused_by_name(db_path: Path, config_file: Path) -> None:
    result = run_ictime("import", "file://fileserver/cal/work.ics", db=db_path, config=config_file)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "fileserver" in result.stderr and "this machine" in result.stderr


def test_a_configured_source_may_be_a_file_url(
    write_ics: WriteIcs, db_path: Path, tmp_path: Path
) -> None:
    path = write_ics(vevent("a", "20261124T090000", "20261124T100000", "Plan"))
    config = tmp_path / "sources.toml"
    config.write_text(
        'timezone = "America/New_York"\n'
        f'[[sources]]\nname = "work"\nlocation = "{path.resolve().as_uri()}"\n'
    )
    result = run_ictime("import", db=db_path, config=config)
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stdout
    assert stored_locations(db_path) == [str(path.resolve())]
