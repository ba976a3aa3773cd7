"""Import speed against the cost of just parsing and expanding the same calendar.

The first import (on every core, and in one process), an unchanged file, and the same export
a week later with 1 % of its events edited and every event restamped (the weekly import:
only what changed is read, and the database must be what a fresh import gives). Then peak
memory, and each against a floor measured in the same run: a series that started years
before the import window (its start is moved forward, so it should cost what the same
series starting in the window costs), and the rule engine alone on 300,000 occurrences.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from history import HistoryGrowth, history_growth
from memory import peak_while
from synth import HOME, LAST_DAY, ME, span, write_calendar
from weekly import weekly_export

import ictime.service.blocks
import ictime.service.imports
from ictime.classify import Classifier, Tag
from ictime.config import Config
from ictime.ics import parse_calendar
from ictime.model import UNTAGGED, Attendee, Occurrence
from ictime.service import SourceReport, import_sources
from ictime.service.import_workers import PARALLEL_MIN_EVENTS, available_workers
from ictime.store import Store
from ictime.timeutil import days_to_range

FIRST_OVER_FLOOR_TARGET = 0.7  # on every core of a 2-core machine
ONE_PROCESS_OVER_FLOOR_TARGET = 1.5
REIMPORT_OVER_FIRST_TARGET = 0.01
WEEKLY_OVER_FIRST_TARGET = 0.1
TAGGING_SHARE_TARGET = 0.1
OLD_SERIES_OVER_FRESH_TARGET = 2.0
WEEKLY_CHANGED = 0.01
LABELLED_TITLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_titles.csv"
# Where an import finds the rule engine (swapped out, in one process, to time what tagging
# adds: worker processes would not see the swap).
_TAGGING_HOMES = (ictime.service.imports, ictime.service.blocks)


class _NoTagging:
    """Stands in for the rule engine, to measure what tagging adds to an import."""

    def classify(self, occ: Occurrence, *, calendar: str = "") -> Tag:
        return Tag(UNTAGGED, None)


@dataclass(frozen=True)
class Result:
    """Best-of-N timings, in seconds, for one calendar size."""

    years: int
    size_bytes: int
    occurrences: int
    imported: int
    floor: float
    first: float
    one_process: float
    untagged: float
    reimport: float
    weekly: float
    weekly_moved: float
    weekly_read: str
    moved_read: int
    workers: int
    parallel: bool
    """Whether the first import used worker processes (a large enough file)."""
    history: HistoryGrowth
    """What weekly re-imports add to the database (the blocks' history, mostly)."""
    cli_weekly: float
    """The weekly re-import by `ictime import` in a fresh process, as a person runs it."""
    cli_unchanged: float
    """The same for the export unchanged: the command line's own cost."""
    cli_cold: float
    """The weekly re-import in a fresh process with an empty user cache folder: the first
    import after ictime is installed or upgraded compiles every built-in rule."""


def best_of(repeat: int, run: Callable[[], float]) -> float:
    """The fastest of `repeat` runs; `run` returns the seconds it measured."""
    return min(run() for _ in range(repeat))


def interleaved(repeat: int, *runs: Callable[[], float]) -> list[float]:
    """The fastest of `repeat` runs of each, the runs taken in turns."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for index, run in enumerate(runs):
            best[index] = min(best[index], run())
    return best


class Importer:
    """Imports one calendar size into SQLite files under `work`, timing each import."""

    def __init__(self, ics: Path, years: int, work: Path) -> None:
        self.ics = ics
        self.years = years
        self.work = work
        self.config = Config(timezone=ZoneInfo(HOME), me_emails=(ME,))
        self.first_day, self.last_day = span(years)
        self.databases = itertools.count()
        self.imported = 0
        self.last: SourceReport | None = None

    def database(self, name: str) -> Path:
        return self.work / f"{name}-{self.years}-{next(self.databases)}.sqlite"

    def run(self, path: Path, expected: str, source: Path | None = None, **options: Any) -> float:
        """Seconds to import `source` (the calendar) into the database at `path`."""
        store = Store.open(path)
        try:
            moved = timedelta(days=options.pop("moved_days", 0))
            started = time.perf_counter()
            reports = import_sources(
                store,
                self.config,
                [str(source or self.ics)],
                today=LAST_DAY,
                start=self.first_day + moved,
                end=self.last_day + moved,
                **options,
            )
            seconds = time.perf_counter() - started
        finally:
            store.close()
        check(reports, expected)
        self.imported = reports[0].occurrences or self.imported
        self.last = reports[0]
        return seconds

    def first(self, **options: Any) -> float:
        return self.run(self.database("first"), "imported", **options)

    def cli(self, path: Path, source: Path, *, cold: bool = False) -> float:
        """Seconds for `ictime import` of `source` into `path` in a fresh process.

        As a person runs it: Python starts, imports what it needs and reads the built-in
        rules' compiled regexes from the user cache folder (`cold`: an empty one, so it
        compiles them all, as the first import after an install or upgrade does), with
        bytecode written as usual (this workplace's PYTHONDONTWRITEBYTECODE is dropped).
        """
        config = self.work / "config.toml"
        if not config.exists():
            config.write_text(f'timezone = "{HOME}"\n[me]\nemails = ["{ME}"]\n', encoding="utf-8")
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        if cold:
            env["XDG_CACHE_HOME"] = tempfile.mkdtemp(dir=self.work)
        command = [
            sys.executable, "-m", "ictime", "--db", str(path), "--config", str(config),
            "import", str(source), "--today", LAST_DAY.isoformat(),
            "--from", self.first_day.isoformat(), "--to", self.last_day.isoformat(),
        ]  # fmt: skip
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        return time.perf_counter() - started


def measure(ics: Path, years: int, repeat: int, work: Path) -> Result:
    """Time the floor, first imports, an unchanged and a weekly re-import of one file."""
    importer = Importer(ics, years, work)
    window = days_to_range(importer.first_day, importer.last_day, importer.config.timezone)
    occurrences = 0

    def floor() -> float:
        nonlocal occurrences
        started = time.perf_counter()
        calendar = icalendar.Calendar.from_ical(ics.read_bytes())
        expanded = list(recurring_ical_events.of(calendar).between(*window))
        seconds = time.perf_counter() - started
        occurrences = len(expanded)
        return seconds

    # Taken in turns, so that another program busy for a while slows them alike.
    floor_seconds, first_seconds, one_process, untagged_seconds = interleaved(
        repeat,
        floor,
        importer.first,
        lambda: importer.first(workers=1),
        untagged(lambda: importer.first(workers=1)),
    )
    base = importer.database("base")
    # The export of a week later replaces the file at the same place: the same source.
    weekly_ics = work / f"export-{years}y.ics"
    shutil.copyfile(ics, weekly_ics)
    importer.run(base, "imported", weekly_ics)
    reimport_seconds = best_of(repeat, lambda: importer.run(copy(base), "unchanged", weekly_ics))
    weekly_ics.write_text(weekly_export(years, changed=WEEKLY_CHANGED), newline="")
    weekly_seconds = best_of(repeat, lambda: importer.run(copy(base), "imported", weekly_ics))
    read = importer.last.groups if importer.last else None
    weekly_read = f"{read.read}/{read.read + read.unchanged}" if read else "whole"
    same_as_fresh(importer, base, weekly_ics)
    # The window a week later at both ends: explicit here, so its days move as a default's.
    weekly_moved = best_of(
        repeat, lambda: importer.run(copy(base), "imported", weekly_ics, moved_days=7)
    )
    moved_read = importer.last.groups.read if importer.last and importer.last.groups else 0
    growth = history_growth(importer.run, base, weekly_ics, years)
    # From the command line: the export a week later, against the same export unchanged.
    seen = copy(base)
    importer.run(seen, "imported", weekly_ics)
    cli_weekly, cli_unchanged, cli_cold = interleaved(
        repeat,
        lambda: importer.cli(copy(base), weekly_ics),
        lambda: importer.cli(copy(seen), weekly_ics),
        lambda: importer.cli(copy(base), weekly_ics, cold=True),
    )
    return Result(
        years=years,
        size_bytes=ics.stat().st_size,
        occurrences=occurrences,
        imported=importer.imported,
        floor=floor_seconds,
        first=first_seconds,
        one_process=one_process,
        untagged=untagged_seconds,
        reimport=reimport_seconds,
        weekly=weekly_seconds,
        weekly_moved=weekly_moved,
        weekly_read=weekly_read,
        moved_read=moved_read,
        workers=available_workers(),
        parallel=ics.read_bytes().count(b"BEGIN:VEVENT") >= PARALLEL_MIN_EVENTS,
        history=growth,
        cli_weekly=cli_weekly,
        cli_unchanged=cli_unchanged,
        cli_cold=cli_cold,
    )


def untagged(first: Callable[[], float]) -> Callable[[], float]:
    """A first import with the rule engine swapped for one that tags nothing."""

    def run() -> float:
        saved = [module.__dict__["make_classifier"] for module in _TAGGING_HOMES]
        for module in _TAGGING_HOMES:
            setattr(module, "make_classifier", lambda *_args: _NoTagging())  # noqa: B010
        try:
            return first()
        finally:
            for module, tagging in zip(_TAGGING_HOMES, saved, strict=True):
                setattr(module, "make_classifier", tagging)  # noqa: B010

    return run


def copy(database: Path) -> Path:
    """A copy of a closed database, to import into as if it were the original."""
    target = database.with_name(f"{database.stem}-copy.sqlite")
    shutil.copyfile(database, target)
    return target


def same_as_fresh(importer: Importer, base: Path, weekly_ics: Path) -> None:
    """Stop unless the weekly re-import leaves what a fresh import of that export gives."""
    kept, fresh = copy(base), importer.database("fresh")
    importer.run(kept, "imported", weekly_ics)
    importer.run(fresh, "imported", weekly_ics)
    if contents(kept) != contents(fresh):
        raise SystemExit("benchmark: the weekly re-import differs from a fresh import")


def contents(path: Path) -> list[list[tuple[Any, ...]]]:
    """The blocks, events and spans a database holds."""
    conn = sqlite3.connect(path)
    try:
        return [
            conn.execute(sql).fetchall()
            for sql in (
                "SELECT * FROM blocks ORDER BY source_id, id",
                "SELECT * FROM events ORDER BY source_id, uid",
                "SELECT calendar, me, span_start, span_end FROM sources ORDER BY id",
            )
        ]
    finally:
        conn.close()


def check(reports: list[SourceReport], expected: str) -> None:
    """Stop the benchmark when an import did not do what is being timed."""
    report = reports[0]
    if report.outcome != expected:
        detail = report.error or f"outcome {report.outcome!r}"
        raise SystemExit(f"benchmark: expected {expected!r} import, got {detail}")


def verdict(ratio: float, target: float) -> str:
    """PASS when the ratio meets its target."""
    return "PASS" if ratio <= target else "FAIL"


def print_table(results: list[Result]) -> None:
    """Two lines per calendar size: the first import, then the re-imports."""
    print(
        f"{'years':>5} {'MB':>6} {'expanded':>8} {'imported':>8} {'floor s':>8} {'first s':>8}"
        f"  {'first/floor':>16}  {'one process/floor':>17}  {'tagging':>14}"
    )
    for r in results:
        first_ratio, one_ratio = r.first / r.floor, r.one_process / r.floor
        tagging_share = r.one_process / r.untagged - 1
        print(
            f"{r.years:>5} {r.size_bytes / 1e6:>6.1f} {r.occurrences:>8} {r.imported:>8} "
            f"{r.floor:>8.3f} {r.first:>8.3f}  "
            f"{first_ratio:>11.2f} "
            f"{verdict(first_ratio, FIRST_OVER_FLOOR_TARGET) if r.parallel else ' n/a'}  "
            f"{one_ratio:>12.2f} {verdict(one_ratio, ONE_PROCESS_OVER_FLOOR_TARGET)}  "
            f"{tagging_share:>+8.1%} {verdict(tagging_share, TAGGING_SHARE_TARGET)}"
        )
    print(
        f"{'years':>5} {'unchanged s':>11} {'weekly s':>8} {'read':>11}  {'unchanged/first':>16}"
        f"  {'weekly/first':>16}  {'window moved/first':>18} {'read':>5}"
    )
    for r in results:
        reimport, weekly, moved = r.reimport / r.first, r.weekly / r.first, r.weekly_moved / r.first
        print(
            f"{r.years:>5} {r.reimport:>11.4f} {r.weekly:>8.3f} {r.weekly_read:>11}  "
            f"{reimport:>11.4f} {verdict(reimport, REIMPORT_OVER_FIRST_TARGET)}  "
            f"{weekly:>11.4f} {verdict(weekly, WEEKLY_OVER_FIRST_TARGET)}  {moved:>18.4f}"
            f" {r.moved_read:>5}"
        )
    print(
        f"targets: first/floor <= {FIRST_OVER_FLOOR_TARGET} (on {results[0].workers} worker"
        f" processes, 2 cores; n/a: fewer than {PARALLEL_MIN_EVENTS:,} VEVENTs are read in one"
        f" process), one process/floor <= {ONE_PROCESS_OVER_FLOOR_TARGET},"
        f" tagging (first import in one process over one with tagging switched off) <="
        f" +{TAGGING_SHARE_TARGET:.0%}, unchanged/first <= {REIMPORT_OVER_FIRST_TARGET},"
        f" weekly/first <= {WEEKLY_OVER_FIRST_TARGET} (the export a week later, "
        f"{WEEKLY_CHANGED:.0%} of events edited, all restamped; read: events read again of"
        " all; the database checked against a fresh import of it); window moved: the same"
        " with the window a week later at both ends (for information)"
    )
    for r in results:
        print(
            f"from the command line, {r.years} year(s) (`ictime import` in a fresh process, as"
            f" a person runs it): weekly {r.cli_weekly:.2f} s, the same export unchanged"
            f" {r.cli_unchanged:.2f} s, weekly/unchanged {r.cli_weekly / r.cli_unchanged:.2f};"
            f" the first weekly import after an install or upgrade (compiling the built-in"
            f" rules) {r.cli_cold:.2f} s (for information)"
        )
    for r in results:
        growth = r.history
        history = growth.history_bytes_per_import
        of_which = "" if history is None else f", of which the history {history / 1024:.1f} KB"
        ten_years = ""
        if history is not None:
            ten_years = f"; ten years of weekly imports: its history +{history * 520 / 1e6:.1f} MB"
        print(
            f"history, {r.years} year(s): the database +{growth.bytes_per_import / 1024:.0f} KB"
            f" per weekly re-import{of_which} ({growth.versions_per_import:.0f} block versions;"
            f" mean of {growth.imports} imports of about 2 % changed events; database"
            f" {growth.total_bytes / 1e6:.1f} MB){ten_years}"
        )


def old_series_calendar(start: str) -> bytes:
    """One Monday-morning series every 15 minutes (FREQ=MINUTELY), starting at `start`."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ictime benchmarks//EN",
        "BEGIN:VEVENT",
        "UID:runaway-since-2019@bench",
        "DTSTAMP:20190101T120000Z",
        f"DTSTART;TZID={HOME}:{start}",
        "DURATION:PT1M",
        "RRULE:FREQ=MINUTELY;INTERVAL=15;BYHOUR=9;BYDAY=MO",
        "SUMMARY:Polling job",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines).encode()


def measure_old_series(repeat: int) -> tuple[float, float, int]:
    """Expand, in Q4 2026, a series that started in 2019 and the same series started in Q4.

    Without moving the old start forward, ictime would generate every 15 minutes since 2019.

    Returns:
        Seconds for the old series, seconds for the fresh one, occurrences each gave.
    """
    zone = ZoneInfo(HOME)
    window_start = datetime(2026, 10, 1, tzinfo=zone)
    window_end = datetime(2027, 1, 1, tzinfo=zone)
    old = old_series_calendar("20190301T000000")
    fresh = old_series_calendar("20261005T090000")  # the first occurrence in the window
    starts: dict[bytes, list[datetime]] = {}

    def expand(data: bytes) -> float:
        started = time.perf_counter()
        parsed = parse_calendar(
            data, window_start=window_start, window_end=window_end, default_tz=zone
        )
        seconds = time.perf_counter() - started
        starts[data] = sorted(o.start for o in parsed.occurrences)
        return seconds

    old_seconds = best_of(max(repeat, 10), lambda: expand(old))
    fresh_seconds = best_of(max(repeat, 10), lambda: expand(fresh))
    if not starts[old] or starts[old] != starts[fresh]:
        raise SystemExit("benchmark: the old and the fresh series expanded differently")
    return old_seconds, fresh_seconds, len(starts[old])


def labelled_occurrences(count: int, seed: int = 7) -> list[Occurrence]:
    """`count` half-hour occurrences of 500 real-world titles over ten years, some with guests."""
    rng = random.Random(seed)
    with LABELLED_TITLES.open(encoding="utf-8", newline="") as handle:
        titles = [row["title"] for row in csv.DictReader(handle)]
    titles += [f"{title} ({team})" for title in titles for team in ("Infra", "Data")]
    series: list[tuple[str, tuple[Attendee, ...]]] = []
    for title in titles[:500]:
        others = rng.choice([0, 0, 1, 1, 2, 3, 8])
        series.append(
            (title, tuple(Attendee(f"p{n}@corp.example", "ACCEPTED") for n in range(others)))
        )
    first = datetime(2026, 3, 3, 9, 30, tzinfo=ZoneInfo(HOME))
    occurrences = []
    for n in range(count):
        title, guests = series[n % len(series)]
        start = first + timedelta(minutes=30 * rng.randrange(175_000))
        attendees = (Attendee(ME, "ACCEPTED"), *guests) if guests else ()
        occurrences.append(
            Occurrence(
                f"u{n}",
                None,
                title,
                start,
                start + timedelta(minutes=30),
                organizer=f"mailto:{ME}",
                attendees=attendees,
            )
        )
    return occurrences


def measure_classifier(repeat: int, count: int) -> tuple[float, float]:
    """Tag `count` occurrences with the built-in rules, against remembering a tag per title.

    Returns:
        Seconds for a fresh classifier to tag them all, seconds for the floor.
    """
    occurrences = labelled_occurrences(count)
    zone = ZoneInfo(HOME)

    def classify() -> float:
        classifier = Classifier(me=[ME], tz=zone)  # a fresh one each time: nothing remembered
        started = time.perf_counter()
        for occ in occurrences:
            classifier.classify(occ)
        return time.perf_counter() - started

    def floor() -> float:
        started = time.perf_counter()
        seen: dict[str, Tag] = {}
        for occ in occurrences:
            if occ.summary not in seen:
                seen[occ.summary] = Tag(UNTAGGED, None)
        return time.perf_counter() - started

    return best_of(repeat, classify), best_of(repeat, floor)


def print_extras(repeat: int) -> None:
    """The old series and the rule engine, each against its floor."""
    old, fresh, occurrences = measure_old_series(repeat)
    ratio = old / fresh
    print(
        f"series since 2019, Q4 2026 window: {old * 1000:.1f} ms for {occurrences} occurrences"
        f"  /floor {ratio:.2f} {verdict(ratio, OLD_SERIES_OVER_FRESH_TARGET)}"
        f"  (floor: the same series starting in the window, {fresh * 1000:.1f} ms;"
        f" target <= {OLD_SERIES_OVER_FRESH_TARGET})"
    )
    count = 300_000
    classify, floor = measure_classifier(repeat, count)
    print(
        f"rule engine, {count} occurrences of 500 titles: {classify:.3f} s"
        f" ({classify / count * 1e6:.2f} us each)  /floor {classify / floor:.1f}"
        f"  (floor: a dict lookup of each title, {floor:.3f} s; for information)"
    )


def peak_memory(ics: Path, years: int, what: str, work: Path) -> float:
    """MB: the most memory the process and its workers held at once, doing `what` once.

    Measured in a fresh process (`--peak`), so nothing earlier in this run counts.
    """
    command = [sys.executable, __file__, "--peak", what, "--years", str(years), "--ics", str(ics)]
    command += ["--work", str(work)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return float(result.stdout.split()[-1])


def run_peak(what: str, ics: Path, years: int, work: Path) -> float:
    """In the `--peak` process: do `what` once, and return the most memory it held (MB)."""
    importer = Importer(ics, years, work)

    def floor() -> None:
        window = days_to_range(importer.first_day, importer.last_day, importer.config.timezone)
        calendar = icalendar.Calendar.from_ical(ics.read_bytes())
        list(recurring_ical_events.of(calendar).between(*window))

    if what == "floor":
        return peak_while(floor)
    return peak_while(lambda: importer.first(workers=1 if what == "one" else None))


def print_memory(ics: Path, years: int, work: Path) -> None:
    """Peak memory of the floor and of first imports of one calendar size."""
    if not Path("/proc/self/status").exists():
        print("peak memory: not measured (needs Linux /proc)")
        return
    floor, first, one = (peak_memory(ics, years, what, work) for what in ("floor", "all", "one"))
    print(
        f"peak memory, {years} year(s): floor {floor:.0f} MB, first import {first:.0f} MB"
        f" (the importing process and its workers, if any, together),"
        f" in one process {one:.0f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark for each requested calendar size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--peak", choices=["floor", "all", "one"], help=argparse.SUPPRESS)
    parser.add_argument("--ics", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.peak:
        work = Path(tempfile.mkdtemp(dir=args.work))  # databases of its own
        print(f"{run_peak(args.peak, args.ics, args.years[0], work):.1f}")
        return 0
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="ictime-bench-") as tmp:
        work = Path(tmp)
        # The compiled built-in regexes go to a user cache folder of the run's own.
        os.environ["XDG_CACHE_HOME"] = str(work / "cache")
        for years in args.years:
            ics = write_calendar(work / f"synthetic-{years}y.ics", years)
            print(f"measuring {years} year(s): {ics.stat().st_size / 1e6:.1f} MB", flush=True)
            results.append(measure(ics, years, args.repeat, work))
        print_table(results)
        print_memory(ics, args.years[-1], work)
    if hasattr(os, "getloadavg"):
        # Worker processes gain nothing on cores other programs are using: say how busy.
        one, five, fifteen = os.getloadavg()
        print(f"load average at the end (1, 5, 15 min): {one:.2f} {five:.2f} {fifteen:.2f}")
    print_extras(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
