"""Peak memory of this process and every process below it (Linux /proc), sampled while it works."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path


def peak_while(work: Callable[[], object], every: float = 0.02) -> float:
    """Run `work`, sampling the memory of this process and its descendants.

    Args:
        work: what to measure.
        every: seconds between samples.

    Returns:
        The most resident memory seen, in MB.
    """
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(every):
            peak = max(peak, tree_memory(os.getpid()))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        work()
    finally:
        done.set()
        sampler.join()
    return max(peak, tree_memory(os.getpid()))


def tree_memory(pid: int) -> float:
    """MB resident in a process and every process below it."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents.setdefault(parent, []).append(int(stat.parent.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += parents.get(current, [])
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        total += sum(int(line.split()[1]) for line in status.splitlines() if line[:6] == "VmRSS:")
    return total / 1024
