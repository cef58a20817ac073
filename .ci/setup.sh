#!/usr/bin/env bash
# Sets up everything the app (and, with --test, the test suite) needs on a fresh machine. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# shellcheck disable=SC1091
. .venv/bin/activate
python -m pip install -q --upgrade pip
# torch first, from the machine's local CPU wheel: installed any later, pip pulls several GB of CUDA.
python -c "import torch" 2>/dev/null || pip install -q torch==2.13.0
pip install -q -c .ci/constraints.txt -e ".[test]"
if [ "${1:-}" = "--test" ]; then
  # The browser test drives Debian's Chromium through playwright-core (no browser download).
  if ! command -v chromium >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  [ -d node_modules/playwright-core ] || npm install --no-save --no-audit --no-fund --silent playwright-core@1.64.1
fi
