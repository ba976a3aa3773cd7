"""Older databases, made from current ones: what an ictime of an earlier schema left."""

from __future__ import annotations

import sqlite3


def as_schema(conn: sqlite3.Connection, version: int) -> None:
    """Undo the migrations after `version`, so the store migrates this file on opening.

    Args:
        conn: a connection to a database of the current schema (5).
        version: the schema to pretend; rows keep what the later schemas added to them.
    """
    if version < 5:
        conn.execute("DROP TABLE block_versions")
    if version < 4:
        for column in ("confident", "learned_from", "learned_category", "learned_confident"):
            conn.execute(f"ALTER TABLE blocks DROP COLUMN {column}")
        conn.execute("DROP TABLE learned")
    conn.execute(f"PRAGMA user_version = {version}")
