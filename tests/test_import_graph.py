"""The import graph of ``game/``: no module or package imports in a circle, pygame only in the window code.

Every import counts: at the top of a module, inside a function (lazy) and under
``TYPE_CHECKING``, since each is a dependency a reader has to hold in mind. A module's
package is ``game.<name>`` (``game.ui.screens.play`` is in ``game.ui``; ``game.app`` is a
package of its own).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The code that may open a window, and so import pygame.
WINDOW_PACKAGES = ("game.ui", "game.devtools", "game.app")

Graph = dict[str, set[str]]


def module_files(root: Path) -> dict[str, Path]:
    """Return every module under ``root/game`` by dotted name (a package by its own name)."""
    modules = {}
    for file in sorted((root / "game").rglob("*.py")):
        parts = file.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = file
    return modules


def imported_names(module: str, file: Path) -> Iterable[str]:
    """Yield every module name that ``file`` imports, anywhere in it, relative ones made absolute."""
    package = module if file.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            yield base
            # `from game.model import pack` imports the module game.model.pack.
            yield from (f"{base}.{alias.name}" for alias in node.names)


def read_graph(root: Path) -> tuple[Graph, set[str]]:
    """Return which game modules each module imports, and the modules that import pygame."""
    files = module_files(root)
    graph: Graph = {module: set() for module in files}
    pygame_users = set()
    for module, file in files.items():
        for name in imported_names(module, file):
            if name.split(".")[0] == "pygame":
                pygame_users.add(module)
            # `game.model.pack.Text` is the module game.model.pack: take the longest known prefix.
            while name and name not in files:
                name = name.rpartition(".")[0]
            if name and name != module:
                graph[module].add(name)
    return graph, pygame_users


def package_of(module: str) -> str:
    """Return the package a module belongs to: ``game.<name>``."""
    return ".".join(module.split(".")[:2])


def package_graph(graph: Mapping[str, set[str]]) -> Graph:
    """Return which packages import which other packages."""
    packages: Graph = {package_of(module): set() for module in graph}
    for module, imports in graph.items():
        for other in imports:
            if package_of(other) != package_of(module):
                packages[package_of(module)].add(package_of(other))
    return packages


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Return the groups of nodes that reach one another (strongly connected, two or more)."""
    reach = {node: _reachable(graph, node) for node in graph}
    groups = {
        frozenset(other for other in reach[node] if node in reach[other]) | {node}
        for node in graph
        if node in reach[node]
    }
    return sorted(sorted(group) for group in groups if len(group) > 1)


def _reachable(graph: Mapping[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    stack = list(graph.get(start, ()))
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return seen


def _package_edges(graph: Mapping[str, set[str]], group: list[str]) -> list[str]:
    """Say, for each direction between the packages of a cycle, which modules import which."""
    lines = []
    for source in group:
        for target in group:
            edges = [
                f"{module} -> {other}"
                for module in sorted(graph)
                if package_of(module) == source
                for other in sorted(graph[module])
                if package_of(other) == target
            ]
            if edges and source != target:
                lines.append(f"  {source} -> {target} ({len(edges)}): {', '.join(edges[:4])}")
    return lines


def _short_cycles(graph: Mapping[str, set[str]], group: list[str], most: int = 5) -> list[str]:
    """Return a few of the shortest cycles through the modules of ``group``, as text."""
    members = set(group)
    found: dict[frozenset[str], list[str]] = {}
    for start in group:
        # Breadth first from start's imports back to start, inside the group only.
        paths = {other: [start, other] for other in graph[start] if other in members}
        queue = list(paths)
        while queue and start not in paths:
            node = queue.pop(0)
            for other in sorted(graph[node]):
                if other in members and other not in paths:
                    paths[other] = [*paths[node], other]
                    queue.append(other)
        if start in paths:
            found.setdefault(frozenset(paths[start]), paths[start])
    shortest = sorted(found.values(), key=lambda cycle: (len(cycle), cycle))[:most]
    return [" -> ".join(cycle) for cycle in shortest]


GRAPH, PYGAME_USERS = read_graph(ROOT)
PACKAGES = sorted(package_graph(GRAPH))


def test_the_reader_sees_lazy_and_type_checking_imports_and_finds_their_cycles(
    tmp_path: Path,
) -> None:
    """A cycle made only of a lazy import and a TYPE_CHECKING import is still a cycle."""
    (tmp_path / "game" / "left").mkdir(parents=True)
    (tmp_path / "game" / "right").mkdir()
    (tmp_path / "game" / "__init__.py").write_text("")
    (tmp_path / "game" / "left" / "__init__.py").write_text("")
    (tmp_path / "game" / "right" / "__init__.py").write_text("")
    (tmp_path / "game" / "left" / "a.py").write_text(
        "def f():\n    from game.right import b\n    import pygame\n"
    )
    (tmp_path / "game" / "right" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..left.a import f\n"
    )
    graph, pygame_users = read_graph(tmp_path)
    # Importing game.right.b runs game/right/__init__.py first: both are dependencies.
    assert graph["game.left.a"] == {"game.right", "game.right.b"}
    assert graph["game.right.b"] == {"game.left.a"}
    assert pygame_users == {"game.left.a"}
    assert cycles(graph) == [["game.left.a", "game.right.b"]]
    assert cycles(package_graph(graph)) == [["game.left", "game.right"]]


def test_the_graph_covers_the_whole_game_package() -> None:
    """The real graph holds every package and sees the imports that are known to exist."""
    assert {"game.model", "game.rounds", "game.i18n", "game.storage", "game.ui"} <= set(PACKAGES)
    assert "game.model.pack" in GRAPH["game.rounds.session"]
    assert "game.ui" in {package_of(name) for name in GRAPH["game.app"]}


def test_only_the_window_code_imports_pygame() -> None:
    """pygame is imported only in game/ui/, game/devtools/ and game/app.py."""
    outside = sorted(module for module in PYGAME_USERS if package_of(module) not in WINDOW_PACKAGES)
    assert outside == [], f"pygame imported outside {WINDOW_PACKAGES}: {outside}"
    assert PYGAME_USERS, "no module imports pygame: the reader is broken"


def test_no_packages_import_one_another_in_a_circle() -> None:
    """The packages of game/ form a graph without cycles (lazy imports included)."""
    found = cycles(package_graph(GRAPH))
    details = [line for group in found for line in _package_edges(GRAPH, group)]
    assert found == [], "package cycles:\n" + "\n".join(details)


@pytest.mark.parametrize("package", PACKAGES)
def test_no_modules_of_a_package_import_one_another_in_a_circle(package: str) -> None:
    """No module of the package is part of an import cycle (lazy imports included)."""
    found = [group for group in cycles(GRAPH) if any(package_of(m) == package for m in group)]
    details = [
        f"{len(group)} modules, such as:\n    " + "\n    ".join(_short_cycles(GRAPH, group))
        for group in found
    ]
    assert found == [], "module cycles:\n" + "\n".join(details)
