#!/usr/bin/env bash
# Creates .venv in the checkout (if missing) and installs MedFed with its pinned stack.
# Idempotent: re-installs only when pyproject.toml changed since the last successful install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
py="${PYTHON:-python3.11}"
command -v "$py" >/dev/null 2>&1 || py=python3
if ! "$py" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
  echo "setup: MedFed needs Python 3.11 (found $("$py" --version 2>&1)); set PYTHON=/path/to/python3.11" >&2
  exit 2
fi
[ -x .venv/bin/python ] || "$py" -m venv .venv
stamp=.venv/.medfed-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
pipargs=(-q)
# A local wheel directory (if the machine has one) holds the CPU build of torch; without it pip
# would resolve torch from the index, which for Linux serves a multi-GB CUDA build.
[ -d /opt/wheels ] && pipargs+=(--find-links /opt/wheels)
echo "setup: installing torch 2.13.0 (CPU) and MedFed's dependencies into .venv ..." >&2
.venv/bin/python -m pip install "${pipargs[@]}" "torch==2.13.0"
.venv/bin/python -m pip install "${pipargs[@]}" -e ".[dev]"
if .venv/bin/python -c 'import torchvision' >/dev/null 2>&1; then
  echo "setup: torchvision is installed in .venv; it breaks transformers on this torch: remove it" >&2
  exit 2
fi
echo "$want" > "$stamp"
echo "setup: done" >&2
