"""The built-in rules' regexes, compiled once per machine and kept in the user's cache folder.

The built-in rules hold some 280,000 characters of case-insensitive regex. Compiling them
takes Python about a second, in every process that tags: a weekly `ictime import` of a few
changed events spent two thirds of its time there. Python compiles a regex in two steps:
parsing it and generating its code, in pure Python (`re._parser`, `re._compiler`), then
`_sre.compile`, in C, which checks that code and makes the pattern. The first step is the
slow one, and its result, a list of integers, depends only on the pattern, the flags and the
Python version; so it is kept in one file per set of built-in patterns and Python version,
and a later process does only the second step (milliseconds for all of them).

The first process that needs a built-in regex and finds no file compiles every built-in
pattern and writes it. A missing, unreadable or corrupt file, another Python, or a folder
that cannot be written means compiling as before: the file only ever saves time. It is read
with `marshal` (data, never code) and `_sre.compile` checks every code it is given; nothing
here changes what a regex matches, since the code is the one `re.compile` makes.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the C half of re, without stubs
import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from functools import cache
from pathlib import Path
from typing import Any

from ictime.classify.builtin_rules import DEFAULT_RULE_SPECS

FLAGS = re.IGNORECASE
"""Every built-in regex ignores case."""

REGEX_FIELDS = ("title", "description", "location", "calendar", "attendee")
"""The keys of a rule that hold regexes."""

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes after the pattern: flags, code, groups and their names."""


def builtin_patterns() -> tuple[str, ...]:
    """Every regex of the built-in rules, each once, in the order the rules give them.

    Returns:
        The patterns, as the rules write them.
    """
    patterns: dict[str, None] = {}
    for spec in DEFAULT_RULE_SPECS:
        for key in REGEX_FIELDS:
            values = spec.get(key, [])
            for pattern in [values] if isinstance(values, str) else values:
                patterns.setdefault(pattern, None)
    return tuple(patterns)


def cache_folder() -> Path:
    """The platform's user cache folder for ictime (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("ictime"))


def compile_builtin(pattern: str) -> re.Pattern[str]:
    """A built-in regex, from the compiled file when it holds it (see the module docstring).

    Args:
        pattern: one of `builtin_patterns()`; another pattern is compiled as usual.

    Returns:
        The same pattern `re.compile(pattern, re.IGNORECASE)` gives.
    """
    entry = _COMPILED.entry(pattern)
    if entry is not None:
        try:
            return _from_entry(pattern, entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # a damaged file: compile as usual
    return re.compile(pattern, FLAGS)


def compiled_file() -> Path:
    """Where the compiled built-in regexes of this Python and these rules are kept."""
    return cache_folder() / f"regexes-{_digest()}.marshal"


class _CompiledFile:
    """The compiled file's entries, read once a process, written by the first that lacks it."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] | None = None

    def entry(self, pattern: str) -> Entry | None:
        if self.entries is None:
            self.entries = _read()
        if pattern not in self.entries and pattern in _builtin_set():
            self.entries = _read()  # another process may have written it meanwhile
            if pattern not in self.entries:
                self.entries = {each: _entry(each) for each in builtin_patterns()}
                _write(self.entries)
        return self.entries.get(pattern)

    def forget(self) -> None:
        """Read the file again at the next pattern (for tests)."""
        self.entries = None


_COMPILED = _CompiledFile()


@cache
def _builtin_set() -> frozenset[str]:
    return frozenset(builtin_patterns())


@cache
def _digest() -> str:
    """A hash of what decides the compiled code: Python, its regex engine and the patterns."""
    text = "\0".join((sys.version, str(_sre.MAGIC), str(int(FLAGS)), *builtin_patterns()))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _read() -> dict[str, Entry]:
    """The compiled file's entries, or none when it is missing or cannot be read."""
    try:
        digest, entries = marshal.loads(compiled_file().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if digest != _digest() or not isinstance(entries, dict):
        return {}
    return entries


def _write(entries: dict[str, Entry]) -> None:
    """Write the file whole (another process reads the old one or the new), when it can."""
    target = compiled_file()
    temporary: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".tmp") as out:
            temporary = Path(out.name)
            out.write(marshal.dumps((_digest(), entries)))
        os.replace(temporary, target)
        for old in target.parent.glob("regexes-*.marshal"):
            if old != target:
                old.unlink(missing_ok=True)  # another version's: never read again
    except OSError:  # the file only saves time
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _entry(pattern: str) -> Entry:
    """What `re.compile` passes to `_sre.compile`, as `re._compiler.compile` makes it."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed: Any = _parser.parse(pattern, FLAGS)
    code = array("I", _compiler._code(parsed, FLAGS))
    names: dict[str, int] = dict(parsed.state.groupdict)
    index: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        index[number] = name
    flags = int(FLAGS | parsed.state.flags)
    return flags, code.tobytes(), parsed.state.groups - 1, names, tuple(index)


def _from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, raw, groups, names, index = entry
    code = array("I")
    if code.itemsize != _sre.CODESIZE:
        raise ValueError("this Python's regex code units are another size")
    code.frombytes(raw)
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, code.tolist(), groups, names, index)
    return compiled
