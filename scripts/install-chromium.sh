#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium (used by tests/test_audit_report.py to render the
# audit report). Idempotent: does nothing when a chromium binary is already on PATH.
set -euo pipefail
for name in chromium chromium-browser; do
  if command -v "$name" >/dev/null 2>&1; then
    echo "install-chromium: $(command -v "$name") already installed" >&2
    exit 0
  fi
done
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || {
    echo "install-chromium: needs root (or sudo) to apt-get install chromium" >&2
    exit 2
  }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
command -v chromium >/dev/null 2>&1 || {
  echo "install-chromium: apt-get finished but no chromium binary is on PATH" >&2
  exit 1
}
echo "install-chromium: $(command -v chromium) installed" >&2
