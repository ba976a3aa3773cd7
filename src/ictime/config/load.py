"""Loading a config file: reading it, checking every key, and writing the commented example."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ictime.config.paths import default_config_path
from ictime.config.settings import Config, ConfigError


def load_config(
    path: Path | None,
    *,
    must_exist: bool = False,
    default_timezone: ZoneInfo | None = None,
) -> Config:
    """Read and validate a config file.

    Args:
        path: The file to read; None means `default_config_path()`.
        must_exist: Fail when the default file is missing instead of using all defaults.
            A path given explicitly must always exist.
        default_timezone: The zone used when the file sets none; None means the system's.

    Returns:
        The config; all defaults when the default file is missing or the file is empty.

    Raises:
        ConfigError: The file is missing (see above), unreadable, or invalid.
    """
    explicit = path is not None
    config_path = path if path is not None else default_config_path()
    origin = str(config_path)
    try:
        text = config_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit or must_exist:
            raise ConfigError(
                f'{origin}: no such config file (run "ictime init" to write one)'
            ) from None
        text = ""
    except UnicodeDecodeError:
        raise ConfigError(f"{origin}: not UTF-8 text") from None
    except OSError as error:
        raise ConfigError(f"{origin}: cannot read: {error.strerror or error}") from None
    return parse_config(
        text,
        origin=origin,
        default_timezone=default_timezone,
        base_dir=config_path.parent,
    )


def parse_config(
    text: str,
    *,
    origin: str,
    default_timezone: ZoneInfo | None = None,
    base_dir: Path | None = None,
) -> Config:
    """Validate config TOML text.

    Args:
        text: The TOML text; empty (or only comments) means all defaults.
        origin: The file name that starts every error message.
        default_timezone: The zone used when the text sets none; None means the system's.
        base_dir: The directory that relative source paths are relative to (the config
            file's); None leaves them as written.

    Returns:
        The config.

    Raises:
        ConfigError: The first problem found, naming `origin` and the key.
    """
    from ictime.config.build import build_config
    from ictime.config.reader import load_toml

    config = build_config(
        load_toml(text, origin=origin),
        origin=origin,
        default_timezone=system_timezone() if default_timezone is None else default_timezone,
        base_dir=base_dir,
    )
    if config.rules:
        # Checked here, so a bad rule is a config error before any command runs.
        from ictime.classify import RuleError, compile_rules

        try:
            compile_rules(config.rules, origin=origin)
        except RuleError as error:
            raise ConfigError(str(error)) from None
    return config


def example_config_text() -> str:
    """The commented example config shipped with ictime.

    Returns:
        The text of the packaged `config.example.toml`; it parses to the defaults.
    """
    from importlib.resources import files

    return files("ictime").joinpath("data", "config.example.toml").read_text(encoding="utf-8")


def write_example_config(path: Path, *, force: bool = False) -> Path:
    """Write the commented example config (for `ictime init`).

    Args:
        path: Where to write it; missing parent directories are created.
        force: Replace a file that is already there.

    Returns:
        The path written.

    Raises:
        ConfigError: The file exists and `force` is false, or it cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w" if force else "x", encoding="utf-8") as out:
            out.write(example_config_text())
    except FileExistsError:
        raise ConfigError(
            f"{path}: already exists; not overwriting it (use --force to replace it)"
        ) from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot write: {error.strerror or error}") from None
    return path


def system_timezone() -> ZoneInfo:
    """The system's IANA time zone.

    Tries the `TZ` variable, then where `/etc/localtime` links to, then `/etc/timezone`.

    Returns:
        That zone, or UTC when none of them names a known zone.
    """
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    with contextlib.suppress(OSError):
        candidates.append(os.path.realpath("/etc/localtime"))
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for candidate in candidates:
        zone = _zone_named(candidate)
        if zone is not None:
            return zone
    return ZoneInfo("UTC")


def _zone_named(name: str) -> ZoneInfo | None:
    # A path such as /usr/share/zoneinfo/Europe/Berlin names the zone after "zoneinfo/".
    if "zoneinfo/" in name:
        name = name.rsplit("zoneinfo/", 1)[1]
    if not name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
