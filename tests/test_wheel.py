"""A built wheel carries assets/, content/ and locales/, finds them installed, and checks its packs.

The wheel is built from this checkout and installed with ``pip install --no-deps`` into a fresh
virtual environment that sees no system packages. Its dependencies come from the environment the
tests run in, named by a ``.pth`` file that lists that environment's site-packages folders as
plain paths (so their own ``.pth`` files, the editable install of this checkout among them, are
not read). The test therefore needs nothing from the base interpreter and downloads nothing but,
at most, the build backend. Everything runs from a temporary folder, so the checkout is not on
the import path.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _run(arguments: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return subprocess.run(
        arguments,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Build the wheel, install it into a new venv; return (the venv's bin folder, a work dir)."""
    work = tmp_path_factory.mktemp("wheel")
    # With the build backend already installed, build offline; otherwise pip fetches it.
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            *isolation,
            "-w",
            str(work / "dist"),
            str(REPOSITORY),
        ],
        cwd=work,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (work / "dist").glob("okuya-*.whl")
    venv.EnvBuilder(system_site_packages=False, with_pip=True).create(work / "venv")
    bin_folder = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    python = bin_folder / "python"
    _see_the_test_environments_packages(python, work)
    installed = _run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)], cwd=work
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return bin_folder, work


def _see_the_test_environments_packages(python: Path, work: Path) -> None:
    """Point the new venv at the site-packages of the interpreter running the tests, and no further."""
    folders = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    located = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=work
    )
    assert located.returncode == 0, located.stderr
    site_packages = Path(located.stdout.strip())
    (site_packages / "okuya-test-dependencies.pth").write_text(
        "".join(f"{folder}\n" for folder in folders), encoding="utf-8"
    )


def test_the_new_venv_does_not_include_system_site_packages(installed: tuple[Path, Path]) -> None:
    """The venv the wheel goes into is made without the base interpreter's site-packages."""
    bin_folder, _work = installed
    configuration = (bin_folder.parent / "pyvenv.cfg").read_text(encoding="utf-8")
    assert "include-system-site-packages = false" in configuration


def test_the_installed_game_finds_its_data_folders(installed: tuple[Path, Path]) -> None:
    """game.paths.data_dir returns folders inside the installed package, not the checkout."""
    bin_folder, work = installed
    script = (
        "import json, game\n"
        "from game.paths import data_dir\n"
        "print(json.dumps({'package': game.__file__, **{name: str(data_dir(name)) "
        "for name in ('assets', 'content', 'locales')}}))"
    )
    result = _run([str(bin_folder / "python"), "-c", script], cwd=work)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    package = Path(found.pop("package")).parent
    assert REPOSITORY not in package.parents
    for name, folder in found.items():
        assert Path(folder) == package / "_data" / name
        assert any(Path(folder).iterdir()), f"{name} is empty in the wheel"


def test_the_installed_okuya_checks_every_shipped_pack(installed: tuple[Path, Path]) -> None:
    """``okuya check --strict`` passes on each pack under the installed game/_data/content,
    the built-in pack and its translations among them."""
    bin_folder, work = installed
    locate = _run(
        [
            str(bin_folder / "python"),
            "-c",
            "from game.paths import data_dir; print(data_dir('content'))",
        ],
        cwd=work,
    )
    content = Path(locate.stdout.strip())
    packs = sorted(folder for folder in content.iterdir() if (folder / "pack.yaml").is_file())
    assert "bishkek-2020" in [folder.name for folder in packs]
    for language in ("ky", "ru"):
        assert (
            content / "bishkek-2020" / "locales" / language / "LC_MESSAGES" / "pack.po"
        ).is_file()
    result = _run([str(bin_folder / "okuya"), "check", "--strict", *map(str, packs)], cwd=work)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines() == [f"{folder}: ok" for folder in packs]


def test_the_installed_okuya_writes_the_schema(installed: tuple[Path, Path]) -> None:
    """The schema file ships inside the package."""
    bin_folder, work = installed
    result = _run([str(bin_folder / "okuya"), "schema"], cwd=work)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["$schema"].endswith("2020-12/schema")
