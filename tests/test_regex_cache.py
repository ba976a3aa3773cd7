"""The compiled built-in regexes kept in the user's cache folder: the same matches, read back."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ictime.classify import regex_cache
from ictime.classify.regex_cache import builtin_patterns, compile_builtin, compiled_file

DATA = Path(__file__).parent / "data"
TITLES = [
    row["title"] for row in csv.DictReader((DATA / "labelled_titles.csv").open(encoding="utf-8"))
]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder of the test's own, read afresh."""
    monkeypatch.setattr(regex_cache, "cache_folder", lambda: tmp_path / "cache")
    regex_cache._COMPILED.forget()
    yield tmp_path / "cache"
    regex_cache._COMPILED.forget()


@pytest.fixture
def no_python_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any compiling of a built-in regex in Python (what the file saves)."""

    def refuse(pattern: str) -> regex_cache.Entry:
        raise AssertionError(f"compiled in Python: {pattern[:40]}")

    monkeypatch.setattr(regex_cache, "_entry", refuse)


def same_pattern(made: re.Pattern[str], pattern: str) -> None:
    expected = re.compile(pattern, re.IGNORECASE)
    assert (made.pattern, made.flags, made.groups, made.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        expected.groupindex,
    )
    for title in TITLES:
        mine, theirs = made.search(title), expected.search(title)
        assert (mine and mine.span()) == (theirs and theirs.span()), (title, pattern[:60])


def test_the_first_regex_writes_every_built_in_one_and_a_later_process_reads_them(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = builtin_patterns()[0]
    same_pattern(compile_builtin(first), first)
    assert [path.name for path in folder.iterdir()] == [compiled_file().name]
    regex_cache._COMPILED.forget()  # as a new process
    monkeypatch.setattr(regex_cache, "_entry", lambda pattern: pytest.fail(pattern[:40]))
    for pattern in builtin_patterns():
        same_pattern(compile_builtin(pattern), pattern)


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # an empty file
        b"not marshal at all",
        b"\xff" * 64,
    ],
)
def test_an_unreadable_file_means_compiling_as_before_and_writing_it_again(
    folder: Path, damage: bytes
) -> None:
    folder.mkdir()
    compiled_file().write_bytes(damage)
    pattern = builtin_patterns()[-1]
    same_pattern(compile_builtin(pattern), pattern)
    assert compiled_file().read_bytes() != damage
    regex_cache._COMPILED.forget()
    assert pattern in regex_cache._read()


def test_a_truncated_code_is_refused_by_the_regex_engine_and_compiled_as_before(
    folder: Path,
) -> None:
    pattern = builtin_patterns()[0]
    compile_builtin(pattern)
    entries = regex_cache._read()
    flags, code, groups, names, index = entries[pattern]
    entries[pattern] = (flags, code[: len(code) // 2], groups, names, index)
    regex_cache._write(entries)
    regex_cache._COMPILED.forget()
    same_pattern(compile_builtin(pattern), pattern)


def test_a_folder_that_cannot_be_written_costs_one_compile_and_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    monkeypatch.setattr(regex_cache, "cache_folder", lambda: blocker / "cache")
    regex_cache._COMPILED.forget()
    compiled: list[str] = []
    real_entry = regex_cache._entry

    def counted(pattern: str) -> regex_cache.Entry:
        compiled.append(pattern)
        return real_entry(pattern)

    monkeypatch.setattr(regex_cache, "_entry", counted)
    for pattern in builtin_patterns()[:5]:
        same_pattern(compile_builtin(pattern), pattern)
    assert sorted(compiled) == sorted(builtin_patterns())  # every one, once
    regex_cache._COMPILED.forget()


def test_another_versions_file_is_removed_when_this_ones_is_written(folder: Path) -> None:
    folder.mkdir()
    old = folder / "regexes-0123456789abcdef.marshal"
    old.write_bytes(b"old")
    compile_builtin(builtin_patterns()[0])
    assert not old.exists()
    assert compiled_file().exists()


def test_a_pattern_that_is_not_built_in_is_compiled_as_usual(
    folder: Path, no_python_compile: None
) -> None:
    assert compile_builtin(r"\bmine\b").search("all mine") is not None
    assert not folder.exists()


def test_a_fresh_process_tags_with_the_file_another_process_wrote(tmp_path: Path) -> None:
    """As a weekly `ictime import` after the first: nothing compiled in Python."""
    script = (
        "from ictime.classify import regex_cache\n"
        "from ictime.classify.conditions import builtin_regex\n"
        "{setup}"
        "print(sum(bool(builtin_regex(p).search('Code review')) for p in"
        " regex_cache.builtin_patterns()))\n"
    )
    refuse = "regex_cache._entry = lambda pattern: 1 / 0\n"
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": ""}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script.format(setup=setup)],
            capture_output=True, text=True, env=env, check=True,
        ).stdout
        for setup in ("", refuse)
    ]  # fmt: skip
    assert runs[0] == runs[1] != "0\n"
