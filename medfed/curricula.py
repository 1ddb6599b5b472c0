"""Where the shipped curricula live (a light module: `--help` must not import the model)."""

from __future__ import annotations

from pathlib import Path

DEMO_CURRICULUM = Path(__file__).resolve().parents[1] / "curricula" / "demo.toml"
BENCHMARK_CURRICULUM = DEMO_CURRICULUM.with_name("benchmark.toml")  # `medfed eval baselines`
# Synthetic studies a hospital for `medfed eval baselines`: the size its curriculum is sized for.
BENCHMARK_STUDIES = 3000
