"""Count the words of the labelled calendars' titles by category, for the built-in word vote.

    python scripts/build_word_counts.py        # writes src/ictime/data/word_counts.json

Each calendar of `tests/data/tagging/dev` is imported as `scripts/evaluate_tags.py` imports
it, and each distinct title of its counted blocks (with its kind of attendee list: alone,
one other, a group) is counted once, under the label its writer gave it. A word is kept
when two calendars or more use it and it is no word of a person's name or address on any
of them ("Juliana / Daniela" says nothing of the next Juliana). The held-out calendars
(`blind`) are never read. The file also names each calendar it counted, with a hash of its
bytes, so that a test can tell when dev has changed since (promote a held-out set, then run
this again).
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import icalendar
from evaluate_tags import DATA, FIRST_DAY, LAST_DAY, imported, read_labels

from ictime.classify.learned import name_words as words_of_names
from ictime.classify.word_vote import CATEGORIES, KINDS, people_kind, title_words
from ictime.service import list_blocks

TARGET = Path(__file__).resolve().parent.parent / "src" / "ictime" / "data" / "word_counts.json"
MIN_CALENDARS = 2
"""A word counts when this many calendars use it."""

Item = tuple[str, str, str]
"""A distinct title of one calendar: the title, its kind of attendee list, its label."""


def name_words(path: Path) -> set[str]:
    """The words of every attendee's and organiser's name and address in a calendar."""
    names: list[str] = []
    for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
        for key in ("ATTENDEE", "ORGANIZER"):
            values = event.get(key, [])
            for value in values if isinstance(values, list) else [values]:
                names += [str(getattr(value, "params", {}).get("CN", "")), str(value)]
    return words_of_names(names)


def file_hash(path: Path) -> str:
    """Sixteen hex digits of a file's SHA-256."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def calendar_items(path: Path) -> list[Item]:
    """Each distinct (title, kind of attendee list) of a calendar's counted blocks, labelled."""
    labelled = read_labels(path)
    with tempfile.TemporaryDirectory() as folder:
        store, config = imported(labelled, Path(folder))
        try:
            items = {
                (unicodedata.normalize("NFKC", block.summary), people_kind(block.attendees)):
                labelled.expected(block)
                for block in list_blocks(store, config, FIRST_DAY, LAST_DAY)
                if block.counted
            }  # fmt: skip
        finally:
            store.close()
    return [(title, kind, label) for (title, kind), label in sorted(items.items())]


def word_counts(calendars: dict[str, list[Item]], names: set[str]) -> dict[str, object]:
    """The counts file's content from each calendar's labelled titles.

    Args:
        calendars: each calendar's items, by its file name.
        names: words of people's names and addresses, never counted.

    Returns:
        Calendars counted, counts by kind of attendee list, totals and words, each a list
        of counts in the order of `CATEGORIES`.
    """
    index = {category: at for at, category in enumerate(CATEGORIES)}
    kinds = {kind: [0] * len(CATEGORIES) for kind in KINDS}
    totals = [0] * len(CATEGORIES)
    words: dict[str, list[int]] = defaultdict(lambda: [0] * len(CATEGORIES))
    users: Counter[str] = Counter()
    for items in calendars.values():
        seen: set[str] = set()
        for title, kind, label in items:
            at = index[label]
            totals[at] += 1
            kinds[kind][at] += 1
            for word in title_words(title):
                words[word][at] += 1
                seen.add(word)
        users.update(seen)
    kept = {
        word: words[word]
        for word in sorted(words)
        if users[word] >= MIN_CALENDARS and word not in names
    }
    return {"calendars": len(calendars), "kinds": kinds, "totals": totals, "words": kept}


def main() -> None:
    """Count dev's calendars and write the counts file."""
    paths = sorted((DATA / "dev").glob("*.ics"))
    with ProcessPoolExecutor() as pool:
        items = dict(zip((p.name for p in paths), pool.map(calendar_items, paths), strict=True))
    names = set().union(*map(name_words, paths))
    content = word_counts(items, names)
    content["sources"] = {path.name: file_hash(path) for path in paths}
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    TARGET.write_text(text + "\n", encoding="utf-8")
    print(f"{TARGET}: the words of {len(paths)} calendars", file=sys.stderr)


if __name__ == "__main__":
    main()
