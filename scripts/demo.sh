#!/usr/bin/env bash
# Set-up (if needed) and the main job: a federated run of the curriculum over synthetic hospitals.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
exec "$root/.venv/bin/medfed" demo "$@"
