"""The house rules of the code, read from the source (ARCHITECTURE.md says why).

- no import cycle between vraaghulp modules, counting imports inside functions too;
- each room imports only what it may (coach: no Rich, prompt_toolkit, render or flows; ...);
- no private name (`_x`) of one module used by another;
- no module over 400 lines, no function over 60 lines.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "vraaghulp"
# Private names inside these packages are their owners' business (crisis.combine uses forms._error).
OWNED_ELSEWHERE = ("vraaghulp.coach.krimp", "vraaghulp.coach.crisis")


def owned_elsewhere(name: str) -> bool:
    return any(name == owned or name.startswith(owned + ".") for owned in OWNED_ELSEWHERE)

# room -> what it may not import (a prefix of a module name)
FORBIDDEN = {
    "vraaghulp.coach": ("rich", "prompt_toolkit", "questionary", "typer", "pydantic", "vraaghulp.render",
                        "vraaghulp.flows", "vraaghulp.views", "vraaghulp.commands", "vraaghulp.store",
                        "vraaghulp.cli", "vraaghulp.env", "vraaghulp.light.logview"),
    "vraaghulp.light": ("rich", "prompt_toolkit", "questionary", "typer", "pydantic", "vraaghulp.render",
                        "vraaghulp.flows", "vraaghulp.commands.", "vraaghulp.models", "vraaghulp.typer_app",
                        "vraaghulp.guides"),
    "vraaghulp.store": ("rich", "prompt_toolkit", "questionary", "typer", "vraaghulp.render", "vraaghulp.flows",
                        "vraaghulp.views", "vraaghulp.commands", "vraaghulp.cli", "vraaghulp.env"),
    "vraaghulp.views": ("prompt_toolkit", "questionary", "typer", "vraaghulp.flows", "vraaghulp.commands",
                        "vraaghulp.cli", "vraaghulp.store"),
    "vraaghulp.render": ("prompt_toolkit", "questionary", "typer", "vraaghulp.flows", "vraaghulp.commands",
                         "vraaghulp.cli", "vraaghulp.store"),
    "vraaghulp.guides": ("rich", "prompt_toolkit", "questionary", "typer", "vraaghulp.render", "vraaghulp.flows",
                         "vraaghulp.views", "vraaghulp.commands", "vraaghulp.store"),
    "vraaghulp.sync": ("rich", "prompt_toolkit", "questionary", "typer", "pydantic", "vraaghulp.render",
                       "vraaghulp.flows", "vraaghulp.views", "vraaghulp.commands", "vraaghulp.cli", "vraaghulp.env",
                       "vraaghulp.vault.unlock", "vraaghulp.vault.switch"),
    "vraaghulp.vault": ("rich", "prompt_toolkit", "questionary", "typer", "pydantic", "vraaghulp.render",
                        "vraaghulp.flows", "vraaghulp.views", "vraaghulp.commands", "vraaghulp.cli", "vraaghulp.env"),
    "vraaghulp.flows": ("typer", "vraaghulp.commands", "vraaghulp.cli"),
    "vraaghulp.commands": ("typer", "rich", "questionary", "prompt_toolkit", "vraaghulp.cli",
                           "vraaghulp.typer_app"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


@lru_cache(maxsize=None)
def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) for every import statement anywhere in the file (functions too)."""
    tree = parsed(path)
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            found.append((base, [alias.name for alias in node.names]))
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    edges: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for target, names in imports(path):
            if not target.startswith("vraaghulp"):
                continue
            for item in names:  # `from vraaghulp.store import read` names a module
                if f"{target}.{item}" in known:
                    edges[name].add(f"{target}.{item}")
            if target in known and (not names or any(f"{target}.{n}" not in known for n in names)):
                edges[name].add(target)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    found, state, stack = [], {}, []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt == node:
                continue
            if state.get(nxt) == 1:
                found.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def test_no_import_cycles():
    assert cycles(graph()) == []


def test_the_cycle_finder_finds_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]


def forbidden(target: str, rule: str) -> bool:
    """`rule` names a module and everything in it; with a trailing dot, only what is in it."""
    if rule.endswith("."):
        return target.startswith(rule)
    return target == rule or target.startswith(rule + ".")


def test_the_rule_matcher():
    assert forbidden("rich.console", "rich") and forbidden("rich", "rich") and not forbidden("richer", "rich")
    assert forbidden("vraaghulp.commands.log", "vraaghulp.commands.") and not forbidden("vraaghulp.commands", "vraaghulp.commands.")


def test_rooms_import_only_what_they_may():
    bad = []
    for name, path in modules().items():
        for room, rules in FORBIDDEN.items():
            if name != room and not name.startswith(room + "."):
                continue
            for target, names in imports(path):
                full = [target] + [f"{target}.{item}" for item in names]  # `from vraaghulp import render`
                if any(forbidden(module, rule) for module in full for rule in rules):
                    bad.append(f"{name} imports {target} {names}")
    assert bad == []


def test_no_private_names_across_modules():
    known = modules()
    bad = []
    for name, path in known.items():
        if owned_elsewhere(name):
            continue
        tree = parsed(path)
        aliases = {}
        for target, names in imports(path):
            if target.startswith("vraaghulp"):
                bad.extend(f"{name}: from {target} import {n}" for n in names if n.startswith("_") and n != "__version__")
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                aliases.update({(a.asname or a.name): a.name for a in node.names if a.name.startswith("vraaghulp")})
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("vraaghulp"):
                aliases.update({(a.asname or a.name): f"{node.module}.{a.name}" for a in node.names
                                if f"{node.module}.{a.name}" in known})
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and isinstance(node.value, ast.Name) and node.value.id in aliases):
                bad.append(f"{name}: {node.value.id}.{node.attr}")
    assert bad == []


def test_small_modules_and_functions():
    bad = []
    for name, path in modules().items():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 400:
            bad.append(f"{name}: {text.count(chr(10))} lines")
        for node in ast.walk(parsed(path)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > 60:
                bad.append(f"{name}.{node.name}: {node.end_lineno - node.lineno + 1} lines")
    assert bad == []
