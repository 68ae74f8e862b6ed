"""A huge, endless, trickling, silent or misleading LRS answer never hangs or bloats the game.

The "LRS" here is a raw socket server that misbehaves on purpose (Ralph cannot); the real
LRS is in test_ralph.py. Each case must end within a bound far above the client's deadline
(a hang would never end), with a clear LrsError.
"""

from __future__ import annotations

import contextlib
import json
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from game.classroom.client import LrsClient, LrsError
from game.classroom.connection import ClassConnection, checked
from game.classroom.sender import send_waiting
from game.storage.outbox import Outbox
from tests.classroom.plays import builtin_pack, play_through

DEADLINE = 1.0
BOUND = 15.0  # seconds: generous for a slow shared machine; a hang never ends


def _page(more: str | None) -> bytes:
    body = json.dumps({"statements": [], "more": more}).encode()
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


class Hostile(socketserver.BaseRequestHandler):
    """Answer every request the way ``server.mode`` says."""

    def handle(self) -> None:
        stop: threading.Event = self.server.stop  # type: ignore[attr-defined]
        mode: str = self.server.mode  # type: ignore[attr-defined]
        self.request.settimeout(0.2)
        with contextlib.suppress(OSError):
            self.request.recv(65536)
        send = self.request.sendall
        try:
            if mode == "huge":
                send(b"HTTP/1.1 200 OK\r\nContent-Length: 10000000000\r\n\r\n")
                while not stop.is_set():
                    send(b"\0" * 65536)
            elif mode == "endless-chunks":
                send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                while not stop.is_set():
                    send(b"10000\r\n" + b"[" * 65536 + b"\r\n")
            elif mode == "trickle":
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100_000:
                    if stop.wait(0.05):
                        return
                    send(bytes([byte]))
            elif mode == "silent":
                stop.wait(60)
            elif mode == "elsewhere":
                send(_page("http://198.51.100.7/xAPI/statements?page=2"))
            elif mode == "circle":
                send(_page("/xAPI/statements?page=1"))
            elif mode == "not-json":
                send(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
        except OSError:
            return


@pytest.fixture
def hostile() -> Iterator[socketserver.ThreadingTCPServer]:
    """Start the misbehaving server on a free port; stop every connection at the end."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Hostile)
    server.daemon_threads = True
    server.stop = threading.Event()  # type: ignore[attr-defined]
    server.mode = "silent"  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.stop.set()  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


def _connection(server: socketserver.ThreadingTCPServer) -> ClassConnection:
    port = server.server_address[1]
    return checked(ClassConnection(f"http://127.0.0.1:{port}/xAPI/", "pc", "pw", "9b"))


@pytest.mark.parametrize("mode", ["huge", "endless-chunks", "trickle", "silent"])
def test_reading_from_a_hostile_lrs_ends_with_a_clear_error(
    hostile: socketserver.ThreadingTCPServer, mode: str
) -> None:
    """A huge, endless, trickling or silent answer ends in an LrsError, within the bound."""
    hostile.mode = mode  # type: ignore[attr-defined]
    client = LrsClient(_connection(hostile), timeout=DEADLINE, max_response_bytes=1 << 20)
    began = time.monotonic()
    with pytest.raises(LrsError) as raised:
        list(client.statements({}))
    assert time.monotonic() - began < BOUND
    assert raised.value.reason in ("unreachable", "protocol")


@pytest.mark.parametrize(
    ("mode", "words"),
    [("elsewhere", "another server"), ("circle", "circle"), ("not-json", "JSON")],
)
def test_a_misleading_answer_is_refused(
    hostile: socketserver.ThreadingTCPServer, mode: str, words: str
) -> None:
    """A ``more`` link to another host (credentials would follow), a loop or junk is refused."""
    hostile.mode = mode  # type: ignore[attr-defined]
    client = LrsClient(_connection(hostile), timeout=DEADLINE)
    with pytest.raises(LrsError, match=words):
        list(client.statements({}))


def test_sending_to_a_silent_lrs_keeps_everything_queued(
    hostile: socketserver.ThreadingTCPServer, tmp_path
) -> None:
    """Sending to an LRS that never answers stops at the first statement; nothing is lost."""
    connection = _connection(hostile)
    play_through(tmp_path, "A", builtin_pack(), "right", connection, rounds=3)
    with Outbox(tmp_path / "progress.db") as outbox:
        began = time.monotonic()
        report = send_waiting(outbox, LrsClient(connection, timeout=DEADLINE))
        assert time.monotonic() - began < BOUND
        assert report.error is not None and report.error.reason == "unreachable"
        assert report.sent == 0 and report.left == 3 == outbox.count()


def test_the_background_sender_backs_off_while_the_lrs_is_unreachable(
    hostile: socketserver.ThreadingTCPServer, tmp_path
) -> None:
    """Each failed pass doubles the wait (2 s, 4 s, … 5 min); the outbox keeps everything."""
    from game.classroom.sender import MAX_BACKOFF, BackgroundSender

    connection = _connection(hostile)
    play_through(tmp_path, "A", builtin_pack(), "right", connection, rounds=2)
    sender = BackgroundSender(
        tmp_path / "progress.db",
        connection_source=lambda: connection,
        client_factory=lambda c: LrsClient(c, timeout=0.2),
    )
    waits = []
    for _ in range(10):
        sender._pass()  # what the thread does on each wake-up, run here without the thread
        waits.append(sender.backoff)
    assert waits[:3] == [2.0, 4.0, 8.0] and waits[-1] == MAX_BACKOFF
    assert sender.last_report is not None and sender.last_report.left == 2


def test_an_untrusted_certificate_says_so_in_one_line(tmp_path) -> None:
    """An HTTPS LRS with a self-signed certificate fails sync with the certificate line."""
    import http.server
    import shutil
    import ssl
    import subprocess

    from tests.classroom.conftest import connect_pc, okuya

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        endpoint = f"https://127.0.0.1:{server.server_address[1]}/xAPI/"
        pc = connect_pc(tmp_path / "pc", checked(ClassConnection(endpoint, "pc", "pw", "9b")))
        play_through(pc, "A", builtin_pack(), "right", None, rounds=1)
        result = okuya(pc, "class", "sync")
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 1
    assert "okuya class sync: the LRS's certificate is not trusted:" in result.stderr
    assert "1 result waits on this PC." in result.stderr
