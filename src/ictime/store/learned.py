"""What ictime learned from corrections: the examples, and each block's learned tag.

An example is kept per corrected occurrence or series (keyed like a manual tag) and stays
when its block is gone. The service decides what resembles what (`classify.learned`); this
module only stores it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ictime.store.database import Store, _now_iso
from ictime.store.reads import query

LEARNED_COLUMNS: tuple[str, ...] = ("learned_from", "learned_category", "learned_confident")
"""The columns of `blocks` that hold its learned tag (all NULL when nothing was learned)."""


def save_example(store: Store, example: dict[str, Any]) -> int:
    """Keep (or replace) the example of a correction, inside the caller's transaction.

    Args:
        store: the open store.
        example: `uid`, `scope`, `recurrence_id`, `block_id`, `title`, `organizer`,
            `people`, `names` (JSON list), `category` and `start_ts`.

    Returns:
        The example's id (a replaced example keeps its id).
    """
    values = {**example, "tagged_at": _now_iso()}
    columns = ", ".join(values)
    store.db.execute(
        f"INSERT INTO learned ({columns}) VALUES ({', '.join('?' for _ in values)})"
        " ON CONFLICT (uid, scope, recurrence_id) DO UPDATE SET"
        " block_id = excluded.block_id, title = excluded.title,"
        " organizer = excluded.organizer, people = excluded.people, names = excluded.names,"
        " category = excluded.category, start_ts = excluded.start_ts,"
        " tagged_at = excluded.tagged_at",
        list(values.values()),
    )
    row = store.conn.execute(
        "SELECT id FROM learned WHERE uid = ? AND scope = ? AND recurrence_id = ?",
        [example["uid"], example["scope"], example["recurrence_id"]],
    ).fetchone()
    return int(row[0])


def example_rows(store: Store) -> list[dict[str, Any]]:
    """Every example, oldest first, with `ruled`: the rules' category of its block (else None)."""
    return list(
        query(
            store.conn,
            "SELECT l.*, (SELECT b.category FROM blocks AS b"
            "  WHERE b.id = l.block_id AND b.rule IS NOT NULL LIMIT 1) AS ruled"
            " FROM learned AS l ORDER BY l.id",
        )
    )


def forget_example(store: Store, example_id: int) -> bool:
    """Forget one example (inside the caller's transaction); False when there is none."""
    cursor = store.db.execute("DELETE FROM learned WHERE id = ?", [example_id])
    return bool(cursor.rowcount)


def has_examples(store: Store) -> bool:
    """Whether anything was learned at all (a cheap test before re-deciding blocks)."""
    return store.conn.execute("SELECT 1 FROM learned LIMIT 1").fetchone() is not None


def distinct_titles(store: Store) -> list[str]:
    """Every distinct title of the stored blocks (for the rarity of words)."""
    return [str(row[0]) for row in store.conn.execute("SELECT DISTINCT summary FROM blocks")]


def people_names(store: Store) -> list[str]:
    """Every distinct attendee name and address, and organiser, of the stored blocks."""
    # Distinct lists first: a series repeats one list thousands of times.
    names = {str(row[0]) for row in store.conn.execute("SELECT DISTINCT organizer FROM blocks")}
    for (attendee_list,) in store.conn.execute("SELECT DISTINCT attendee_list FROM blocks"):
        for email, _, name in json.loads(attendee_list):
            names.update((email, name))
    names.discard("")
    return sorted(names)


def learning_inputs(store: Store) -> Iterator[tuple[Any, ...]]:
    """Per stored block: source id, id, uid, title, organiser, others, the rules' category
    (None when no rule tags it), its learned columns."""
    yield from store.conn.execute(
        "SELECT source_id, id, uid, summary, organizer, attendees,"
        " CASE WHEN rule IS NULL THEN NULL ELSE category END,"
        f" {', '.join(LEARNED_COLUMNS)} FROM blocks"
    )


def update_learned(store: Store, updates: Iterable[tuple[Any, ...]]) -> None:
    """Store recomputed learned tags (inside the caller's transaction).

    Args:
        store: the open store.
        updates: per block, `LEARNED_COLUMNS` values, then its source id and id.
    """
    assignments = ", ".join(f"{column} = ?" for column in LEARNED_COLUMNS)
    store.db.conn.executemany(
        f"UPDATE blocks SET {assignments} WHERE source_id = ? AND id = ?", updates
    )


def clear_learned(store: Store) -> None:
    """Forget every block's learned tag (inside the caller's transaction)."""
    store.db.execute(
        "UPDATE blocks SET learned_from = NULL, learned_category = NULL,"
        " learned_confident = NULL WHERE learned_from IS NOT NULL"
    )


def learned_counts(store: Store) -> dict[int, int]:
    """How many stored blocks not corrected by hand resemble each example, by example id."""
    rows = store.conn.execute(
        "SELECT learned_from, count(*) FROM blocks AS b WHERE learned_from IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM tags AS t WHERE t.uid = b.uid"
        "  AND (t.scope = 'series' OR t.recurrence_id = COALESCE(b.recurrence_id, '')))"
        " GROUP BY learned_from"
    ).fetchall()
    return {int(example_id): int(count) for example_id, count in rows}
