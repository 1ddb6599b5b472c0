#!/usr/bin/env bash
# Set-up (if needed), then lint, type-check and run the whole test suite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
# The audit report test renders HTML in headless Chromium (Debian's package).
bash scripts/install-chromium.sh || echo "test: no chromium; the report rendering test will skip" >&2
echo "== ruff" && .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy" && .venv/bin/mypy
# Two workers, each taking whole test files (a file's module fixtures, such as a running
# federation, are set up once, in one worker). Most end-to-end tests spend much of their time
# waiting on other processes (SuperLink heartbeats, ClientApp start-up, Flower's polling), so two
# of them side by side take about 30% less time than one after the other, even on 2 cores.
# `-n 0` on the command line runs everything in this process instead (for a debugger).
echo "== pytest" && exec .venv/bin/python -m pytest -n 2 --dist loadfile "$@"
