"""The tagging evaluator reads each labelled calendar in its person's zone."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from support.tagging import script

DEV = Path(__file__).parent / "data" / "tagging" / "dev"


def test_a_zone_with_a_localised_outlook_name_is_read_by_its_clock() -> None:
    """Zwolle's Dutch Outlook names its zone "West-Europa (standaardtijd)", no known name:
    the evaluator picks a known zone with the same clock, before and after the clocks change,
    instead of UTC."""
    labelled = script("evaluate_tags").read_labels(DEV / "zwolle_insurance_outlook.ics")
    zone, amsterdam = ZoneInfo(labelled.timezone), ZoneInfo("Europe/Amsterdam")
    for moment in (datetime(2026, 10, 6, 8, tzinfo=UTC), datetime(2026, 10, 27, 8, tzinfo=UTC)):
        assert moment.astimezone(zone).utcoffset() == moment.astimezone(amsterdam).utcoffset()


def test_a_dump_lists_every_counted_block_and_a_later_dump_names_what_changed() -> None:
    """`--dump` writes one line per counted block; `--against` marks a block that is no longer
    right as LOSS (here a dump of the same rules with one block's tag changed by hand)."""
    evaluate_tags = script("evaluate_tags")
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        score, _, _, _ = evaluate_tags.evaluate(
            evaluate_tags.read_labels(DEV / "zwolle_insurance_outlook.ics"),
            Path(folder),
            False,
            rows,
        )
    assert len(rows) == score.counted > 0
    fields = [row.split("\t") for row in rows]
    assert all(len(f) == 10 and f[0] == "zwolle_insurance_outlook" for f in fields)
    assert sum(f[7] == "right" for f in fields) == score.outcomes["right"]
    first_right = next(i for i, f in enumerate(fields) if f[7] == "right")
    changed = list(fields[first_right])
    changed[3] = "learning" if changed[3] != "learning" else "relationships"
    changed[7] = "guess_wrong"
    later = [*rows[:first_right], "\t".join(changed), *rows[first_right + 1 :]]
    assert evaluate_tags.changes(rows, rows)[-1].startswith("0 blocks changed")
    lines = evaluate_tags.changes(rows, later)
    assert lines[0].startswith("LOSS ") and changed[9] in lines[0]
    assert lines[-1].startswith(f"1 blocks changed of {len(rows)}: 0 now right, 1 no longer")
