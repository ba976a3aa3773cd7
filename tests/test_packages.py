"""The package layout: every public name a package exports can be imported from it."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import ictime

PACKAGES = sorted(
    info.name
    for info in pkgutil.walk_packages(ictime.__path__, "ictime.")
    if info.ispkg and not info.name.startswith("ictime.tui")
)


def test_the_core_is_a_handful_of_packages() -> None:
    assert PACKAGES == [
        "ictime.analysis",
        "ictime.classify",
        "ictime.cli",
        "ictime.config",
        "ictime.ics",
        "ictime.render",
        "ictime.service",
        "ictime.store",
        "ictime.suggest",
    ]


@pytest.mark.parametrize("name", PACKAGES)
def test_every_exported_name_resolves(name: str) -> None:
    package = importlib.import_module(name)
    exported = package.__all__
    assert exported, f"{name} exports nothing"
    missing = [item for item in exported if getattr(package, item, None) is None]
    assert not missing, f"{name}.__all__ names what it cannot give: {missing}"
