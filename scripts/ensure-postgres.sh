#!/usr/bin/env bash
# Makes sure the PostgreSQL server the store tests use (CRMDESK_TEST_PG, default 127.0.0.1:5432)
# answers. On a machine with a local Debian cluster that has stopped, it starts it. In CI a server
# that still does not answer is an error (the tests would fail anyway, with the same message);
# elsewhere the PostgreSQL tests skip and say why.
set -uo pipefail

host=127.0.0.1
port=5432
ready() { pg_isready -q -h "$host" -p "$port" -t 3 2>/dev/null; }

if ! command -v pg_isready >/dev/null 2>&1; then
  echo "ensure-postgres: no PostgreSQL client tools here; PostgreSQL tests will skip unless CI is set" >&2
  exit 0
fi
ready && exit 0
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  for version in /etc/postgresql/*; do
    pg_ctlcluster --skip-systemctl-redirect "$(basename "$version")" main start 2>/dev/null || true
  done
  for _ in $(seq 1 20); do ready && exit 0; sleep 0.5; done
fi
echo "ensure-postgres: PostgreSQL at $host:$port does not answer" >&2
case "${CI:-}" in
  1|true|TRUE|yes) exit 1 ;;
  *) exit 0 ;;
esac
