"""Reads one table of a config file key by key, with errors that name the file and the key."""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from ictime.config.settings import ConfigError
from ictime.timeutil import parse_clock

TOP_LEVEL_KEYS = ("timezone",)

MISSING: Any = object()
_TOML_POSITION = re.compile(r"^(.*) \(at line (\d+), column (\d+)\)$", re.DOTALL)
_AT_END = " (at end of document)"


def describe(value: Any) -> str:
    """Show a TOML value the way the person wrote it, short enough for one message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = json.dumps(value, ensure_ascii=False)
        return shown if len(shown) <= 42 else shown[:40] + '…"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, datetime | date | time):
        return f"the date/time {value.isoformat()}"
    return repr(value)


def did_you_mean(word: str, choices: Sequence[str], *, fmt: str = '"{}"') -> str:
    """A ` (did you mean …?)` hint naming the closest choice, or an empty string."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {fmt.format(close[0])}?)" if close else ""


def load_toml(text: str, *, origin: str) -> dict[str, Any]:
    """Parse TOML text, turning every failure into a `ConfigError` with line and column."""
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _TOML_POSITION.match(message)
        if found:
            what, line, column = found[1], int(found[2]), int(found[3])
        elif message.endswith(_AT_END):
            what = message.removesuffix(_AT_END)
            line = text.count("\n") + 1
            column = len(text.rsplit("\n", 1)[-1]) + 1
        else:
            raise ConfigError(f"{origin}: invalid TOML: {message}") from None
        raise ConfigError(
            f"{origin}: invalid TOML at line {line}, column {column}: {what}"
        ) from None
    except RecursionError:
        raise ConfigError(f"{origin}: invalid TOML: nested too deeply") from None


class Section:
    """One table of the config, read key by key; every error names the file and the key."""

    def __init__(
        self, table: Mapping[str, Any], *, origin: str, label: str, known: Sequence[str]
    ) -> None:
        self.table = table
        self.origin = origin
        self.label = label
        for key in table:
            if key not in known:
                hint = did_you_mean(key, known)
                if not hint and key in TOP_LEVEL_KEYS:
                    hint = f" ({key} is a top-level key: put it above the first [section])"
                elif not hint:
                    hint = f"; the keys here are {', '.join(known)}"
                raise self.error(key, f"unknown key{hint}")

    def error(self, key: str | None, message: str) -> ConfigError:
        """A `ConfigError` for `key` of this table (the table itself when `key` is None)."""
        where = " ".join(part for part in (self.label, key) if part)
        return ConfigError(f"{self.origin}: {where}: {message}")

    def _expected(self, key: str, what: str, value: Any) -> ConfigError:
        return self.error(key, f"expected {what}, got {describe(value)}")

    def integer(self, key: str, default: int, *, lo: int, hi: int) -> int:
        """An integer in [lo, hi] (a bool is not an integer)."""
        value = self.table.get(key, MISSING)
        if value is MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._expected(key, "an integer", value)
        self._check_range(key, value, lo, hi)
        return value

    def number(
        self, key: str, default: float, *, lo: float, hi: float, above_lo: bool = False
    ) -> float:
        """A finite number in [lo, hi], or in (lo, hi] with `above_lo`."""
        value = self.table.get(key, MISSING)
        if value is MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._expected(key, "a number", value)
        if not math.isfinite(value):
            raise self._expected(key, "a finite number", value)
        if above_lo and value <= lo:
            raise self.error(key, f"must be greater than {lo:g}, got {value:g}")
        self._check_range(key, value, lo, hi)
        return float(value)

    def _check_range(self, key: str, value: float, lo: float, hi: float) -> None:
        if not lo <= value <= hi:
            raise self.error(key, f"must be between {lo:g} and {hi:g}, got {value:g}")

    def boolean(self, key: str, default: bool) -> bool:
        """A true/false value."""
        value = self.table.get(key, MISSING)
        if value is MISSING:
            return default
        if not isinstance(value, bool):
            raise self._expected(key, "true or false", value)
        return value

    def string(self, key: str, default: str) -> str:
        """A string."""
        value = self.table.get(key, MISSING)
        if value is MISSING:
            return default
        if not isinstance(value, str):
            raise self._expected(key, "a string", value)
        return value

    def strings(self, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        """An array of strings."""
        value = self.table.get(key, MISSING)
        if value is MISSING:
            return default
        if not isinstance(value, list):
            raise self._expected(key, "an array of strings", value)
        for item in value:
            if not isinstance(item, str):
                raise self.error(key, f"expected an array of strings, got an item {describe(item)}")
        return tuple(value)

    def clock(self, key: str, default: time) -> time:
        """A local time of day, written "HH:MM" (a TOML local time is accepted too)."""
        value = self.table.get(key, MISSING)
        if value is MISSING:
            return default
        if isinstance(value, time) and value.tzinfo is None:
            return value
        clock = parse_clock(value) if isinstance(value, str) else None
        if clock is None:
            raise self._expected(key, '"HH:MM"', value)
        return clock

    def section(self, key: str, known: Sequence[str]) -> Section:
        """The sub-table `[key]`, empty when absent."""
        value = self.table.get(key, {})
        label = f"[{key}]"
        if not isinstance(value, dict):
            raise ConfigError(f"{self.origin}: {label}: expected a table, got {describe(value)}")
        return Section(value, origin=self.origin, label=label, known=known)

    def tables(self, key: str) -> list[dict[str, Any]]:
        """The array of tables `[[key]]`, empty when absent."""
        value = self.table.get(key, [])
        label = f"[[{key}]]"
        if not isinstance(value, list):
            raise ConfigError(
                f"{self.origin}: {label}: expected an array of tables, got {describe(value)}"
            )
        for number, item in enumerate(value, start=1):
            if not isinstance(item, dict):
                raise ConfigError(
                    f"{self.origin}: {label} #{number}: expected a table, got {describe(item)}"
                )
        return value
