"""The CLI as a person runs it (`python -m ictime`), and everything a database holds."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


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


def db_state(path: Path) -> list[str]:
    """Everything a database holds, as SQL text, to compare before and after."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
