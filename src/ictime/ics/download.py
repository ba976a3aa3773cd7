"""HTTP(S) downloads with a deadline for the whole answer, not only for each read.

A socket timeout bounds one read: a server that sends a byte every few seconds never trips
it, and urllib would wait forever (in the headers as in the body). Here every read of the
connection first checks the deadline and waits at most until it: the download ends when
the time is up, whatever the server does.
"""

from __future__ import annotations

import io
import socket
import time
import urllib.request
from collections.abc import Callable
from http.client import HTTPConnection, HTTPResponse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer


class DeadlinePassed(TimeoutError):
    """The whole download took longer than it was given."""


class Deadline:
    """A moment by which a download must be done, and the longest one read may wait."""

    def __init__(self, seconds: float, per_read: float) -> None:
        """Start the clock.

        Args:
            seconds: the time the whole download is given, from now.
            per_read: the most one read may wait, however much time is left.
        """
        self.seconds = seconds
        self.per_read = per_read
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left before the deadline (0 or less once it passed)."""
        return self._end - time.monotonic()

    @property
    def passed(self) -> bool:
        """Whether the deadline has passed."""
        return self.remaining() <= 0

    def next_wait(self) -> float:
        """How long the next read may wait.

        Raises:
            DeadlinePassed: no time is left.
        """
        left = self.remaining()
        if left <= 0:
            raise DeadlinePassed(f"not done within {self.seconds:g} s")
        return min(left, self.per_read)


def open_url(request: urllib.request.Request, deadline: Deadline) -> HTTPResponse:
    """Open a URL (following redirects, using proxies) with every read under `deadline`.

    Args:
        request: the request.
        deadline: when the whole answer must be in.

    Returns:
        The response; reading its body is bound by the same deadline.

    Raises:
        urllib.error.URLError, OSError, http.client.HTTPException, ValueError: as `urlopen`;
            DeadlinePassed (a TimeoutError) once the deadline passed.
    """
    opener = urllib.request.build_opener(_HTTPHandler(deadline), _HTTPSHandler(deadline))
    response: HTTPResponse = opener.open(request, timeout=deadline.next_wait())
    return response


class _DeadlineMixin:
    """Makes each connection's socket read under the deadline once it is connected."""

    deadline: Deadline

    def do_open(self, http_class: Any, req: urllib.request.Request, **kwargs: Any) -> Any:
        return super().do_open(  # type: ignore[misc]
            _connection_factory(http_class, self.deadline), req, **kwargs
        )


class _HTTPHandler(_DeadlineMixin, urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline


class _HTTPSHandler(_DeadlineMixin, urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline


def _connection_factory(
    http_class: Callable[..., HTTPConnection], deadline: Deadline
) -> Callable[..., HTTPConnection]:
    def make(*args: Any, **kwargs: Any) -> HTTPConnection:
        connection = http_class(*args, **kwargs)
        connect = connection.connect

        def connect_under_deadline() -> None:
            connect()  # TCP (and TLS) under the timeout urlopen was given
            connection.sock = _DeadlineSocket(connection.sock, deadline)

        setattr(connection, "connect", connect_under_deadline)  # noqa: B010
        return connection

    return make


class _DeadlineSocket:
    """A connected socket whose reader waits no longer than the deadline allows."""

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def makefile(self, mode: str = "r", *args: Any, **kwargs: Any) -> io.BufferedReader:
        # http.client reads the answer through sock.makefile("rb") alone.
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class _DeadlineReader(io.RawIOBase):
    """Raw reads of a socket, each waiting at most until the deadline."""

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        super().__init__()
        self._sock = sock
        # The socket's own raw reader: it keeps the socket open while the answer is read,
        # even after the connection object lets go of it.
        self._raw = sock.makefile("rb", buffering=0)
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer, /) -> int | None:
        self._sock.settimeout(self._deadline.next_wait())
        try:
            return self._raw.readinto(buffer)
        except TimeoutError:
            if self._deadline.passed:
                raise DeadlinePassed(f"not done within {self._deadline.seconds:g} s") from None
            raise

    def fileno(self) -> int:
        return self._raw.fileno()

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()
