"""Real local HTTP servers that misbehave: a hostile reason phrase, a response that drips."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import cast

DRIP_INTERVAL = 0.05
"""Seconds between two bytes of a dripping response: always well within a read timeout."""


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Run a real HTTP server on 127.0.0.1 with `handler` while the block runs.

    Args:
        handler: the request handler class.

    Yields:
        The server's base URL, `http://127.0.0.1:PORT`.
    """
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    stopping = threading.Event()
    """Set when the server stops: a dripping handler ends at once, not at its next byte."""

    def server_activate(self) -> None:
        self.stopping = threading.Event()
        super().server_activate()


class QuietHandler(BaseHTTPRequestHandler):
    """A handler that keeps the test output clean."""

    def log_message(self, format: str, *args: object) -> None:
        """Log nothing."""


def hostile_reason_handler(reason: str) -> type[BaseHTTPRequestHandler]:
    """A handler answering every GET with 404 and the given reason phrase, sent raw."""

    class HostileReason(QuietHandler):
        def do_GET(self) -> None:
            self.wfile.write(f"HTTP/1.1 404 {reason}\r\n".encode("latin-1"))
            self.wfile.write(b"Content-Length: 0\r\nConnection: close\r\n\r\n")

    return HostileReason


def dripping_handler(*, in_headers: bool) -> type[BaseHTTPRequestHandler]:
    """A handler that never finishes its answer: one byte every `DRIP_INTERVAL` seconds.

    Args:
        in_headers: drip inside a header line (so the response never starts), else in the
            body of a 200 response that claims to be large.
    """

    class Dripping(QuietHandler):
        def do_GET(self) -> None:
            if in_headers:
                self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            else:
                self.wfile.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\n"
                    b"Content-Length: 100000000\r\n\r\nBEGIN:VCALENDAR\r\n"
                )
            try:
                while not cast(_Server, self.server).stopping.wait(DRIP_INTERVAL):
                    self.wfile.write(b"x")
                    self.wfile.flush()
            except OSError:
                return  # the client gave up: what is being tested

    return Dripping


def raw_answer_handler(answer: bytes) -> type[BaseHTTPRequestHandler]:
    """A handler answering every GET with exactly these bytes, then closing the connection."""

    class RawAnswer(QuietHandler):
        def do_GET(self) -> None:
            self.wfile.write(answer)
            self.close_connection = True

    return RawAnswer
