"""Reading a calendar source's bytes: a file (a path or file:// URL) or an http(s)/webcal URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from http.client import HTTPResponse

MAX_BYTES = 200 * 1024 * 1024
TIMEOUT_SECONDS = 30.0
"""The longest one read of a download may wait."""
DOWNLOAD_TIMEOUT_SECONDS = 120.0
"""The time a whole download is given, unless told otherwise."""
_CHUNK = 1024 * 1024


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


def read_source(location: str, *, download_timeout: float = DOWNLOAD_TIMEOUT_SECONDS) -> bytes:
    """Read all of a source.

    Args:
        location: a normalised location (see `normalise`).
        download_timeout: seconds a URL's whole download may take (`[import]
            download_timeout_seconds`).

    Returns:
        The raw bytes.

    Raises:
        SourceError: missing file, a folder, unreadable, too large, HTTP error, unreachable,
            a download past its deadline.
    """
    if is_url(location):
        return _read_url(location, download_timeout)
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


def _read_url(url: str, seconds: float) -> bytes:
    # Here: only URL imports pay for urllib.
    import http.client
    import urllib.error
    import urllib.request

    from ictime.ics.download import Deadline, open_url

    deadline = Deadline(seconds, per_read=TIMEOUT_SECONDS)
    request = urllib.request.Request(url, headers={"User-Agent": "ictime"})
    try:
        with open_url(request, deadline) as response:
            data = _read_body(response)
    except urllib.error.HTTPError as exc:
        raise SourceError(f"HTTP {exc.code} {exc.reason}") from None
    except (ValueError, http.client.InvalidURL) as exc:
        raise SourceError(f"not a usable URL: {exc}") from None
    except (OSError, http.client.HTTPException) as exc:
        if deadline.passed:
            raise SourceError(
                f"not downloaded within {seconds:g} s ([import] download_timeout_seconds)"
            ) from None
        if isinstance(exc, urllib.error.URLError):
            raise SourceError(f"cannot connect: {exc.reason}") from None
        if isinstance(exc, http.client.IncompleteRead):
            raise SourceError("cut off: the server sent less than it announced") from None
        if isinstance(exc, http.client.HTTPException):
            raise SourceError(f"a broken answer from the server ({type(exc).__name__})") from None
        raise SourceError(f"cannot download: {exc}") from None
    if len(data) > MAX_BYTES:
        raise SourceError("too large (over 200 MiB)")
    return data


def _read_body(response: HTTPResponse) -> bytes:
    """The body, in chunks, up to one byte over the limit (to tell that it is over).

    Raises:
        http.client.IncompleteRead: the server closed before its Content-Length.
    """
    import http.client

    chunks: list[bytes] = []
    total = 0
    while total <= MAX_BYTES:
        chunk = response.read(min(_CHUNK, MAX_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total <= MAX_BYTES and response.length:
        raise http.client.IncompleteRead(b"".join(chunks), response.length)
    return b"".join(chunks)
