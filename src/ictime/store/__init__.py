"""The SQLite store: one file with sources, blocks, their history, manual tags, the import log.

The only package that touches sqlite-utils. The schema is described in `docs/storage.md`.
"""

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
    HISTORY_COLUMNS,
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
from ictime.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "BLOCK_COLUMNS",
    "HISTORY_COLUMNS",
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
    "current_blocks",
    "dumps",
    "file_state",
    "forget_groups",
    "group_states",
    "last_versions",
    "latest_import",
    "prune_versions",
    "record_versions",
    "replace_group_blocks",
    "save_groups",
    "versions_at",
    "versions_between",
]
