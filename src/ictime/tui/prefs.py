"""What the app remembers between runs (the theme), in a small JSON file of the user's state."""

from __future__ import annotations

import json
import os
from pathlib import Path


def default_prefs_path() -> Path:
    """The platform's user state directory for ictime (platformdirs), plus `tui.json`."""
    import platformdirs

    return Path(platformdirs.user_state_dir("ictime")) / "tui.json"


def load_prefs(path: Path | None) -> dict[str, str]:
    """The remembered choices; nothing when there is no file or it cannot be read.

    Args:
        path: the file, or None when nothing is remembered (tests).

    Returns:
        Choice name to value, string values only.
    """
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a lost preference is not worth an error
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if isinstance(value, str)}


def save_prefs(path: Path | None, prefs: dict[str, str]) -> None:
    """Write the choices whole (a temporary file, then a rename); failures are ignored.

    Args:
        path: the file, or None to remember nothing.
        prefs: choice name to value.
    """
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_suffix(".tmp")
        scratch.write_text(json.dumps(prefs, indent=2) + "\n", encoding="utf-8")
        os.replace(scratch, path)
    except OSError:
        pass  # the app works the same, it just forgets the theme
