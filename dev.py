#!/usr/bin/env python3
"""Set up a virtual environment and run ictime's demo, tests or benchmarks.

    python3 dev.py demo     # set up, then open the app on the bundled demo calendar
    python3 dev.py test     # set up, then lint, type-check, check the layers, run every test
    python3 dev.py bench    # set up, then run the benchmarks

Only the standard library is used here, so it runs on a fresh machine with Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".ictime-setup-stamp"


def run(*args: str | Path) -> None:
    """Run a command, stopping with its exit status when it fails."""
    print("+", " ".join(str(a) for a in args), flush=True)
    result = subprocess.run([str(a) for a in args], cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.returncode)


def setup() -> None:
    """Create .venv and install ictime with its test tools, unless pyproject is unchanged."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    run(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(BIN / "python", "-m", "pip", "install", "--quiet", "-e", ".[test]")
    STAMP.write_text(wanted)


def main() -> None:
    """Dispatch on the first argument."""
    command = sys.argv[1] if len(sys.argv) > 1 else "help"
    extra = sys.argv[2:]
    if command not in ("demo", "test", "bench", "setup"):
        sys.exit(__doc__)
    setup()
    if command == "demo":
        os.execv(BIN / "ictime", [str(BIN / "ictime"), "demo", *extra])
    elif command == "test":
        run(BIN / "ruff", "check", "src", "tests", "benchmarks", "scripts", "dev.py")
        run(BIN / "ruff", "format", "--check", "src", "tests", "benchmarks", "scripts", "dev.py")
        run(BIN / "mypy")
        run(BIN / "lint-imports")
        run(BIN / "python", "-m", "pytest", "-n", "2", *extra)
    elif command == "bench":
        for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
            run(BIN / "python", script, *extra)


if __name__ == "__main__":
    main()
