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
echo "== pytest" && exec .venv/bin/python -m pytest "$@"
