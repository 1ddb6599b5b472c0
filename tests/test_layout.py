"""The house plan, checked on the import graph: roles are peers on a shared ground floor.

ground: model, protocols, meddata, ledger; roles: coordinator, site_agent, auditor (never
importing each other); evaluation is a library the site may use; deploy and simulation stand
above the roles; medfed (the command line) on top. No import runs from a lower floor up.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = {
    "model": 0,
    "protocols": 0,
    "meddata": 0,
    "ledger": 0,
    "evaluation": 1,
    "coordinator": 2,
    "site_agent": 2,
    "auditor": 2,
    "deploy": 3,
    "simulation": 3,
    "medfed": 4,
}
ROLES = {"coordinator", "site_agent", "auditor", "deploy"}


def _imports(package: str, root: Path) -> list[tuple[Path, int, str]]:
    out = []
    for path in sorted((root / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            out.extend((path, node.lineno, name) for name in names)
    return out


def violations(package: str, root: Path = ROOT) -> list[str]:
    bad = []
    for path, line, name in _imports(package, root):
        top = name.split(".")[0]
        if top not in FLOORS or top == package:
            continue
        where = f"{path.relative_to(root)}:{line} imports {name}"
        if FLOORS[top] > FLOORS[package]:
            bad.append(f"{where} (up a floor)")
        elif package in ROLES and top in ROLES:
            bad.append(f"{where} (one role importing another)")
        elif FLOORS[top] == FLOORS[package] and FLOORS[package] > 0:
            bad.append(f"{where} (a peer on the same floor)")
    return bad


@pytest.mark.parametrize("package", sorted(FLOORS))
def test_no_import_up_a_floor_or_across_roles(package: str) -> None:
    assert violations(package) == []


def test_the_check_sees_each_kind_of_violation(tmp_path: Path) -> None:
    (tmp_path / "coordinator").mkdir()
    (tmp_path / "coordinator" / "x.py").write_text(
        "import model\nfrom site_agent.agent import run_round\n"
        "def f():\n    from medfed import cli\n"
    )
    (tmp_path / "evaluation").mkdir()
    (tmp_path / "evaluation" / "y.py").write_text("from auditor import verify\n")
    assert violations("coordinator", tmp_path) == [
        "coordinator/x.py:2 imports site_agent.agent (one role importing another)",
        "coordinator/x.py:4 imports medfed (up a floor)",
    ]
    assert violations("evaluation", tmp_path) == ["evaluation/y.py:1 imports auditor (up a floor)"]


def test_every_package_is_on_a_floor() -> None:
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")}
    assert packages - {"tests"} <= set(FLOORS), packages - set(FLOORS)
