"""The SQLite store: one file with sources, blocks, manual tags and the import log.

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
from ictime.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "BLOCK_COLUMNS",
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
    "replace_group_blocks",
    "save_groups",
]
