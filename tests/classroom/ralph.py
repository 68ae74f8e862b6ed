"""A real Learning Record Store for the tests: Ralph (``ralph-malph``), in its own venv.

``.ci/run`` installs Ralph and sets ``OKUYA_TEST_RALPH`` to its ``ralph`` program. Run by
``pytest`` alone, the tests install it once into ``.ralph-venv/`` at the top of the
checkout (git-ignored) and skip, saying why, only when the package registry cannot be
reached.

    server = RalphServer(tmp_path).start()      # users made with `ralph auth ... -w`
    server.endpoint                             # http://127.0.0.1:<port>/xAPI/
    server.stop()                               # by its PID; no process is left behind

Ralph's file backend stores only the first request it gets (every write is a CREATE that
refuses an existing file, ralph-malph 4.x-5.1); ``ralph_shim/sitecustomize.py``, on the
server's PYTHONPATH only, makes it append. Everything else is Ralph's own code.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from base64 import b64encode
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VARIABLE = "OKUYA_TEST_RALPH"
CACHED_VENV = ROOT / ".ralph-venv"
REQUIREMENT = "ralph-malph[cli,lrs,backend-fs]==5.1.0"
SHIM = Path(__file__).with_name("ralph_shim")
TEACHER = ("teacher", "teacher-password")
STUDENT_PC = ("lab-pc", "lab-pc-password")
HOME = "https://school.example"


def _ralph_in(venv: Path) -> Path:
    return venv / ("Scripts/ralph.exe" if os.name == "nt" else "bin/ralph")


def ralph_program() -> Path:
    """Return the ``ralph`` program: ``$OKUYA_TEST_RALPH``, else the cached venv (made once)."""
    given = os.environ.get(VARIABLE)
    if given:
        path = Path(given)
        if not path.exists():
            pytest.fail(f"{VARIABLE}={given} does not exist; run .ci/run or unset it")
        return path
    program = _ralph_in(CACHED_VENV)
    if program.exists():
        return program
    python = CACHED_VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([sys.executable, "-m", "venv", str(CACHED_VENV)], check=True)
    probe = subprocess.run(
        [str(python), "-m", "pip", "index", "versions", "ralph-malph"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        pytest.skip(
            "Ralph (the LRS of these tests) is not installed and the package registry cannot "
            f"be reached: {(probe.stderr or probe.stdout).strip().splitlines()[-1:]}"
        )
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", REQUIREMENT, "requests"],
        capture_output=True,
        text=True,
    )
    if install.returncode != 0:
        pytest.fail(f"could not install {REQUIREMENT} into {CACHED_VENV}:\n{install.stderr}")
    return program


def _group_gone(group: int, timeout: float) -> bool:
    """Wait until no process of process group ``group`` is left; return True when none is."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def free_port() -> int:
    """Return a TCP port free on 127.0.0.1 now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RalphServer:
    """One Ralph LRS with the file backend in ``folder``: a teacher and a write-only PC user."""

    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = Path(folder)
        self.port = port or free_port()
        self.program = ralph_program()
        self.process: subprocess.Popen[bytes] | None = None
        self.app_dir = self.folder / "ralph-app"
        self.data_dir = self.folder / "ralph-data"
        self.log = self.folder / "ralph.log"

    @property
    def endpoint(self) -> str:
        """Return the xAPI endpoint."""
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def environment(self) -> dict[str, str]:
        """Return the environment Ralph runs with (its folders under ``folder``)."""
        environment = {
            key: value for key, value in os.environ.items() if not key.startswith("RALPH_")
        }
        environment.update(
            RALPH_RUNSERVER_BACKEND="fs",
            RALPH_APP_DIR=str(self.app_dir),
            RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(self.data_dir),
            RALPH_LRS_RESTRICT_BY_AUTHORITY="true",
            RALPH_LRS_RESTRICT_BY_SCOPES="true",
            RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT="100",
        )
        environment.pop("PYTHONPATH", None)
        return environment

    def make_users(self) -> None:
        """Make the teacher (read and write) and the lab PCs' write-only account."""
        self.app_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if (self.app_dir / "auth.json").exists():
            return
        for (user, password), scope in ((TEACHER, "all"), (STUDENT_PC, "statements/write")):
            subprocess.run(
                [
                    str(self.program),
                    "auth",
                    "-u",
                    user,
                    "-p",
                    password,
                    "-s",
                    scope,
                    "-A",
                    user,
                    HOME,
                    "-w",
                ],
                env=self.environment(),
                cwd=self.folder,
                check=True,
                capture_output=True,
            )

    def start(self, timeout: float = 60.0) -> RalphServer:
        """Start ``ralph runserver`` and wait for ``/__heartbeat__``."""
        self.make_users()
        environment = self.environment()
        environment["PYTHONPATH"] = str(SHIM)
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    str(self.program),
                    "runserver",
                    "-b",
                    "fs",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                ],
                env=environment,
                cwd=self.data_dir,  # its reloader watches the working folder's .py files
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph stopped at start:\n{self.log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=1
                ) as answer:
                    if answer.status == 200:
                        return self
            except (OSError, urllib.error.URLError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Ralph did not answer within {timeout} s:\n{self.log.read_text()}")

    def stop(self) -> None:
        """Stop the server by its PID (its reloader stops its worker), then its group."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        # The worker and multiprocessing's resource tracker are in the session we started
        # (its own process group): they go with the reloader; nothing may stay.
        if not _group_gone(process.pid, 10.0):
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                return
            _group_gone(process.pid, 5.0)

    # -- reading what the LRS holds (as the teacher) --------------------------------------------
    def statements(self) -> list[dict]:
        """Return every statement the LRS holds, following ``more`` links."""
        token = b64encode(f"{TEACHER[0]}:{TEACHER[1]}".encode()).decode()
        url: str | None = self.endpoint + "statements?limit=100"
        found: list[dict] = []
        while url:
            request = urllib.request.Request(
                url,
                headers={"Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"},
            )
            with urllib.request.urlopen(request, timeout=30) as answer:
                page = json.loads(answer.read())
            found.extend(page["statements"])
            more = page.get("more")
            url = f"http://127.0.0.1:{self.port}{more}" if more else None
        return found

    def stored_lines(self) -> list[dict]:
        """Return every statement in Ralph's file, as stored (duplicates would show here)."""
        path = self.data_dir / "fs_lrs.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
