"""Corrections that teach: keeping examples, tagging the blocks that resemble them, forgetting.

The measure of resemblance is `ictime.classify.learned`'s. A block's learned tag is stored
apart from its rule tag (`blocks.learned_*`); `block_from_row` ranks it below the person's
own rules and above the built-in ones. Learned tags follow the examples: every correction,
forgetting and import re-decides them, in the same transaction.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from ictime.config import Config
from ictime.store import (
    Store,
    clear_learned,
    distinct_titles,
    dumps,
    example_rows,
    forget_example,
    has_examples,
    learned_counts,
    learning_inputs,
    people_names,
    save_example,
    update_learned,
)

if TYPE_CHECKING:
    from ictime.classify.learned import Example, Learner, Lesson

# The meta key of the stored titles and names that words are weighed and told apart by.
_CORPUS_KEY = "learning_corpus"


class LearnedExample(NamedTuple):
    """One example, as `ictime learned` lists it: what was tagged, and how many it teaches."""

    example: Example
    blocks: int


def keep_example(store: Store, config: Config, row: dict[str, Any], scope: str) -> int:
    """Keep the example of a correction of this stored block (inside a transaction).

    Args:
        store: the open store.
        config: the person's settings.
        row: the corrected block's stored row, with its new tag in `category`.
        scope: `occurrence` or `series`.

    Returns:
        The example's id.
    """
    from ictime.classify import normalise_email
    from ictime.classify.learned import people_kind

    attendee_list = json.loads(row["attendee_list"])
    names = sorted({n for email, _, name in attendee_list for n in (email, name) if n})
    return save_example(
        store,
        {
            "uid": row["uid"],
            "scope": scope,
            "recurrence_id": "" if scope == "series" else row["recurrence_id"] or "",
            "block_id": row["id"],
            "title": row["summary"],
            "organizer": normalise_email(row["organizer"]),
            "people": people_kind(row["attendees"]),
            "names": dumps(names),
            "category": row["category"],
            "start_ts": row["start_ts"],
        },
    )


def examples(store: Store, config: Config) -> list[Example]:
    """Every example the person's corrections left, oldest first."""
    from ictime.classify.learned import Example

    tz = config.timezone
    return [
        Example(
            id=row["id"],
            uid=row["uid"],
            title=row["title"],
            organizer=row["organizer"],
            people=row["people"],
            names=tuple(json.loads(row["names"])),
            category=row["category"],
            day=datetime.fromtimestamp(row["start_ts"], tz).date(),
            tagged_on=datetime.fromisoformat(row["tagged_at"]).astimezone(tz).date(),
            agrees=row["ruled"] == row["category"],
        )
        for row in example_rows(store)
    ]


def learner(store: Store, config: Config, *, keep: bool = False) -> Learner:
    """The examples, ready to match blocks against (words weighed over the stored titles).

    Args:
        store: the open store.
        config: the person's settings.
        keep: inside a write transaction: keep the titles and names read for next time.
    """
    from ictime.classify.learned import Learner

    titles, names = _corpus(store, keep)
    return Learner.build(examples(store, config), titles, names)


def _corpus(store: Store, keep: bool) -> tuple[list[str], list[str]]:
    """The stored blocks' distinct titles and people's names, kept until the next import.

    Reading every attendee list takes a ten-year database a tenth of a second; only an
    import changes them, so a correction reads them from the meta table.
    """
    cached = store.get_meta(_CORPUS_KEY)
    if cached is not None:
        titles, names = json.loads(cached)
        return titles, names
    titles, names = distinct_titles(store), people_names(store)
    if keep:
        store.set_meta(_CORPUS_KEY, dumps([titles, names]))
    return titles, names


def sync_learned_tags(store: Store, config: Config, *, imported: bool = False) -> int:
    """Inside the caller's transaction: re-decide every stored block's learned tag.

    Each distinct (title, organiser, kind of attendee list) is matched once, and only the
    blocks whose learned tag changes are written.

    Args:
        store: the open store.
        config: the person's settings.
        imported: blocks were just imported (the titles and names are read afresh).

    Returns:
        How many blocks changed.
    """
    if imported:
        store.delete_meta(_CORPUS_KEY)
    if not has_examples(store):
        clear_learned(store)
        return 0
    teach = learner(store, config, keep=True)
    updates: list[tuple[Any, ...]] = []
    for source_id, block_id, uid, title, organizer, others, ruled, *old in learning_inputs(store):
        lesson = teach.match(title, organizer, others, ruled)
        # A correction of one occurrence does not teach the rest of its own series: the
        # person chose not to tag the series.
        if lesson is None or lesson.example.uid == uid:
            new: tuple[Any, ...] = (None, None, None)
        else:
            new = (lesson.example.id, lesson.category, int(lesson.confident))
        if tuple(old) != new:
            updates.append((*new, source_id, block_id))
    update_learned(store, updates)
    return len(updates)


def lesson_of(store: Store, config: Config, row: dict[str, Any]) -> Lesson | None:
    """What a stored block learned, with the words it shares with its example (for explain)."""
    ruled = row["category"] if row["rule"] is not None else None
    lesson = learner(store, config).match(row["summary"], row["organizer"], row["attendees"], ruled)
    return None if lesson is None or lesson.example.uid == row["uid"] else lesson


def list_learned(store: Store, config: Config) -> list[LearnedExample]:
    """Every example, with how many stored blocks take their tag from it.

    Args:
        store: the open database.
        config: the person's settings.

    Returns:
        The examples, oldest first.
    """
    counts = learned_counts(store)
    return [LearnedExample(e, counts.get(e.id, 0)) for e in examples(store, config)]


def forget_learned(store: Store, config: Config, example_id: int) -> bool:
    """Forget one example; the blocks that learned from it go back to their rule tags.

    Args:
        store: the open database.
        config: the person's settings.
        example_id: the example's id (`ictime learned`).

    Returns:
        False when there was no such example.
    """
    with store.transaction():
        if not forget_example(store, example_id):
            return False
        sync_learned_tags(store, config)
    return True
