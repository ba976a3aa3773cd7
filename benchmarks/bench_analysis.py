"""Analysis speed on ten years of a busy calendar, against the targets and a same-run floor.

Run `.venv/bin/python benchmarks/bench_analysis.py [--years 10] [--repeat 20]`. It builds the
blocks in memory (seeded, ~40 blocks a week: a daily standup, weekly 1:1s, ~25 other
meetings with overlaps, focus holds, after-hours calls, declined invitations, days off) and
times, best of `--repeat`:

- a one-week report (`analyse_period` on the week's blocks, as a range query returns them)
  against the 50 ms target and against the floor of merely sorting those blocks;
- a 52-week trend (`weekly_trend` on the year's blocks) against the 500 ms target and
  against the floor of iterating those blocks once;
- for information, the one-week report handed all ten years of blocks unfiltered.

It prints; it does not assert.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from ictime.analysis import analyse_period, trailing_weeks, weekly_trend
from ictime.config import Config
from ictime.model import CATEGORIES, UNTAGGED, Block

ZONE = ZoneInfo("America/New_York")
LAST_MONDAY = date(2026, 11, 23)
WEEK_TARGET = 0.050
TREND_TARGET = 0.500
PEOPLE = [f"colleague{n:03d}@corp.example" for n in range(150)]
ME = "bench.user@corp.example"


class _Calendar:
    """Seeded generator of blocks, one week at a time."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.blocks: list[Block] = []
        self.serial = 0
        self.one_to_ones = self.rng.sample(PEOPLE, 6)

    def add(
        self,
        start: datetime,
        minutes: int,
        summary: str,
        *,
        attendees: tuple[str, ...] = (),
        category: str = "communication",
        uid: str | None = None,
        counted: bool = True,
        all_day: bool = False,
    ) -> None:
        self.serial += 1
        ident = f"{self.serial:012x}"
        self.blocks.append(
            Block(
                id=ident,
                uid=uid or ident,
                recurrence_id=start.isoformat() if uid else None,
                calendar="work",
                summary=summary,
                start=start,
                end=start + timedelta(minutes=minutes),
                all_day=all_day,
                status="CONFIRMED",
                my_partstat="ACCEPTED" if counted else "DECLINED",
                attendees=len(attendees),
                counted=counted and not all_day,
                category=category,
                tag_source="rule",
                rule=None,
                recurring=uid is not None,
                attendee_emails=(ME, *attendees) if attendees else (),
                not_counted_reason="" if counted else ("all-day" if all_day else "declined"),
            )
        )

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE)

    def week(self, monday: date) -> None:
        rng = self.rng
        off = {monday + timedelta(days=d) for d in range(5) if rng.random() < 0.05}
        for day in sorted(off):
            self.add(self.at(day, 0), 24 * 60, "PTO", all_day=True, counted=False)
        for offset in range(5):
            day = monday + timedelta(days=offset)
            self.add(self.at(day, 9, 30), 15, "Standup", attendees=tuple(PEOPLE[:8]), uid="su")
            if day in off:
                continue
            if offset < len(self.one_to_ones):
                person = self.one_to_ones[offset]
                self.add(
                    self.at(day, 11),
                    30,
                    f"1:1 {person}",
                    attendees=(person,),
                    category="relationships",
                    uid=f"1on1-{person}",
                )
            for _ in range(rng.randint(3, 7)):
                start = self.at(day, rng.randint(8, 17), rng.choice((0, 15, 30, 45)))
                others = tuple(rng.sample(PEOPLE, rng.randint(1, 6)))
                category = rng.choice([*CATEGORIES, UNTAGGED])
                topic = rng.choice(("API review", "Roadmap sync", "Design review", "Interview"))
                self.add(start, rng.choice((25, 30, 45, 60, 90)), topic, attendees=others,
                         category=category, counted=rng.random() > 0.1)  # fmt: skip
            if rng.random() < 0.6:
                self.add(self.at(day, rng.choice((9, 13, 14))), 120, "Focus", category="deep_work")
            if rng.random() < 0.1:
                self.add(self.at(day, 19), 60, "APAC sync", attendees=tuple(PEOPLE[40:43]))


def build(years: int, seed: int = 7) -> list[Block]:
    """`years` of weeks ending with the week of LAST_MONDAY."""
    calendar = _Calendar(seed)
    weeks = years * 52
    for back in range(weeks - 1, -1, -1):
        calendar.week(LAST_MONDAY - timedelta(weeks=back))
    return calendar.blocks


def between(blocks: Sequence[Block], first: date, last: date) -> list[Block]:
    """The blocks a range query for first..last (inclusive local days) returns."""
    lo = datetime(first.year, first.month, first.day, tzinfo=ZONE)
    hi = datetime(last.year, last.month, last.day, tzinfo=ZONE) + timedelta(days=1)
    return [block for block in blocks if block.end > lo and block.start < hi]


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of `repeat` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    """Build the calendar, time the analysis, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    config = Config(timezone=ZONE, me_emails=(ME,))
    blocks = build(args.years)
    sunday = LAST_MONDAY + timedelta(days=6)
    week_blocks = between(blocks, LAST_MONDAY, sunday)
    weeks = trailing_weeks(LAST_MONDAY, 52)
    year_blocks = between(blocks, weeks[0][0], sunday)
    print(
        f"{args.years} years: {len(blocks)} blocks; the week: {len(week_blocks)}; "
        f"52 weeks: {len(year_blocks)}"
    )

    week = best_of(args.repeat, lambda: analyse_period(week_blocks, config, LAST_MONDAY, sunday))
    week_floor = best_of(args.repeat, lambda: sorted(week_blocks, key=lambda b: b.start))
    trend = best_of(max(3, args.repeat // 4), lambda: weekly_trend(year_blocks, config, weeks))
    trend_floor = best_of(args.repeat, lambda: sum(b.minutes for b in year_blocks))
    unfiltered = best_of(3, lambda: analyse_period(blocks, config, LAST_MONDAY, sunday))

    def line(name: str, seconds: float, target: float, floor: float, floor_name: str) -> str:
        return (
            f"{name:<22}{seconds * 1000:9.2f} ms   /target {seconds / target:6.3f}"
            f"   /floor {seconds / floor:8.1f}  (floor: {floor_name}, {floor * 1000:.3f} ms)"
        )

    print(line("one-week report", week, WEEK_TARGET, week_floor, "sort the week's blocks"))
    print(line("52-week trend", trend, TREND_TARGET, trend_floor, "iterate the year's blocks"))
    print(
        f"{'week, all blocks given':<22}{unfiltered * 1000:9.2f} ms   /target "
        f"{unfiltered / WEEK_TARGET:6.3f}   (analysis clips {len(blocks)} blocks itself)"
    )


if __name__ == "__main__":
    main()
