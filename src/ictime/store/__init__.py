"""The SQLite store: one file with sources, blocks, manual tags and the import log.

The only package that touches sqlite-utils. The schema is described in `docs/storage.md`.
"""

from ictime.store.database import (
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
from ictime.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "BlockRow",
    "Change",
    "SourceState",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreFull",
    "StoreReadOnly",
    "dumps",
]
