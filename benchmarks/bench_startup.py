"""Launch to the day's first agenda block with ten years of data, against a bare Textual app.

Run `.venv/bin/python benchmarks/bench_startup.py [--years 10] [--runs 7] [--keep DIR]`.

Both programs run in the same tmux pane (100x32, private tmux server `-L ictime-bench`) from
an idle shell. The clock starts when the command line is sent to the shell and stops when
`tmux capture-pane` first shows the marker text, polled every few milliseconds, so both
include Python's own start-up and tmux's latency. Python may cache compiled modules, as it
does on a person's machine (the warm-up runs write the caches):

- baseline: a bare Textual app (`App` with one `Label`) whose label is the marker.
- for the breakdown only: the same bare app started after what `ictime` does before its
  app starts (import the entry point, read the config; the store opens after), which shows
  how much of the difference the TUI itself costs.
- ictime: `ictime --db … --config … --today …` on a database holding a synthetic busy
  calendar of `--years` years (benchmarks/synth.py, imported once and kept with `--keep`).
  Three marks: *first paint* (Today's frame: the day's title line), *agenda* (the title of
  the day's first block, which is what a person opened the app for) and *week figures*
  (the week's bars, read by the same load).

The headline is agenda / baseline, target <= 1.3; first paint / baseline (target <= 1.5) is
kept beside it. Medians of `--runs` alternating runs.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

TARGET = 1.3
PAINT_TARGET = 1.5
SOCKET = "ictime-bench"
SESSION = "bench"
SIZE = (100, 32)
TODAY = date(2026, 12, 16)
PAINT_MARK = "Wednesday 16 December 2026"
DATA_MARK = "fragmented"
BASELINE_MARK = "bare textual is ready"
TIMEOUT = 30.0

BASELINE_APP = f'''
import sys

if len(sys.argv) > 1:  # first do what `ictime` does before its app starts
    from pathlib import Path

    import ictime.launch
    from ictime.config import load_config

    load_config(Path(sys.argv[1]))  # the store opens in a worker after the first paint

from textual.app import App, ComposeResult
from textual.widgets import Label


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Label("{BASELINE_MARK}")


Bare().run()
'''


@dataclass
class Timing:
    """Seconds from sending the command to each mark."""

    marks: dict[str, float]


def tmux(*args: str) -> str:
    """Run a tmux command on the benchmark's private server."""
    done = subprocess.run(["tmux", "-L", SOCKET, *args], check=True, capture_output=True, text=True)
    return done.stdout


def build_database(folder: Path, years: int) -> tuple[Path, Path]:
    """A database with `years` of synthetic calendar, and the config that reads it."""
    from synth import HOME, ME, write_calendar

    config = folder / "config.toml"
    config.write_text(f'timezone = "{HOME}"\n\n[me]\nemails = ["{ME}"]\n', encoding="utf-8")
    database = folder / f"ictime-{years}y.db"
    if database.exists():
        return database, config
    from ictime.config import load_config
    from ictime.service import import_sources, list_blocks
    from ictime.store import Store

    ics = write_calendar(folder / f"synth-{years}y.ics", years)
    started = time.perf_counter()
    store = Store.open(database)
    try:
        loaded = load_config(config)
        first = date(TODAY.year - years + 1, 1, 1)
        reports = import_sources(store, loaded, [str(ics)], today=TODAY, start=first, end=TODAY)
        if reports[0].failed:
            raise SystemExit(f"benchmark: import failed: {reports[0].error}")
        list_blocks(store, loaded, TODAY, TODAY)  # settle rule tags, as a real database is
        count = store.count_blocks()
    finally:
        store.close()
    print(f"imported {count} blocks of {years} years in {time.perf_counter() - started:.1f} s")
    return database, config


def run_once(command: str, marks: list[str]) -> Timing:
    """Send a command to the idle shell and time each mark's first appearance, then quit it."""
    tmux("send-keys", "-t", SESSION, "clear", "Enter")
    time.sleep(0.3)
    found: dict[str, float] = {}
    started = time.perf_counter()
    tmux("send-keys", "-t", SESSION, command, "Enter")
    while len(found) < len(marks):
        elapsed = time.perf_counter() - started
        if elapsed > TIMEOUT:
            shown = tmux("capture-pane", "-p", "-t", SESSION)
            raise SystemExit(f"benchmark: no {marks} after {TIMEOUT} s:\n{shown}")
        screen = tmux("capture-pane", "-p", "-t", SESSION)
        for mark in marks:
            if mark not in found and mark in screen:
                found[mark] = elapsed
        time.sleep(0.002)
    time.sleep(0.3)
    tmux("send-keys", "-t", SESSION, "C-q", "")
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline:  # back at the prompt: the app's screen is gone
        screen = tmux("capture-pane", "-p", "-t", SESSION)
        if not any(mark in screen for mark in marks):
            break
        time.sleep(0.05)
    time.sleep(0.3)
    return Timing(found)


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the database, then alternate baseline and ictime runs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the database here (reused next time)")
    args = parser.parse_args(argv)
    if shutil.which("tmux") is None:
        raise SystemExit("benchmark: tmux is needed")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ictime-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    database, config = build_database(folder, args.years)
    agenda_mark = first_block_title(database)
    bare = folder / "bare_app.py"
    bare.write_text(BASELINE_APP, encoding="utf-8")
    python = shlex.quote(sys.executable)
    ictime = shlex.quote(str(Path(sys.executable).with_name("ictime")))
    baseline_cmd = f"{python} {shlex.quote(str(bare))}"
    ictime_cmd = (
        f"{ictime} --db {shlex.quote(str(database))} --config {shlex.quote(str(config))}"
        f" --today {TODAY.isoformat()}"
    )
    width, height = SIZE
    if _server_running():
        tmux("kill-server")
    # As on a person's machine, Python caches compiled modules: without that (this workplace
    # sets PYTHONDONTWRITEBYTECODE) ictime's own modules, installed editable, would be
    # compiled on every start while Textual's, compiled by pip, would not.
    shell = "env -u PYTHONDONTWRITEBYTECODE bash --norc"
    tmux("new-session", "-d", "-s", SESSION, "-x", str(width), "-y", str(height), shell)
    tmux("set-option", "-t", SESSION, "status", "off")
    time.sleep(0.5)
    prelude_cmd = f"{baseline_cmd} {shlex.quote(str(config))} {shlex.quote(str(database))}"
    baseline: list[float] = []
    prelude: list[float] = []
    paint: list[float] = []
    agenda: list[float] = []
    data: list[float] = []
    try:
        run_once(baseline_cmd, [BASELINE_MARK])  # warm the file cache for both
        run_once(ictime_cmd, [PAINT_MARK, agenda_mark, DATA_MARK])
        for _ in range(args.runs):
            baseline.append(run_once(baseline_cmd, [BASELINE_MARK]).marks[BASELINE_MARK])
            prelude.append(run_once(prelude_cmd, [BASELINE_MARK]).marks[BASELINE_MARK])
            marks = run_once(ictime_cmd, [PAINT_MARK, agenda_mark, DATA_MARK]).marks
            paint.append(marks[PAINT_MARK])
            agenda.append(marks[agenda_mark])
            data.append(marks[DATA_MARK])
    finally:
        tmux("kill-server")
    report(args.years, baseline, prelude, paint, agenda, data)
    return 0 if statistics.median(agenda) / statistics.median(baseline) <= TARGET else 1


def first_block_title(database: Path) -> str:
    """The start of the title of the day's first timed block: on screen only in the agenda."""
    import sqlite3
    from zoneinfo import ZoneInfo

    from synth import HOME

    zone = ZoneInfo(HOME)
    start = datetime.combine(TODAY, datetime.min.time(), zone).timestamp()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        row = conn.execute(
            "SELECT summary FROM blocks WHERE start_ts >= ? AND start_ts < ? AND all_day = 0"
            " AND counted = 1 ORDER BY start_ts LIMIT 1",
            [start, start + 86400],
        ).fetchone()
    if row is None:
        raise SystemExit(f"benchmark: no block on {TODAY} in {database}")
    return str(row[0])[:16]


def _server_running() -> bool:
    done = subprocess.run(["tmux", "-L", SOCKET, "has-session"], capture_output=True)
    return done.returncode == 0


def report(
    years: int,
    baseline: list[float],
    prelude: list[float],
    paint: list[float],
    agenda: list[float],
    data: list[float],
) -> None:
    """Print medians, ranges and the ratio against the target."""

    def line(name: str, values: list[float]) -> str:
        median = statistics.median(values)
        return f"{name:<28} median {median:6.3f} s  (min {min(values):.3f}, max {max(values):.3f})"

    print(f"startup, {len(paint)} runs each, tmux {SIZE[0]}x{SIZE[1]}, {years} years of data")
    print(line("bare Textual, one label", baseline))
    print(line("same, after ictime's set-up", prelude))
    print(line("ictime Today, first paint", paint))
    print(line("ictime Today, first block", agenda))
    print(line("ictime Today, week figures", data))
    bare = statistics.median(baseline)
    ratio = statistics.median(agenda) / bare
    paint_ratio = statistics.median(paint) / bare
    verdict = "PASS" if ratio <= TARGET else "FAIL"
    paint_verdict = "PASS" if paint_ratio <= PAINT_TARGET else "FAIL"
    print(f"first agenda block / bare = {ratio:.2f} (target <= {TARGET}): {verdict}")
    print(f"first paint / bare = {paint_ratio:.2f} (target <= {PAINT_TARGET}): {paint_verdict}")
    print(f"week figures / bare = {statistics.median(data) / bare:.2f}")


if __name__ == "__main__":
    sys.exit(main())
