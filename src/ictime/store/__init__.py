"""The SQLite store: one file with sources, blocks, their history, manual tags, the import log.

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
    from ictime.store.history import (
        ImportMark,
        baseline_import,
        current_blocks,
        last_versions,
        latest_import,
        prune_versions,
        record_versions,
        versions_at,
        versions_between,
    )
    from ictime.store.learned import (
        clear_learned,
        distinct_titles,
        example_rows,
        forget_example,
        has_examples,
        learned_counts,
        learning_inputs,
        people_names,
        save_example,
        update_learned,
    )
    from ictime.store.reads import (
        FINGERPRINT_KEY,
        peek_blocks,
    )
    from ictime.store.schema import (
        MIGRATIONS,
        SCHEMA_VERSION,
    )

__all__ = [
    "BLOCK_COLUMNS",
    "FINGERPRINT_KEY",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "BlockRow",
    "Change",
    "FileState",
    "GroupState",
    "ImportMark",
    "SourceState",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreFull",
    "StoreReadOnly",
    "baseline_import",
    "clear_learned",
    "current_blocks",
    "distinct_titles",
    "dumps",
    "example_rows",
    "file_state",
    "forget_example",
    "forget_groups",
    "group_states",
    "has_examples",
    "last_versions",
    "latest_import",
    "learned_counts",
    "learning_inputs",
    "peek_blocks",
    "people_names",
    "prune_versions",
    "record_versions",
    "replace_group_blocks",
    "save_example",
    "save_groups",
    "update_learned",
    "versions_at",
    "versions_between",
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
        "history": (
            "ImportMark",
            "baseline_import",
            "current_blocks",
            "last_versions",
            "latest_import",
            "prune_versions",
            "record_versions",
            "versions_at",
            "versions_between",
        ),
        "learned": (
            "clear_learned",
            "distinct_titles",
            "example_rows",
            "forget_example",
            "has_examples",
            "learned_counts",
            "learning_inputs",
            "people_names",
            "save_example",
            "update_learned",
        ),
        "reads": (
            "FINGERPRINT_KEY",
            "peek_blocks",
        ),
        "schema": (
            "MIGRATIONS",
            "SCHEMA_VERSION",
        ),
    },
)
