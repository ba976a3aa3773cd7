"""Reading a calendar source's bytes: a file (a path or file:// URL) or an http(s)/webcal URL."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

MAX_BYTES = 200 * 1024 * 1024
TIMEOUT_SECONDS = 30.0


class SourceError(Exception):
    """The source could not be read; the message says what is wrong (not which source)."""


def is_url(location: str) -> bool:
    """Whether a source names a URL rather than a file."""
    return location.lower().startswith(("http://", "https://", "webcal://", "webcals://"))


def is_file_url(location: str) -> bool:
    """Whether a source is a `file:` URL (read as the file it names)."""
    return location[:5].lower() == "file:"


def normalise(location: str) -> str:
    """The canonical form of a source, used to recognise it on the next import.

    Args:
        location: a path or URL as the person typed it.

    Returns:
        An absolute path (a `file://` URL on this machine becomes the path it names), or the
        URL with `webcal://` turned into `https://`.
    """
    if is_url(location):
        scheme, rest = location.split("://", 1)
        if scheme.lower() in ("webcal", "webcals"):
            return f"https://{rest}"
        return f"{scheme.lower()}://{rest}"
    if is_file_url(location):
        path = _file_url_path(location)
        if path is None:
            return location  # on another machine: reading it says so
        location = path
    return str(Path(location).expanduser().resolve())


def _file_url_path(url: str) -> str | None:
    """The path a `file:` URL names, or None when it names a file on another machine."""
    parts = urlsplit(url)
    if parts.netloc.lower() not in ("", "localhost"):
        return None
    if os.name == "nt":
        from urllib.request import url2pathname  # here: only Windows pays for urllib.request

        return url2pathname(parts.path)
    return unquote(parts.path)


def read_source(location: str) -> bytes:
    """Read all of a source.

    Args:
        location: a normalised location (see `normalise`).

    Returns:
        The raw bytes.

    Raises:
        SourceError: missing file, a folder, unreadable, too large, HTTP error, unreachable.
    """
    if is_url(location):
        return _read_url(location)
    if is_file_url(location):
        host = urlsplit(location).netloc
        raise SourceError(f"names a file on {host}: only files on this machine can be read")
    path = Path(location)
    try:
        if path.is_dir():
            raise SourceError("is a folder, not a calendar file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(f"too large ({size // 1_048_576} MiB; the limit is 200 MiB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such file") from None
    except PermissionError:
        raise SourceError("permission denied") from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from None


def _read_url(url: str) -> bytes:
    import urllib.error  # here: only URL imports pay for urllib
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "ictime"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise SourceError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise SourceError(f"cannot connect: {exc.reason}") from None
    except (TimeoutError, OSError) as exc:
        raise SourceError(f"cannot download: {exc}") from None
    except ValueError as exc:
        raise SourceError(f"not a usable URL: {exc}") from None
    if len(data) > MAX_BYTES:
        raise SourceError("too large (over 200 MiB)")
    return data
