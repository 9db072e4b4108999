#!/usr/bin/env bash
# Installs (if missing) and starts the services the tests use: Redis, PostgreSQL, Chromium.
# Idempotent: a second run finds everything up and returns at once.
set -euo pipefail

need=()
command -v redis-server >/dev/null || need+=(redis-server)
command -v pg_ctlcluster >/dev/null && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "vigie tests need: ${need[*]}. Run: sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "installing ${need[*]} from Debian packages..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Redis on 127.0.0.1:6379, in memory only.
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --daemonize yes >/dev/null
  for _ in $(seq 50); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 0.1; done
fi

# PostgreSQL: the distribution's cluster, with a vigie role and database.
pgver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q . || pg_createcluster "$pgver" main >/dev/null
  pg_ctlcluster "$pgver" main start
fi
for _ in $(seq 50); do pg_isready -h 127.0.0.1 -q && break; sleep 0.2; done
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && su postgres -c "$1"); else (cd / && sudo -u postgres sh -c "$1"); fi; }
as_pg "psql -tAc \"select 1 from pg_roles where rolname='vigie'\"" | grep -q 1 \
  || as_pg "psql -qc \"create role vigie login superuser password 'vigie'\""
as_pg "psql -tAc \"select 1 from pg_database where datname='vigie_test'\"" | grep -q 1 \
  || as_pg "createdb -O vigie vigie_test"

echo "services ready: redis://127.0.0.1:6379 postgres://vigie:vigie@127.0.0.1:5432/vigie_test chromium=/usr/bin/chromium" >&2
