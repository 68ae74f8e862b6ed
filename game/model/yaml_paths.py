"""Find YAML nodes by path, and paths of nodes: how the checker points at what was written.

:func:`locate` walks the node tree along a path (``("events", 3, "when")``), so positions
are looked up only for the values that need one; :func:`paths_of` finds the paths of many
nodes in one walk of the tree.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


def path_of(root: Node, target: Node) -> tuple[str | int, ...]:
    """Return the path from ``root`` to ``target`` (a value or a key node); () when not found."""
    return paths_of(root, [target]).get(id(target), ())


def paths_of(root: Node, targets: Iterable[Node]) -> dict[int, tuple[str | int, ...]]:
    """Return the paths to many nodes at once, by ``id(node)``, in one walk of the tree."""
    wanted = {id(target) for target in targets}
    found: dict[int, tuple[str | int, ...]] = {}
    stack: list[tuple[Node, tuple[str | int, ...]]] = [(root, ())]
    while stack and len(found) < len(wanted):
        node, path = stack.pop()
        if id(node) in wanted:
            found[id(node)] = path
        if isinstance(node, SequenceNode):
            stack.extend((item, (*path, index)) for index, item in enumerate(node.value))
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, ScalarNode) else "?"
                if id(key_node) in wanted:
                    found[id(key_node)] = (*path, key)
                stack.append((value_node, (*path, key)))
    return found


def locate(root: Node, path: Sequence[str | int]) -> tuple[Node | None, Node]:
    """Return the (key node, value node) at ``path``, or the deepest node found on the way."""
    key_node: Node | None = None
    node = root
    for part in path:
        if isinstance(node, MappingNode) and isinstance(part, str):
            found = _key_index(node).get(part)
            if found is None:
                return key_node, node
            key_node, node = found
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            key_node, node = None, node.value[part]
        else:
            return key_node, node
    return key_node, node


_KEY_INDEXES: weakref.WeakKeyDictionary[Node, dict[str, tuple[Node, Node]]] = (
    weakref.WeakKeyDictionary()
)


def _key_index(node: MappingNode) -> dict[str, tuple[Node, Node]]:
    """Return the mapping's first (key, value) node pair for each key, indexed once per mapping."""
    # Looking keys up one by one would be quadratic for a mapping with very many keys.
    index = _KEY_INDEXES.get(node)
    if index is None:
        index = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode):
                index.setdefault(key_node.value, (key_node, value_node))
        _KEY_INDEXES[node] = index
    return index
