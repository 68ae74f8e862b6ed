"""Fixtures of the class tests: a real Ralph LRS (one per session), PCs as data folders."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.classroom.connection import ClassConnection, checked, save_connection
from tests.classroom.ralph import ROOT, STUDENT_PC, RalphServer


@pytest.fixture(scope="session")
def ralph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RalphServer]:
    """Start one Ralph for the session; stop it by its PID at the end."""
    server = RalphServer(tmp_path_factory.mktemp("ralph")).start()
    yield server
    server.stop()


@pytest.fixture
def class_name() -> str:
    """Return a class name of its own for each test, so tests on one LRS never mix."""
    return f"9b-{uuid.uuid4().hex[:8]}"


def pc_connection(endpoint: str, class_name: str, password: str = STUDENT_PC[1]) -> ClassConnection:
    """Return the connection a lab PC of ``class_name`` uses."""
    return checked(ClassConnection(endpoint, STUDENT_PC[0], password, class_name))


def connect_pc(folder: Path, connection: ClassConnection) -> Path:
    """Make ``folder`` a PC's data folder connected to the class; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    save_connection(connection, folder / "class.json")
    return folder


def okuya(folder: Path, *arguments: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``okuya ARGUMENTS`` with ``folder`` as the data folder."""
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("OKUYA_CLASS_")
    }
    environment.update(
        OKUYA_DATA_DIR=str(folder),
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
    )
    return subprocess.run(
        [sys.executable, "-m", "game", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
