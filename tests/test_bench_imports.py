"""Every script under bench/ imports: a name moved elsewhere in the project breaks the script
that still imports it from the old place, which nothing else would notice until someone runs the
benchmark. Each module is loaded (not run) in this process, as `python bench/X.py` would load it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
SCRIPTS = sorted(BENCH.glob("*.py"))
HELPERS = {"train_step.py", "dp_variants.py"}  # modules the scripts import, not scripts


def test_bench_holds_scripts() -> None:
    assert len(SCRIPTS) >= 5, SCRIPTS


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_bench_script_imports(script: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))  # the scripts import their siblings by name
    name = f"bench_{script.stem}"
    spec = importlib.util.spec_from_file_location(name, script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)  # module level only: `main()` runs under __main__ alone
    if script.name not in HELPERS:
        assert callable(getattr(module, "main", None)), f"{script.name} has no main()"
