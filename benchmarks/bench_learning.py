"""What a correction costs on ten years of a busy calendar, now that corrections teach.

Run `.venv/bin/python benchmarks/bench_learning.py [--years 10] [--corrections 20]`. It
imports `synth.py`'s calendar into a fresh SQLite file, then corrects blocks of distinct
titles one after another with `tag_block` (each keeps an example and re-decides the learned
tag of every stored block, in one transaction) and prints, best of three where repeated:

- one correction end to end, with the first example and with the last one;
- re-deciding every stored block's learned tag alone (`sync_learned_tags`);
- how many blocks took a learned tag.

It prints; it does not assert.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from synth import HOME, LAST_DAY, ME, span, write_calendar

from ictime.config import Config
from ictime.model import CATEGORIES
from ictime.service import import_sources, list_blocks, list_learned, tag_block
from ictime.service.learning import sync_learned_tags
from ictime.store import Store


def timed(run: Callable[[], object]) -> float:
    """Seconds one run took."""
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> None:
    """Import once, then correct blocks and time each step."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--corrections", type=int, default=20)
    args = parser.parse_args()
    config = Config(timezone=ZoneInfo(HOME), me_emails=(ME,))
    first_day, last_day = span(args.years)
    with tempfile.TemporaryDirectory(prefix="ictime-bench-") as tmp:
        ics = write_calendar(Path(tmp) / "synthetic.ics", args.years)
        store = Store.open(Path(tmp) / "bench.sqlite")
        (report,) = import_sources(
            store, config, [str(ics)], today=LAST_DAY, start=first_day, end=last_day
        )
        blocks = list_blocks(store, config)
        titles = {block.summary: block for block in reversed(blocks) if block.counted}
        chosen = list(titles.values())[: args.corrections]
        print(f"{args.years} years: {report.occurrences} blocks, {len(titles)} distinct titles")
        costs = []
        for index, block in enumerate(chosen):
            known = block.category in CATEGORIES
            shift = CATEGORIES.index(block.category) + 1 if known else index
            category = CATEGORIES[shift % len(CATEGORIES)]  # a correction, not a confirmation
            started = time.perf_counter()
            tag_block(store, config, block.id, category, series=block.recurring)
            costs.append(time.perf_counter() - started)
        print(f"one correction, the first example: {costs[0] * 1000:7.1f} ms")
        print(f"one correction, example {len(costs)}:      {costs[-1] * 1000:7.1f} ms")
        print(f"corrections, median:               {sorted(costs)[len(costs) // 2] * 1000:7.1f} ms")

        def resync() -> None:
            with store.transaction():
                store.db.execute("UPDATE blocks SET learned_from = NULL")  # all to rewrite
                sync_learned_tags(store, config)

        alone = min(timed(resync) for _ in range(3))
        print(f"re-deciding every block's learned tag: {alone * 1000:7.1f} ms")
        taught = sum(item.blocks for item in list_learned(store, config))
        print(f"blocks that resemble an example: {taught}")
        store.close()


if __name__ == "__main__":
    main()
