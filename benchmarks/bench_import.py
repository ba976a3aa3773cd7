"""Import speed against the cost of just parsing and expanding the same calendar.

Also, each against a floor measured in the same run: a series that started years before
the import window (its start is moved forward, so it should cost what the same series
starting in the window costs), and the rule engine alone on 300,000 occurrences.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from synth import HOME, LAST_DAY, ME, span, write_calendar

import ictime.service.imports
from ictime.classify import Classifier, Tag
from ictime.config import Config
from ictime.ics import parse_calendar
from ictime.model import UNTAGGED, Attendee, Occurrence
from ictime.service import SourceReport, import_sources
from ictime.store import Store
from ictime.timeutil import days_to_range

FIRST_OVER_FLOOR_TARGET = 1.5
REIMPORT_OVER_FIRST_TARGET = 0.1
TAGGING_SHARE_TARGET = 0.1
OLD_SERIES_OVER_FRESH_TARGET = 2.0
LABELLED_TITLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled_titles.csv"


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
    untagged: float
    reimport: float


def best_of(repeat: int, run: Callable[[], float]) -> float:
    """The fastest of `repeat` runs; `run` returns the seconds it measured."""
    return min(run() for _ in range(repeat))


def measure(ics: Path, years: int, repeat: int, work: Path) -> Result:
    """Time the floor, a first import and an unchanged re-import of one file."""
    config = Config(timezone=ZoneInfo(HOME), me_emails=(ME,))
    first_day, last_day = span(years)
    window = days_to_range(first_day, last_day, config.timezone)
    occurrences = 0
    imported = 0

    def floor() -> float:
        nonlocal occurrences
        started = time.perf_counter()
        calendar = icalendar.Calendar.from_ical(ics.read_bytes())
        expanded = list(recurring_ical_events.of(calendar).between(*window))
        seconds = time.perf_counter() - started
        occurrences = len(expanded)
        return seconds

    def run_import(store: Store, expected: str) -> float:
        nonlocal imported
        started = time.perf_counter()
        reports = import_sources(
            store, config, [str(ics)], today=LAST_DAY, start=first_day, end=last_day
        )
        seconds = time.perf_counter() - started
        check(reports, expected)
        imported = reports[0].occurrences or imported
        return seconds

    databases = itertools.count()

    def first() -> float:
        store = Store.open(work / f"first-{years}-{next(databases)}.sqlite")
        try:
            return run_import(store, "imported")
        finally:
            store.close()

    floor_seconds = best_of(repeat, floor)
    first_seconds = best_of(repeat, first)
    module = ictime.service.imports
    tagging = module.__dict__["make_classifier"]
    setattr(module, "make_classifier", lambda *_args: _NoTagging())  # noqa: B010
    try:
        untagged_seconds = best_of(repeat, first)
    finally:
        setattr(module, "make_classifier", tagging)  # noqa: B010
    store = Store.open(work / f"reimport-{years}.sqlite")
    try:
        run_import(store, "imported")
        reimport_seconds = best_of(repeat, lambda: run_import(store, "unchanged"))
    finally:
        store.close()
    return Result(
        years=years,
        size_bytes=ics.stat().st_size,
        occurrences=occurrences,
        imported=imported,
        floor=floor_seconds,
        first=first_seconds,
        untagged=untagged_seconds,
        reimport=reimport_seconds,
    )


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
    """One line per calendar size: seconds, then each ratio with its verdict."""
    print(
        f"{'years':>5} {'MB':>6} {'expanded':>8} {'imported':>8} {'floor s':>8} {'first s':>8} "
        f"{'reimport s':>10}  {'first/floor':>16}  {'reimport/first':>16}  {'tagging':>14}"
    )
    for r in results:
        first_ratio = r.first / r.floor
        reimport_ratio = r.reimport / r.first
        tagging_share = r.first / r.untagged - 1
        print(
            f"{r.years:>5} {r.size_bytes / 1e6:>6.1f} {r.occurrences:>8} {r.imported:>8} "
            f"{r.floor:>8.3f} "
            f"{r.first:>8.3f} {r.reimport:>10.4f}  "
            f"{first_ratio:>11.2f} {verdict(first_ratio, FIRST_OVER_FLOOR_TARGET)}  "
            f"{reimport_ratio:>11.4f} {verdict(reimport_ratio, REIMPORT_OVER_FIRST_TARGET)}  "
            f"{tagging_share:>+8.1%} {verdict(tagging_share, TAGGING_SHARE_TARGET)}"
        )
    print(
        f"targets: first/floor <= {FIRST_OVER_FLOOR_TARGET}, "
        f"reimport/first <= {REIMPORT_OVER_FIRST_TARGET}, tagging (first import over one with "
        f"tagging switched off) <= +{TAGGING_SHARE_TARGET:.0%}"
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


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark for each requested calendar size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args(argv)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="ictime-bench-") as tmp:
        work = Path(tmp)
        for years in args.years:
            ics = write_calendar(work / f"synthetic-{years}y.ics", years)
            print(f"measuring {years} year(s): {ics.stat().st_size / 1e6:.1f} MB", flush=True)
            results.append(measure(ics, years, args.repeat, work))
    print_table(results)
    print_extras(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
