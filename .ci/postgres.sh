# Sourced by .ci/run: install Debian's PostgreSQL, start it, create a role and a test database, and
# export DATELINE_TEST_PG so the store tests run against PostgreSQL as well as SQLite.
# Idempotent: reuses an installed server, a running cluster and an existing role/database.
# (No `cmd | grep -q` pipelines: under `set -o pipefail` an early grep exit can fail the pipe.)
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_clusters=$(pg_lsclusters -h)
if [[ "${pg_clusters}" != *"${pg_version} main"* ]]; then
  pg_createcluster "${pg_version}" main >/dev/null
fi
pg_ctlcluster "${pg_version}" main status >/dev/null 2>&1 || pg_ctlcluster "${pg_version}" main start
pg_port=$(pg_lsclusters -h | awk -v v="${pg_version}" '$1 == v && $2 == "main" {print $3}')
as_postgres() { runuser -u postgres -- psql -p "${pg_port}" -qtAc "$1"; }
if [[ "$(as_postgres "SELECT 1 FROM pg_roles WHERE rolname = 'dateline'")" != 1 ]]; then
  as_postgres "CREATE ROLE dateline LOGIN PASSWORD 'dateline' CREATEDB"
fi
if [[ "$(as_postgres "SELECT 1 FROM pg_database WHERE datname = 'dateline_test'")" != 1 ]]; then
  as_postgres "CREATE DATABASE dateline_test OWNER dateline"
fi
export DATELINE_TEST_PG="postgresql://dateline:dateline@localhost:${pg_port}/dateline_test"
