#!/usr/bin/env bash
# The whole check, exactly as CI runs it (.ci/run calls this): system packages, a virtualenv with
# the test dependencies, lint (ruff), types (mypy), layering (import-linter), generated forms up
# to date, then the whole pytest suite including the PostgreSQL tests and the bundle build.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-system.sh
bash scripts/ensure-postgres.sh

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

export QT_QPA_PLATFORM=offscreen
echo "== ruff" && .venv/bin/ruff check .
echo "== mypy" && .venv/bin/mypy
echo "== import-linter" && .venv/bin/lint-imports
echo "== generated forms and translations are fresh" && .venv/bin/python scripts/build_forms.py --check
echo "== pytest" && exec .venv/bin/python -m pytest "$@"
