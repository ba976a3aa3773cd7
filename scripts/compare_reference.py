"""Compare ictime's reader with recurring-ical-events on real calendar files, file by file.

Run `.venv/bin/python scripts/compare_reference.py [--mirror GIT_DIR ...] [--folder DIR ...]`.
A mirror is a (bare) git repository whose `.ics` files at HEAD are read; a folder holds one
subfolder per project (like `tests/fixtures/real/`, the default). Each file is read by the
reference and by ictime over 2000-01-01 to 2030-12-31 (`tests/support/reference.py` says
exactly how occurrences compare), each side in its own process with a time limit, so a file
that hangs either side is reported rather than waited for.

Projects are split, before any tuning, into a TUNING set (icalendar, recurring-ical-events,
khal) and a HELD-OUT set (every other project). For each set the script prints how many
files the reference expands (at least one occurrence in the window) and the percentage of
those whose occurrences ictime stores exactly, then a line per project, and, with `--show`,
the files that differ. `--details FILE` writes one JSON line per file.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import subprocess
import sys
import time
import traceback
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from support.reference import (  # noqa: E402  (tests/ is put on the path just above)
    Comparison,
    read_with_ictime,
    read_with_reference,
)

PROJECTS = {
    "collective+icalendar": "icalendar",
    "niccokunzmann+python-recurring-ical-events": "recurring-ical-events",
    "pimutils+khal": "khal",
    "ical-org+ical.net": "ical.net",
    "ical4j+ical4j": "ical4j",
    "libical+libical": "libical",
    "apple+ccs-calendarserver": "ccs-calendarserver",
    "jens-maus+node-ical": "node-ical",
    "mozilla-comm+ical.js": "ical.js",
    "irgangla+icalevents": "icalevents",
    "icalendar+icalendar": "ruby-icalendar",
    "Kozea+Radicale": "radicale",
}
"""Mirror names (owner+name) to the short project names used for fixture folders."""
TUNING = frozenset({"icalendar", "recurring-ical-events", "khal"})
"""The projects tuned on; every other project is held out."""
_MEMORY_LIMIT = 3 * 1024**3


@dataclass
class FileResult:
    """What both sides made of one file."""

    project: str
    path: str
    reference: str = "pending"
    """ "ok", "failed: …", "timeout" or "crashed: …"."""
    ictime: str = "pending"
    """ "ok", "refused: …", "timeout" or "crashed: …"."""
    comparison: Comparison = field(default_factory=lambda: Comparison(None))
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def held_out(self) -> bool:
        """Whether the file belongs to the held-out set."""
        return self.project not in TUNING

    @property
    def compared(self) -> bool:
        """Whether the file counts: the reference expanded at least one occurrence."""
        return self.reference == "ok" and self.comparison.compared

    @property
    def same(self) -> bool:
        """Whether ictime stores exactly what the reference expands."""
        return self.ictime == "ok" and self.comparison.same

    @property
    def explained(self) -> bool:
        """Whether it differs only by ictime's deliberate readings (TZIDs, blank UIDs)."""
        return self.ictime == "ok" and not self.comparison.same and self.comparison.explained

    @property
    def refused_by_design(self) -> bool:
        """Whether ictime refused a file the reference reads because it is cut short."""
        return self.ictime.startswith("refused: truncated")


def main() -> None:
    """Compare every file, then print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", action="append", default=[], type=Path)
    parser.add_argument("--folder", action="append", default=[], type=Path)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per file and side")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=0, help="list up to N differing files")
    parser.add_argument("--details", type=Path, help="write one JSON line per file here")
    parser.add_argument("--only", help="only files whose project/path contains this text")
    args = parser.parse_args()
    folders = args.folder or ([] if args.mirror else [ROOT / "tests" / "fixtures" / "real"])
    files = [*_mirror_files(args.mirror), *_folder_files(folders)]
    if args.only:
        files = [item for item in files if args.only in f"{item[0]}/{item[1]}"]
    started = time.monotonic()
    results = _run(files, args.timeout, args.jobs)
    _report(results, args.show)
    print(f"{len(results)} files in {time.monotonic() - started:.0f} s")
    if args.details:
        with args.details.open("w") as out:
            for result in results:
                out.write(json.dumps(_as_json(result)) + "\n")


def _mirror_files(mirrors: list[Path]) -> Iterator[tuple[str, str, bytes]]:
    for git_dir in mirrors:
        name = git_dir.parent.name if git_dir.name in ("repo", ".git") else git_dir.name
        if name == "repo":
            name = git_dir.parent.parent.name
        project = PROJECTS.get(name, name)
        listing = subprocess.run(
            ["git", f"--git-dir={git_dir}", "ls-tree", "-r", "-z", "HEAD"],
            check=True,
            capture_output=True,
        ).stdout.decode()
        for entry in listing.split("\0"):
            if not entry:
                continue
            meta, path = entry.split("\t", 1)
            mode, kind, sha = meta.split()
            if kind == "blob" and mode != "120000" and path.lower().endswith(".ics"):
                blob = subprocess.run(
                    ["git", f"--git-dir={git_dir}", "cat-file", "blob", sha],
                    check=True,
                    capture_output=True,
                ).stdout
                yield project, path, blob


def _folder_files(folders: list[Path]) -> Iterator[tuple[str, str, bytes]]:
    for folder in folders:
        for path in sorted(folder.rglob("*.ics")):
            relative = path.relative_to(folder)
            yield (
                PROJECTS.get(relative.parts[0], relative.parts[0]),
                "/".join(relative.parts[1:]),
                path.read_bytes(),
            )


def _side(side: str, data: bytes, conn: Connection) -> None:
    """Child process: read `data` with one side and send back what it found."""
    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_LIMIT, _MEMORY_LIMIT))
    warnings.simplefilter("ignore")  # icalendar warns about guessed TZIDs, file after file
    started = time.monotonic()
    try:
        if side == "reference":
            found = read_with_reference(data)
            status = "ok" if found.reference is not None else f"failed: {found.reference_error}"
            reply: Any = (status[:300], found)
        else:
            comparison = Comparison(None)
            read_with_ictime(data, comparison)
            reply = ("ok", comparison)
    except BaseException:  # the harness reports any crash, with its traceback
        reply = ("crashed: " + traceback.format_exc()[-1500:], None)
    conn.send((*reply, time.monotonic() - started))
    conn.close()


def _run(files: list[tuple[str, str, bytes]], timeout: float, jobs: int) -> list[FileResult]:
    """Read every file with both sides, `jobs` processes at a time."""
    context = multiprocessing.get_context("fork")
    results = [FileResult(project, path) for project, path, _ in files]
    tasks = [(index, side) for index in range(len(files)) for side in ("reference", "ictime")]
    running: dict[Any, tuple[BaseProcess, float, int, str]] = {}
    while tasks or running:
        while tasks and len(running) < jobs:
            index, side = tasks.pop(0)
            receiver, sender = context.Pipe(duplex=False)
            process: BaseProcess = context.Process(
                target=_side, args=(side, files[index][2], sender)
            )
            process.start()
            sender.close()
            running[receiver] = (process, time.monotonic() + timeout, index, side)
        for ready in wait(list(running), timeout=0.2):
            process, _, index, side = running.pop(ready)
            conn: Connection = ready  # type: ignore[assignment]
            try:
                status, value, seconds = conn.recv()
            except EOFError:
                status, value, seconds = "crashed: no reply (killed?)", None, 0.0
            process.join()
            _record(results[index], side, status, value, seconds)
        now = time.monotonic()
        for conn, (process, deadline, index, side) in list(running.items()):
            if now > deadline:
                process.kill()
                process.join()
                del running[conn]
                _record(results[index], side, "timeout", None, timeout)
    return results


def _record(result: FileResult, side: str, status: str, value: Any, seconds: float) -> None:
    result.seconds[side] = round(seconds, 3)
    if side == "reference":
        result.reference = status
        if value is not None:
            result.comparison.reference = value.reference
            result.comparison.corrected = value.corrected
        result.comparison.reference_error = "" if status == "ok" else status
        return
    if status != "ok":
        result.ictime = status
        return
    found: Comparison = value
    result.ictime = "ok" if found.ictime is not None else f"refused: {found.ictime_error}"
    result.comparison.ictime = found.ictime
    result.comparison.ictime_error = found.ictime_error
    result.comparison.skipped, result.comparison.warnings = found.skipped, found.warnings


def _report(results: list[FileResult], show: int) -> None:
    print(
        f"{'set / project':<26}{'files':>6}{'expanded':>9}{'same':>6}{'+deliberate':>12}"
        f"{'same %':>8}{'truncated':>10}{'ref fails':>10}{'ictime hangs':>13}"
    )
    for title, held_out in (("TUNING", False), ("HELD-OUT", True)):
        chosen = [r for r in results if r.held_out == held_out]
        _line(title, chosen)
        for project in sorted({r.project for r in chosen}):
            _line(f"  {project}", [r for r in chosen if r.project == project])
    print(
        "same %: files stored exactly as the reference expands them, or as it expands them\n"
        "given ictime's deliberate readings (+deliberate), of the files it expands; a\n"
        "truncated file that ictime refuses by design counts as a miss"
    )
    differing = [r for r in results if r.compared and not (r.same or r.explained)]
    for result in differing[:show]:
        comparison = result.comparison
        print(f"\n{result.project}/{result.path}: ictime {result.ictime[:200]}")
        print(f"  missing {len(comparison.missing)}: {sorted(comparison.missing, key=str)[:3]}")
        print(f"  extra {len(comparison.extra)}: {sorted(comparison.extra, key=str)[:3]}")
        for reason in comparison.skipped[:3]:
            print(f"  skipped {reason[:200]}")
    troubled = [r for r in results if not r.ictime.startswith(("ok", "refused"))]
    for result in troubled:
        print(f"\n{result.project}/{result.path}: ictime {result.ictime}")


def _line(title: str, chosen: list[FileResult]) -> None:
    expanded = [r for r in chosen if r.compared]
    same = sum(r.same for r in expanded)
    explained = sum(r.explained for r in expanded)
    percent = f"{100 * (same + explained) / len(expanded):.1f}" if expanded else "-"
    truncated = sum(r.refused_by_design for r in expanded)
    failed = sum(r.reference != "ok" for r in chosen)
    troubled = sum(not r.ictime.startswith(("ok", "refused")) for r in chosen)
    print(
        f"{title:<26}{len(chosen):>6}{len(expanded):>9}{same:>6}{explained:>12}{percent:>8}"
        f"{truncated:>10}{failed:>10}{troubled:>13}"
    )


def _as_json(result: FileResult) -> dict[str, Any]:
    comparison = result.comparison
    return {
        "project": result.project,
        "path": result.path,
        "held_out": result.held_out,
        "reference": result.reference,
        "ictime": result.ictime,
        "compared": result.compared,
        "same": result.same,
        "explained": result.explained,
        "reference_rows": len(comparison.reference or ()),
        "ictime_rows": len(comparison.ictime or ()),
        "missing": [list(row) for row in sorted(comparison.missing, key=str)[:5]],
        "extra": [list(row) for row in sorted(comparison.extra, key=str)[:5]],
        "skipped": comparison.skipped[:10],
        "warnings": comparison.warnings[:10],
        "seconds": result.seconds,
    }


if __name__ == "__main__":
    main()
