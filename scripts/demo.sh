#!/usr/bin/env bash
# Installs crmdesk into .venv and opens it on a freshly generated demo database.
# Extra arguments go to `crmdesk demo` (e.g. --customers 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-system.sh
if [ ! -x .venv/bin/python ]; then
  "${PYTHON:-python3}" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
db="${CRMDESK_DEMO_DB:-$HOME/.local/share/crmdesk/demo.sqlite3}"
mkdir -p "$(dirname "$db")"
exec .venv/bin/crmdesk demo --replace --db "$db" "$@"
