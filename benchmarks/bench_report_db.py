"""Report speed on a real database holding ten years of a busy synthetic calendar.

Run `.venv/bin/python benchmarks/bench_report_db.py [--years 10] [--repeat 10]`. It imports
`synth.py`'s calendar into a fresh SQLite file, then times, best of `--repeat`:

- the week's blocks read from the store (`list_blocks`), against the floor of a raw SQL
  fetch of the same rows in the same run;
- the analysis of that week (`analyse_period` on those blocks): target 50 ms;
- a whole one-week `period_report` as `ictime report` runs it (read + analysis + lapsed);
- a 52-week trend (`period_report(..., weeks=52)`): target 500 ms.

It prints; it does not assert.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from synth import HOME, LAST_DAY, ME, span, write_calendar

from ictime.analysis import analyse_period
from ictime.config import Config
from ictime.service import import_sources, list_blocks, period_report
from ictime.store import Store
from ictime.timeutil import days_to_range

WEEK_TARGET = 0.050
TREND_TARGET = 0.500


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of `repeat` runs, in seconds."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    """Import once, then time each question and print it against its target and floor."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    config = Config(timezone=ZoneInfo(HOME), me_emails=(ME,))
    first_day, last_day = span(args.years)
    monday = LAST_DAY - timedelta(days=LAST_DAY.weekday() + 7)
    sunday = monday + timedelta(days=6)
    with tempfile.TemporaryDirectory(prefix="ictime-bench-") as tmp:
        ics = write_calendar(Path(tmp) / "synthetic.ics", args.years)
        store = Store.open(Path(tmp) / "bench.sqlite")
        (report,) = import_sources(
            store, config, [str(ics)], today=LAST_DAY, start=first_day, end=last_day
        )
        print(f"{args.years} years: {report.occurrences} blocks stored; week {monday}")
        lo, hi = (
            int(moment.timestamp()) for moment in days_to_range(monday, sunday, config.timezone)
        )
        raw = best_of(
            args.repeat,
            lambda: store.db.execute(
                "SELECT * FROM blocks WHERE end_ts > ? AND start_ts >= ? AND start_ts < ?",
                [lo, lo - 31 * 86400, hi],
            ).fetchall(),
        )
        week_blocks = list_blocks(store, config, monday, sunday)
        read = best_of(args.repeat, lambda: list_blocks(store, config, monday, sunday))
        analysis = best_of(args.repeat, lambda: analyse_period(week_blocks, config, monday, sunday))
        whole = best_of(
            args.repeat, lambda: period_report(store, config, monday, sunday, today=sunday)
        )
        trend = best_of(
            max(1, args.repeat // 3),
            lambda: period_report(store, config, monday, sunday, today=sunday, weeks=52),
        )
        store.close()
    rows = [
        ("read the week (list_blocks)", read, None, raw),
        ("analyse the week", analysis, WEEK_TARGET, None),
        ("one-week report, end to end", whole, None, raw),
        ("52-week trend, end to end", trend, TREND_TARGET, None),
    ]
    for name, seconds, target, floor in rows:
        line = f"{name:<30} {seconds * 1000:9.2f} ms"
        if target is not None:
            verdict = "PASS" if seconds <= target else "FAIL"
            line += f"   /target {seconds / target:6.3f} {verdict}"
        if floor is not None:
            line += f"   /floor {seconds / floor:7.1f} (raw SQL fetch {floor * 1000:.2f} ms)"
        print(line)


if __name__ == "__main__":
    main()
