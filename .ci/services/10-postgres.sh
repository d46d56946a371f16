# Sourced by .ci/run: installs PostgreSQL 15 from Debian packages if missing, starts the cluster (reusing a running
# one), creates the role and database the corpus tests use, and exports ISNAD_TEST_PG (read by
# tests/Isnad.Corpus.Tests/Store/PostgresStoreTests.cs). Any failure stops CI.
pg_version=15
pg_cluster=main
pg_port="${ISNAD_PG_PORT:-5432}"

as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else sudo -n -u postgres -- "$@"; fi
}
as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null || [[ ! -x /usr/lib/postgresql/$pg_version/bin/postgres ]]; then
    echo "installing postgresql-$pg_version"
    as_root apt-get update -q
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "postgresql-$pg_version"
fi

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$pg_version $pg_cluster"; then
    as_root pg_createcluster "$pg_version" "$pg_cluster" --port "$pg_port"
fi

if ! pg_lsclusters -h | awk -v v="$pg_version" -v c="$pg_cluster" '$1==v && $2==c {print $4}' | grep -q online; then
    as_root pg_ctlcluster "$pg_version" "$pg_cluster" start
fi

for _ in $(seq 1 30); do
    as_postgres psql -p "$pg_port" -qtAc "SELECT 1" >/dev/null 2>&1 && break
    sleep 1
done
as_postgres psql -p "$pg_port" -qtAc "SELECT 1" >/dev/null

# A role that may create databases: each store test works in a database of its own and drops it.
as_postgres psql -p "$pg_port" -qtAc "DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'isnad') THEN CREATE ROLE isnad LOGIN CREATEDB PASSWORD 'isnad'; END IF;
END \$\$;"
if ! as_postgres psql -p "$pg_port" -qtAc "SELECT 1 FROM pg_database WHERE datname = 'isnad'" | grep -q 1; then
    as_postgres createdb -p "$pg_port" -O isnad isnad
fi

export ISNAD_TEST_PG="postgres://isnad:isnad@127.0.0.1:$pg_port/isnad"
echo "PostgreSQL $pg_version ($pg_cluster) on port $pg_port: ISNAD_TEST_PG set"
