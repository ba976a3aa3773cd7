"""ictime: where an individual contributor's week went, and how to win back time to build."""

__version__ = "0.1.0"
