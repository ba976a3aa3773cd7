"""The SQLite store: one file with sources, blocks, manual tags and the import log.

The only package that touches sqlite-utils, the home of the schema and of every write. A
read may go through the standard `sqlite3` module (`ictime.store.reads`), so each name loads
its submodule on first use: the day's agenda is read before sqlite-utils is imported. The
schema is described in `docs/storage.md`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ictime.lazy import lazy_exports

if TYPE_CHECKING:
    from ictime.store.database import (
        BLOCK_COLUMNS,
        BlockRow,
        Change,
        SourceState,
        Store,
        StoreBusy,
        StoreError,
        StoreFull,
        StoreReadOnly,
        dumps,
    )
    from ictime.store.groups import (
        FileState,
        GroupState,
        file_state,
        forget_groups,
        group_states,
        replace_group_blocks,
        save_groups,
    )
    from ictime.store.reads import FINGERPRINT_KEY, peek_blocks
    from ictime.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "BLOCK_COLUMNS",
    "FINGERPRINT_KEY",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "BlockRow",
    "Change",
    "FileState",
    "GroupState",
    "SourceState",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreFull",
    "StoreReadOnly",
    "dumps",
    "file_state",
    "forget_groups",
    "group_states",
    "peek_blocks",
    "replace_group_blocks",
    "save_groups",
]

__getattr__ = lazy_exports(
    __name__,
    {
        "database": (
            "BLOCK_COLUMNS",
            "BlockRow",
            "Change",
            "SourceState",
            "Store",
            "StoreBusy",
            "StoreError",
            "StoreFull",
            "StoreReadOnly",
            "dumps",
        ),
        "groups": (
            "FileState",
            "GroupState",
            "file_state",
            "forget_groups",
            "group_states",
            "replace_group_blocks",
            "save_groups",
        ),
        "reads": ("FINGERPRINT_KEY", "peek_blocks"),
        "schema": ("MIGRATIONS", "SCHEMA_VERSION"),
    },
)
