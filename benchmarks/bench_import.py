"""Import speed against the cost of just parsing and expanding the same calendar."""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from synth import HOME, LAST_DAY, ME, span, write_calendar

import ictime.service.imports
from ictime.classify import Tag
from ictime.config import Config
from ictime.model import UNTAGGED, Occurrence
from ictime.service import SourceReport, import_sources
from ictime.store import Store
from ictime.timeutil import days_to_range

FIRST_OVER_FLOOR_TARGET = 1.5
REIMPORT_OVER_FIRST_TARGET = 0.1
TAGGING_SHARE_TARGET = 0.1


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
