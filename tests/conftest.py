"""Shared fixtures: a real SQLite file, a pinned config, .ics writers, a local HTTP server."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ictime.config import Config
from ictime.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
NEW_YORK = ZoneInfo("America/New_York")
ME = "me@corp.example"

WriteIcs = Callable[..., Path]


@pytest.fixture
def config() -> Config:
    """Defaults, in New York, with `me` named."""
    return Config(timezone=NEW_YORK, me_emails=(ME,))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database lives."""
    return tmp_path / "ictime.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A fresh, real store."""
    opened = Store.open(db_path)
    yield opened
    opened.close()


def vevent(
    uid: str,
    start: str,
    end: str,
    summary: str = "Event",
    *,
    tzid: str = "America/New_York",
    extra: str = "",
    attendees: tuple[str, ...] = (),
) -> str:
    """One VEVENT in New York time (start/end as 20261124T090000)."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T000000Z",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        f"SUMMARY:{summary}",
    ]
    if attendees:
        lines.append(f"ORGANIZER:mailto:{attendees[0]}")
        lines += [f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{a}" for a in attendees]
    if extra:
        lines += extra.strip().splitlines()
    lines.append("END:VEVENT")
    return "\n".join(lines)


def calendar(*events: str, name: str | None = None) -> str:
    """A VCALENDAR around the given VEVENTs."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ictime tests//EN"]
    if name:
        head.append(f"X-WR-CALNAME:{name}")
    return (
        "\r\n".join([*head, *events, "END:VCALENDAR", ""])
        .replace("\n", "\r\n")
        .replace("\r\r\n", "\r\n")
    )


@pytest.fixture
def write_ics(tmp_path: Path) -> WriteIcs:
    """Write a calendar of the given VEVENTs to a file and return its path."""

    def write(*events: str, name: str = "work.ics", calname: str | None = None) -> Path:
        path = tmp_path / name
        path.write_text(calendar(*events, name=calname), encoding="utf-8")
        return path

    return write


def db_state(path: Path) -> list[str]:
    """Everything a database holds, as SQL text, to compare before and after."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def http_root(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A real local HTTP server over a folder: (folder, base URL)."""
    root = tmp_path / "served"
    root.mkdir()
    handler = partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean."""


def run_ictime(
    *args: str, db: Path, config: Path | None = None, today: str = "2026-11-25"
) -> subprocess.CompletedProcess[str]:
    """Run `python -m ictime` as a person would, with a pinned today and a given database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ICTIME_")}
    env |= {"ICTIME_DB": str(db), "ICTIME_TODAY": today, "TZ": "America/New_York"}
    if config is not None:
        env["ICTIME_CONFIG"] = str(config)
    return subprocess.run(
        [sys.executable, "-m", "ictime", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """A config file that names me and pins the zone."""
    path = tmp_path / "config.toml"
    path.write_text(f'timezone = "America/New_York"\n[me]\nemails = ["{ME}"]\n')
    return path
