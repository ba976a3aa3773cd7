"""Package exports that load their submodule on first use, so importing a package stays cheap.

A package's `__init__` names its exports under `TYPE_CHECKING` (for type checkers and
readers) and hands the same names to `lazy_exports`, which returns its `__getattr__`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, homes: Mapping[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports each exported name from its submodule when asked.

    Args:
        package: the package's `__name__`.
        homes: submodule name (relative to the package) to the names it exports.

    Returns:
        The function to assign to the package's `__getattr__`.
    """
    home_of = {name: module for module, names in homes.items() for name in names}

    def __getattr__(name: str) -> Any:
        if name in home_of:
            return getattr(import_module(f"{package}.{home_of[name]}"), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
