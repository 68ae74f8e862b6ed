"""Talk to a Learning Record Store over HTTP(S): store statements, read them back.

    client = LrsClient(connection)
    client.post_statements(batch)         # one request; raises on a refused batch or trouble
    client.put_statement(statement)       # -> True (stored or already held), raises on trouble
    for statement in client.statements({"since": "2026-03-01T00:00:00+00:00"}): ...

Standard library only (:mod:`http.client`), on purpose: the game needs three requests, and
no dependency gives what matters here out of the box — an overall deadline per request
(a watchdog closes the socket, so an LRS that trickles bytes cannot hold a thread), a bound
on the bytes read (a huge or hostile body is cut off, never buffered whole), no redirects
(the credentials never go to another host), and ``more`` links followed only on the same
origin and for a bounded number of pages. Every request carries
``X-Experience-API-Version: 1.0.3`` and HTTP basic auth.

Problems raise :class:`LrsError` with a ``reason`` the commands turn into one line:
``unreachable``, ``password``, ``forbidden``, ``certificate``, ``server``, ``protocol``; an
invalid statement raises :class:`StatementRefused` with the LRS's own message.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

from game.classroom.connection import ClassConnection
from game.classroom.statements import XAPI_VERSION

TIMEOUT = 10.0  # seconds for a whole request: connect, send, headers, body
MAX_RESPONSE_BYTES = 4 * 1024 * 1024  # a page of statements; more is refused
MAX_ERROR_BYTES = 4096  # of an error body, for its message
MAX_PAGES = 1000
CHUNK = 64 * 1024


class LrsError(Exception):
    """Raise when the LRS cannot be used now; ``reason`` says why in one word."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class StatementRefused(Exception):
    """Raise when the LRS refuses a statement as invalid (HTTP 400): it is not sent again."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Response:
    """A read response: status and body (bounded)."""

    def __init__(self, status: int, body: bytes) -> None:
        self.status = status
        self.body = body

    def message(self) -> str:
        """Return the LRS's error message: JSON ``detail``/``message``, else the text."""
        text = self.body[:MAX_ERROR_BYTES].decode("utf-8", "replace").strip()
        try:
            data = json.loads(text)
        except ValueError:
            return " ".join(text.split())[:300] or f"HTTP {self.status}"
        if isinstance(data, dict):
            for key in ("detail", "message", "error", "errors"):
                if key in data:
                    value = data[key]
                    return (value if isinstance(value, str) else json.dumps(value))[:300]
        return " ".join(text.split())[:300]


class LrsClient:
    """Send and read xAPI statements with ``connection``'s endpoint and account."""

    def __init__(
        self,
        connection: ClassConnection,
        timeout: float = TIMEOUT,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.connection = connection
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        self.ssl_context = ssl_context
        parts = urlsplit(connection.endpoint)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        token = f"{connection.username}:{connection.password}".encode()
        self._auth = "Basic " + base64.b64encode(token).decode("ascii")

    # -- requests ---------------------------------------------------------------------------
    def request(
        self, method: str, url: str, body: bytes | None = None, limit: int | None = None
    ) -> Response:
        """Make one request to ``url`` (on the endpoint's origin) within the deadline."""
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self.origin:
            raise LrsError("protocol", f"the LRS pointed to another server: {parts.netloc}")
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        headers = {
            "X-Experience-API-Version": XAPI_VERSION,
            "Authorization": self._auth,
            "Accept": "application/json",
            "User-Agent": "Okuya",
        }
        if body is not None:
            headers["Content-Type"] = "application/json"
        deadline = time.monotonic() + self.timeout
        connection = self._open(parts.scheme, parts.hostname or "", parts.port)
        watchdog = threading.Timer(self.timeout, _shut, args=(connection,))
        watchdog.daemon = True
        watchdog.start()
        try:
            connection.request(method, target, body=body, headers=headers)
            response = connection.getresponse()
            data = _read_bounded(
                response, limit if limit is not None else self.max_response_bytes, deadline
            )
            return Response(response.status, data)
        except ssl.SSLCertVerificationError as error:
            raise LrsError("certificate", error.verify_message or str(error)) from None
        except ssl.SSLError as error:
            raise LrsError("certificate", str(error)) from None
        except TimeoutError as error:
            raise LrsError("unreachable", f"no answer within {self.timeout:g} s") from error
        except (OSError, http.client.HTTPException) as error:
            if time.monotonic() >= deadline:
                raise LrsError("unreachable", f"no answer within {self.timeout:g} s") from None
            raise LrsError("unreachable", str(error) or type(error).__name__) from None
        finally:
            watchdog.cancel()
            connection.close()

    def _open(self, scheme: str, host: str, port: int | None) -> http.client.HTTPConnection:
        if scheme == "https":
            context = self.ssl_context or ssl.create_default_context()
            return http.client.HTTPSConnection(host, port, timeout=self.timeout, context=context)
        return http.client.HTTPConnection(host, port, timeout=self.timeout)

    def _check(self, response: Response) -> None:
        message = response.message()
        # Ralph answers 401 "Access not authorized to scope" to a good password whose
        # account may not do this (a write-only account reading): that is no wrong password.
        if response.status == 403 or (response.status == 401 and "scope" in message.lower()):
            raise LrsError("forbidden", message)
        if response.status == 401:
            raise LrsError("password", message)
        if response.status >= 500 or response.status in (404, 405, 408, 429):
            raise LrsError("server", f"HTTP {response.status}: {response.message()}")

    # -- the Statements resource -------------------------------------------------------------
    def put_statement(self, statement: dict[str, Any]) -> bool:
        """Store ``statement`` under its id; return True once the LRS holds that id.

        PUT with ``statementId`` is idempotent: sending again after a crash stores nothing
        twice. 409 Conflict means the LRS already holds a statement with this id, which
        counts as sent. 400 raises :class:`StatementRefused`.
        """
        url = self.connection.statements_url + "?" + urlencode({"statementId": statement["id"]})
        body = json.dumps(statement, ensure_ascii=False).encode("utf-8")
        response = self.request("PUT", url, body, limit=MAX_ERROR_BYTES)
        self._check(response)
        if response.status in (200, 204, 409):
            return True
        if response.status in (400, 413, 422):
            raise StatementRefused(f"HTTP {response.status}: {response.message()}")
        raise LrsError("protocol", f"unexpected HTTP {response.status}: {response.message()}")

    def post_statements(self, statements: list[dict[str, Any]]) -> None:
        """Store a batch of statements that carry their ids, in one request.

        Raise :class:`StatementRefused` when the LRS refuses the batch as invalid (one bad
        statement refuses them all), and LrsError ``conflict`` on 409; the caller then
        sends them one by one with :meth:`put_statement` to find out which.
        """
        body = json.dumps(statements, ensure_ascii=False).encode("utf-8")
        response = self.request("POST", self.connection.statements_url, body, limit=1 << 20)
        self._check(response)
        if response.status in (200, 204):
            return
        if response.status == 409:
            raise LrsError("conflict", response.message())
        if response.status in (400, 413, 422):
            raise StatementRefused(f"HTTP {response.status}: {response.message()}")
        raise LrsError("protocol", f"unexpected HTTP {response.status}: {response.message()}")

    def statements(self, query: dict[str, str]) -> Iterator[dict[str, Any]]:
        """Yield every statement matching ``query``, following ``more`` links (bounded)."""
        url: str | None = self.connection.statements_url + "?" + urlencode(query)
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            if url is None:
                return
            if url in seen:
                raise LrsError("protocol", "the LRS's 'more' link goes round in a circle")
            seen.add(url)
            response = self.request("GET", url)
            self._check(response)
            if response.status != 200:
                raise LrsError("protocol", f"HTTP {response.status}: {response.message()}")
            try:
                page = json.loads(response.body)
            except ValueError:
                raise LrsError("protocol", "the LRS did not answer with JSON") from None
            if not isinstance(page, dict) or not isinstance(page.get("statements"), list):
                raise LrsError("protocol", "the LRS's answer has no statement list")
            yield from (item for item in page["statements"] if isinstance(item, dict))
            more = page.get("more")
            url = urljoin(self.origin + "/", more) if isinstance(more, str) and more else None
        raise LrsError("protocol", f"more than {MAX_PAGES} pages of statements")

    def check(self) -> None:
        """Raise LrsError when the endpoint cannot be reached or the password is refused.

        A write-only account (the one student PCs should have) may not read: 403 is fine.
        """
        url = self.connection.statements_url + "?" + urlencode({"limit": "1"})
        response = self.request("GET", url, limit=MAX_ERROR_BYTES)
        try:
            self._check(response)
        except LrsError as error:
            if error.reason == "forbidden":
                return
            raise
        if response.status != 200:
            raise LrsError("protocol", f"HTTP {response.status}: {response.message()}")


def _shut(connection: http.client.HTTPConnection) -> None:
    """Close the socket under a request that ran out of time (its read returns at once)."""
    sock = connection.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _read_bounded(response: http.client.HTTPResponse, limit: int, deadline: float) -> bytes:
    """Read at most ``limit`` bytes of the body before ``deadline``; raise when there is more."""
    declared = response.getheader("Content-Length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        if response.status >= 400:
            return response.read(limit)
        raise LrsError("protocol", f"the LRS's answer is too large ({declared} bytes)")
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() >= deadline:
            raise TimeoutError("deadline")
        chunk = response.read1(CHUNK) if hasattr(response, "read1") else response.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            if response.status >= 400:
                return b"".join(chunks) + chunk[: max(0, limit - size + len(chunk))]
            raise LrsError("protocol", f"the LRS's answer is larger than {limit} bytes")
        chunks.append(chunk)
