"""Checks on the package's own source that no linter makes."""

from __future__ import annotations

import ast
from pathlib import Path

import briefing

PACKAGE = Path(briefing.__file__).parent


def _module_names(tree: ast.Module) -> list[tuple[str, int]]:
    """Names the module binds at its top level, by assignment, function or class."""
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            found += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.append((node.target.id, node.lineno))
    return found


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A word list defined twice in one module silently rebinds the first for every function
    that reads it (a second ``_RANKS`` once turned "Supreme Leader" into an actor): each
    module-level name is bound once."""
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _module_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name in seen:
                twice.append(f"{path.relative_to(PACKAGE)}: {name} (lines {seen[name]}, {line})")
            seen.setdefault(name, line)
    assert not twice, twice
