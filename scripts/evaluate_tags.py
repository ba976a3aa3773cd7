"""How often ictime's tags are right on labelled calendars, before and after a person triages.

    python scripts/evaluate_tags.py                    # every set, default rules
    python scripts/evaluate_tags.py --set dev --show-wrong
    python scripts/evaluate_tags.py --set dev --by-rule   # how often each rule is right
    python scripts/evaluate_tags.py --triage           # also: triage week 1, score weeks 2-4
    python scripts/evaluate_tags.py --set dev --dump after.tsv --against before.tsv

Each labelled calendar is a real .ics file under `tests/data/tagging/<set>/` whose events
carry `X-ICTIME-EXPECTED` (a category key, or `none` for a block that is no work: left
untagged is right for it) and whose header names the person (`X-ICTIME-ME`). The file is
imported as a person would (a real store in a temporary folder, their address as `[me]`),
and every counted block is scored:

- right: the expected category, or untagged when `none` was expected;
- confidently wrong: another category, not marked as a guess;
- guess wrong: another category, marked as a guess (triage asks about it);
- untagged: no category although one was expected.

`--triage` plays a person triaging the first week: each week-1 block that is wrong, a guess
or untagged is corrected (or confirmed) once, for its whole series when it recurs, with
`ictime tag` (`ictime tag ID none` for a block that is no work, as Triage's `0` does); then
weeks 2-4 are scored again. The `blind` set is held out: its misses are
never listed, so the rules cannot be tuned to it.

`--dump` writes every counted dev block, one tab-separated line each (calendar, UID, start,
category, rule, guess or sure, expected label, outcome, other attendees, title), and
`--against` an earlier dump lists the blocks whose tag changed since, each marked GAIN (now
right), LOSS (no longer right) or neither: how a change of the rules is checked block by
block.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ictime.config import Config, load_config
from ictime.model import UNTAGGED, Block
from ictime.service import import_sources, list_blocks, open_store, tag_block
from ictime.store import Store

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "tagging"
SETS = ("dev", "blind")
FIRST_DAY = date(2026, 10, 5)
LAST_DAY = date(2026, 11, 1)
NONE = "none"


@dataclass
class Score:
    """Counted blocks by outcome."""

    outcomes: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, block: Block, expected: str) -> str:
        """Score one block and return its outcome."""
        outcome = outcome_of(block, expected)
        self.outcomes[outcome] += 1
        self.by_rule[(block.rule or block.tag_source, outcome)] += 1
        if block.guess:
            self.outcomes["guesses"] += 1
        return outcome

    def __iadd__(self, other: Score) -> Score:
        self.outcomes.update(other.outcomes)
        self.by_rule.update(other.by_rule)
        return self

    def rule_lines(self) -> list[str]:
        """How often each rule is right, the rules that tag the most blocks first."""
        rules = Counter[str]()
        for (rule, _), count in self.by_rule.items():
            rules[rule] += count
        lines = [f"{'rule':<32} {'count':>5} {'right':>6}"]
        for rule, count in rules.most_common():
            right = self.by_rule[(rule, "right")]
            lines.append(f"{rule:<32} {count:>5} {100 * right / count:6.1f}")
        return lines

    @property
    def counted(self) -> int:
        """How many blocks were scored."""
        return sum(
            self.outcomes[k] for k in ("right", "confident_wrong", "guess_wrong", "untagged")
        )

    def line(self, name: str) -> str:
        """One row of the table."""
        total = self.counted
        if not total:
            return f"{name:<24} {0:>5}"

        def share(key: str) -> str:
            return f"{100 * self.outcomes[key] / total:6.1f}"

        return (
            f"{name:<24} {total:>5} {share('right')} {share('confident_wrong')}"
            f" {share('guess_wrong')} {share('untagged')} {share('guesses')}"
        )


HEADER = f"{'calendar':<24} {'count':>5}" + "".join(
    f" {name:>6}" for name in ("right", "c.wrong", "g.wrong", "untag", "guess")
)


def asked_about(block: Block) -> bool:
    """Whether Triage lists the block to check: untagged with nobody deciding, or a guess."""
    return block.undecided or block.guess


def outcome_of(block: Block, expected: str) -> str:
    """right, confident_wrong, guess_wrong or untagged."""
    if block.category == expected or (block.category == UNTAGGED and expected == NONE):
        return "right"
    if block.category == UNTAGGED:
        return "untagged"
    return "guess_wrong" if block.guess else "confident_wrong"


@dataclass
class Labelled:
    """One labelled calendar: where it is, whose it is, and what each event should be."""

    path: Path
    me: str
    timezone: str
    by_uid: dict[str, str]
    by_start: dict[tuple[str, int], str]

    def expected(self, block: Block) -> str:
        """The label of this block's event (a changed instance may carry its own)."""
        key = (block.uid, int(block.start.timestamp()))
        return self.by_start.get(key) or self.by_uid[block.uid]


def read_labels(path: Path) -> Labelled:
    """The labels of one calendar file, by UID and (for changed instances) by start."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    me = str(calendar.get("X-ICTIME-ME", ""))
    tzids: Counter[str] = Counter()  # each event's TZID as written
    by_uid: dict[str, str] = {}
    by_start: dict[tuple[str, int], str] = {}
    for event in calendar.walk("VEVENT"):
        uid, label = str(event["UID"]), str(event["X-ICTIME-EXPECTED"]).strip()
        start = event.decoded("DTSTART")
        tzids[str(event["DTSTART"].params.get("TZID", ""))] += 1
        if "RECURRENCE-ID" in event:
            if hasattr(start, "timestamp"):
                by_start[(uid, int(start.timestamp()))] = label
            by_uid.setdefault(uid, label)
        else:
            by_uid[uid] = label
    # The person's zone, as they would configure it: the calendar's, else most events'.
    zones: Counter[str] = Counter()
    for tzid, count in tzids.items():
        if zone := _zone_name(tzid):
            zones[zone] += count
    timezone = _zone_name(str(calendar.get("X-WR-TIMEZONE", "")))
    if not timezone and zones:
        timezone = zones.most_common(1)[0][0]
    if not timezone:
        timezone = _zone_of_definitions(calendar, tzids)
    return Labelled(path, me, timezone or "UTC", by_uid, by_start)


def _zone_name(tzid: str) -> str:
    """The IANA name of a TZID (Outlook's Windows names, such as "W. Europe Standard Time",
    are mapped), or "" when it names no known zone."""
    name = WINDOWS_TO_OLSON.get(tzid, tzid)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    return name


def _zone_of_definitions(calendar: icalendar.Calendar, tzids: Counter[str]) -> str:
    """A known zone with the same clock over the four weeks as the calendar's most used
    VTIMEZONE (`tzids`: how many events use each TZID) whose TZID is no known name (a
    localised Outlook name such as "West-Europa (standaardtijd)"), or "" when none matches."""
    definitions = {
        str(zone["TZID"]): zone
        for zone in calendar.walk("VTIMEZONE")
        if isinstance(zone, icalendar.Timezone)
    }
    moments = [
        datetime.combine(FIRST_DAY + timedelta(days=day), time(hour), tzinfo=UTC)
        for day in range(-1, 29)
        for hour in (0, 12)
    ]
    for tzid, _ in tzids.most_common():
        if tzid not in definitions:
            continue
        defined = definitions[tzid].to_tz()
        # The zones Windows names first (Europe/Berlin rather than Africa/Ceuta), then any.
        for name in [*sorted(set(WINDOWS_TO_OLSON.values())), *sorted(available_timezones())]:
            zone = ZoneInfo(name)
            if all(
                m.astimezone(zone).utcoffset() == m.astimezone(defined).utcoffset() for m in moments
            ):
                return name
    return ""


def miss_line(block: Block, expected: str, outcome: str) -> str:
    """One miss: what it is, what it should be, which rule and the title."""
    return (
        f"{outcome:<15} {block.category:<13} expected {expected:<13}"
        f" {block.rule or block.tag_source:<28} {block.summary!r} ({block.attendees} others)"
    )


def dump_row(labelled: Labelled, block: Block, expected: str, outcome: str) -> str:
    """One counted block as a tab-separated line of `--dump`."""
    fields = (
        labelled.path.stem, block.uid, block.start.isoformat(), block.category,
        block.rule or block.tag_source, "guess" if block.guess else "sure", expected, outcome,
        str(block.attendees), " ".join(block.summary.split()),
    )  # fmt: skip
    return "\t".join(fields)


def changes(before: list[str], after: list[str]) -> list[str]:
    """The blocks whose tag differs between two dumps, and a last line counting them.

    Raises:
        SystemExit: the dumps are not of the same blocks.
    """
    old, new = _by_block(before), _by_block(after)
    if old.keys() != new.keys():
        sys.exit(f"the dumps hold different blocks ({len(old)} and {len(new)})")
    lines, gained, lost = [], 0, 0
    for key in sorted(new):
        was, now = old[key], new[key]
        if was[3:6] == now[3:6]:
            continue
        mark = ""
        if now[7] == "right" != was[7]:
            mark, gained = "GAIN", gained + 1
        elif was[7] == "right" != now[7]:
            mark, lost = "LOSS", lost + 1
        lines.append(
            f"{mark:<5} {key[0]:<32} {'/'.join(was[3:6])} -> {'/'.join(now[3:6])}"
            f" expected {now[6]} | {now[9]}"
        )
    right = sum(row[7] == "right" for row in new.values())
    lines.append(
        f"{len(lines)} blocks changed of {len(new)}: {gained} now right, {lost} no longer;"
        f" {right} right ({100 * right / len(new):.2f} %)"
    )
    return lines


def _by_block(rows: list[str]) -> dict[tuple[str, ...], list[str]]:
    """A dump's fields, by block (calendar, UID, start)."""
    return {tuple(fields[:3]): fields for fields in (row.split("\t") for row in rows)}


def imported(labelled: Labelled, folder: Path) -> tuple[Store, Config]:
    """A fresh store in `folder` with the calendar imported as its person would, and the config."""
    config_path = folder / "config.toml"
    config_path.write_text(
        f'timezone = "{labelled.timezone}"\n[me]\nemails = ["{labelled.me}"]\n', encoding="utf-8"
    )
    config = load_config(config_path, must_exist=True)
    store = open_store(folder / "ictime.db", config)
    reports = import_sources(
        store, config, [str(labelled.path)], today=FIRST_DAY, start=FIRST_DAY, end=LAST_DAY
    )
    if any(report.error for report in reports):
        sys.exit(f"{labelled.path}: {[report.error for report in reports]}")
    return store, config


def evaluate(
    labelled: Labelled, folder: Path, triage: bool, rows: list[str] | None = None
) -> tuple[Score, Score, Score, list[str]]:
    """Import one calendar into a fresh store and score it.

    Args:
        labelled: the calendar and its labels.
        folder: an empty folder for the store.
        triage: also triage week 1 and score weeks 2-4 again.
        rows: when given, a line is added to it for every counted block (`dump_row`).

    Returns:
        The score of all four weeks, of weeks 2-4 before triage, of weeks 2-4 after it
        (empty without `triage`), and a line for every miss.
    """
    store, config = imported(labelled, folder)
    all_weeks, later_before, later_after = Score(), Score(), Score()
    misses: list[str] = []
    week_two = FIRST_DAY + timedelta(days=7)
    blocks = [b for b in list_blocks(store, config, FIRST_DAY, LAST_DAY) if b.counted]
    for block in blocks:
        expected = labelled.expected(block)
        outcome = all_weeks.add(block, expected)
        if block.start.date() >= week_two:
            later_before.add(block, expected)
        if outcome != "right":
            misses.append(f"  {miss_line(block, expected, outcome)}")
        if rows is not None:
            rows.append(dump_row(labelled, block, expected, outcome))
    if triage:
        corrected: set[str] = set()
        for block in blocks:
            expected = labelled.expected(block)
            if block.start.date() >= week_two or block.uid in corrected:
                continue
            if outcome_of(block, expected) != "right" or asked_about(block):
                tag_block(store, config, block.id, expected, series=block.recurring)
                corrected.add(block.uid)
        for block in list_blocks(store, config, week_two, LAST_DAY):
            if block.counted:
                expected = labelled.expected(block)
                if later_after.add(block, expected) != "right":
                    misses.append(f"  after triage: {miss_line(block, expected, 'still')}")
    store.close()
    return all_weeks, later_before, later_after, misses


def main() -> None:
    """Score every labelled calendar of the chosen sets and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--triage", action="store_true", help="triage week 1, score weeks 2-4")
    parser.add_argument("--show-wrong", action="store_true", help="list misses (dev set only)")
    parser.add_argument(
        "--by-rule", action="store_true", help="how often each rule is right (dev set only)"
    )
    parser.add_argument("--dump", type=Path, help="write every counted block (dev set only)")
    parser.add_argument("--against", type=Path, help="list the blocks changed since this dump")
    args = parser.parse_args()
    chosen = SETS if args.set == "all" else (args.set,)
    if (args.show_wrong or args.by_rule or args.dump or args.against) and "blind" in chosen:
        sys.exit(
            "--show-wrong, --by-rule, --dump and --against read the dev set only:"
            " the blind set is held out"
        )
    if args.against and not args.against.is_file():
        sys.exit(f"--against: no dump at {args.against}")
    rows: list[str] | None = [] if args.dump or args.against else None
    for name in chosen:
        files = sorted((DATA / name).glob("*.ics"))
        print(f"\n{name} set ({len(files)} calendars), % of counted blocks, all four weeks")
        print(HEADER)
        total, before, after = Score(), Score(), Score()
        triage_rows: list[str] = []
        for path in files:
            with tempfile.TemporaryDirectory() as folder:
                score, later_before, later_after, misses = evaluate(
                    read_labels(path), Path(folder), args.triage, rows
                )
            total += score
            before += later_before
            after += later_after
            print(score.line(path.stem))
            if args.show_wrong:
                print("\n".join(misses))
            if args.triage:
                triage_rows.append(later_before.line(path.stem + " before"))
                triage_rows.append(later_after.line(path.stem + " after"))
        print(total.line("ALL"))
        if args.by_rule:
            print("\n" + "\n".join(total.rule_lines()))
        if args.triage:
            print(f"\n{name} set, weeks 2-4, before and after triaging week 1")
            print(HEADER)
            print("\n".join(triage_rows))
            print(before.line("ALL before"))
            print(after.line("ALL after"))
    if rows is not None:
        if args.dump:
            args.dump.write_text("".join(f"{row}\n" for row in rows), encoding="utf-8")
        if args.against:
            earlier = args.against.read_text(encoding="utf-8").splitlines()
            print("\n" + "\n".join(changes(earlier, rows)))


if __name__ == "__main__":
    main()
