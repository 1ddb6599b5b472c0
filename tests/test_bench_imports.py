"""Every script under bench/ imports: a name moved elsewhere in the project breaks the script
that still imports it from the old place, which nothing else would notice until someone runs the
benchmark. Each module is loaded (not run) in this process, as `python bench/X.py` would load it."""

from __future__ import annotations

import importlib.util
import json
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


def test_gpu_step_runs_both_modes_through_the_site_code_on_the_cpu(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bench/gpu_step.py --cpu-smoke: the plain and DP steps (micro-batches, checkpointing) run
    on the tiny model and the summary holds each mode's time and the plan's peak; without a GPU
    and without --cpu-smoke it exits 2; flex attention is refused on the CPU (GPT-oss's sinks)."""
    monkeypatch.syspath_prepend(str(BENCH))
    import gpu_step

    out = tmp_path / "summary.json"
    args = ["--cpu-smoke", "--attention", "eager", "--steps", "1", "--warmup", "0", "--batch",
            "2", "--micro-batch", "1", "--checkpointing", "--json-out", str(out)]  # fmt: skip
    assert gpu_step.main(args) == 0
    summary = json.loads(out.read_text())
    assert summary["micro_batch"] == 1 and summary["checkpointing"] is True
    assert summary["supervised_tokens"] == summary["tokens"] - 16  # every text token
    for mode in ("plain", "dp"):
        assert summary[f"{mode}_step_s"] > 0 and summary[f"{mode}_plan_peak_gb"] > 0
    assert summary["dp_over_plain_time"] > 0 and not any(k.endswith("_failed") for k in summary)
    monkeypatch.setattr(gpu_step.torch.cuda, "is_available", lambda: False)
    assert gpu_step.main([]) == 2
    with pytest.raises(SystemExit):
        gpu_step.main(["--cpu-smoke"])  # flex is the default, and needs CUDA


def test_gpu_attention_check_compares_losses_and_gradients(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bench/gpu_attention_check.py --cpu-smoke: both runs are eager on the CPU, so the report
    must find the same function (cosine 1 in every group); without a GPU it exits 2."""
    monkeypatch.syspath_prepend(str(BENCH))
    import gpu_attention_check

    out = tmp_path / "attention.json"
    assert gpu_attention_check.main(["--cpu-smoke", "--json-out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["same_function"] and report["max_relative_loss_difference"] == 0
    assert {"projector", "lm.lora q_proj A", "lm.lora v_proj B"} <= set(report["groups"])
    assert all(g["cosine"] == pytest.approx(1.0) for g in report["groups"].values())
    monkeypatch.setattr(gpu_attention_check.torch.cuda, "is_available", lambda: False)
    assert gpu_attention_check.main([]) == 2


@pytest.mark.parametrize("mode", ["fedavg", "secagg"])
def test_secagg_bench_runs_the_coordinators_strategy(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bench/secagg_overhead.py --strategy coordinator: one tiny case per mode through the
    coordinator's StageStrategy; the case itself checks the round's aggregate against the
    plaintext weighted mean (within SecAgg+'s bound), so a result means it aggregated right."""
    monkeypatch.syspath_prepend(str(BENCH))
    import secagg_overhead as bench

    case = bench.Case(mode, 3, "tiny", 1_000, "inprocess", "coordinator")
    m = bench.run_case(case)
    assert m.round_s > 0 and m.max_abs_err < 1e-5
    assert (m.stage_s != {}) == (mode == "secagg")
    with pytest.raises(ValueError, match="strategy must be one of"):
        bench.Case(mode, 3, "tiny", 1_000, "inprocess", "fedprox")
