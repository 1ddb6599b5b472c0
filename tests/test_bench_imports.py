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


def test_pooled_sites_pool_every_site(monkeypatch: pytest.MonkeyPatch) -> None:
    """bench/dp_variants.pooled_sites: every site's round examples for any site, each DP stage at
    n x the batch and, under DP, sqrt(n) x the noise (an ideal federation's bound)."""
    monkeypatch.syspath_prepend(str(BENCH))
    import dp_variants

    import medfed.baselines as baselines
    from medfed.curricula import BENCHMARK_CURRICULUM
    from protocols.curriculum_file import load_curriculum

    monkeypatch.setattr(baselines, "_round_examples", lambda site, *rest: [f"{site.name}-unit"])
    sites = [type("Site", (), {"name": n})() for n in ("a", "b", "c")]
    cur = load_curriculum(BENCHMARK_CURRICULUM)
    pooled = dp_variants.pooled_sites(sites, cur, private=True)
    assert baselines._round_examples(sites[0], None, 0, 1, None, None) == [
        "a-unit",
        "b-unit",
        "c-unit",
    ]
    for before, after in zip(cur.stages, pooled.stages, strict=True):
        assert before.dp is not None and after.dp is not None
        assert after.batch_size == 3 * before.batch_size
        assert after.dp.noise_multiplier == pytest.approx(3**0.5 * before.dp.noise_multiplier)
    plain = dp_variants.pooled_sites(sites, cur, private=False)
    assert [s.dp.noise_multiplier for s in plain.stages if s.dp] == [
        s.dp.noise_multiplier for s in cur.stages if s.dp
    ]
