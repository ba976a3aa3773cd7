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
from ictime.store.learned import (
    LEARNED_COLUMNS,
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
from ictime.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "BLOCK_COLUMNS",
    "LEARNED_COLUMNS",
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
    "clear_learned",
    "distinct_titles",
    "dumps",
    "example_rows",
    "file_state",
    "forget_example",
    "forget_groups",
    "group_states",
    "has_examples",
    "learned_counts",
    "learning_inputs",
    "people_names",
    "replace_group_blocks",
    "save_example",
    "save_groups",
    "update_learned",
]
