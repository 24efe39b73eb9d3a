#!/usr/bin/env bash
# Publishes through a running-on-demand registry, dumps its database with pg_dump, restores into a fresh
# database with pg_restore, and compares every version's sha256 and the audit chain. Needs pg_dump/pg_restore
# and a PostgreSQL server (VERIFY_DATABASE_SERVER, default postgres://postgres@127.0.0.1:5432/postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER="${VERIFY_DATABASE_SERVER:-postgres://postgres@127.0.0.1:5432/postgres}"
SRC="registry_backup_src_$$"; DST="registry_backup_dst_$$"
url_for() { node -e 'const u=new URL(process.argv[1]); u.pathname="/"+process.argv[2]; console.log(u.toString())' "$SERVER" "$1"; }
SRC_URL="$(url_for "$SRC")"; DST_URL="$(url_for "$DST")"
DUMP="$(mktemp -d)/registry.dump"
TOKEN="dsr_backup-admin-0123456789abcdefghijklmnopqrstuv"
PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
cleanup() {
  [[ -n "${APP_PID:-}" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  psql "$SERVER" -qc "DROP DATABASE IF EXISTS $SRC WITH (FORCE)" -c "DROP DATABASE IF EXISTS $DST WITH (FORCE)" >/dev/null
  rm -rf "$(dirname "$DUMP")"
}
trap cleanup EXIT
psql "$SERVER" -qc "CREATE DATABASE $SRC" -c "CREATE DATABASE $DST"
[[ -f dist/src/main.js ]] || npm run build >/dev/null
NODE_ENV=production PORT="$PORT" HOST=127.0.0.1 DATABASE_URL="$SRC_URL" REGISTRY_ADMIN_TOKEN="$TOKEN" REGISTRY_SEED_EXAMPLES=true LOG_LEVEL=warn \
  node dist/src/main.js & APP_PID=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.2; done
# Publish eight versions over HTTP (each with its report and audit event).
curl -fs -X POST "http://127.0.0.1:$PORT/graphql" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \
  -d '{"query":"mutation { createComponent(input: {slug: \"backup-check\", name: \"Backup\", layer: \"submission\", description: \"x\", tags: [], ownerOrganisation: \"O\", license: \"EUPL-1.2\", platformOwner: {name: \"B\", email: \"b@example.org\"}}) { slug } }"}' >/dev/null
paths=""
for k in 0 1 2 3 4 5 6 7; do
  paths="$paths  /p$k: { get: { responses: { '200': { description: ok } } } }\n"
  printf "openapi: 3.1.0\ninfo: { title: Backup, version: 1.$k.0 }\npaths:\n$paths" | curl -fs -X PUT -H "authorization: Bearer $TOKEN" \
    -H 'content-type: application/yaml' --data-binary @- "http://127.0.0.1:$PORT/api/v1/components/backup-check/contracts/backup-api/versions/1.$k.0" >/dev/null
done
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
pg_dump --format=custom --no-owner --file="$DUMP" "$SRC_URL"
pg_restore --no-owner --exit-on-error --dbname="$DST_URL" "$DUMP"
Q="SELECT c.name || '@' || v.version || ' ' || v.sha256 || ' ' || encode(sha256(convert_to(v.document_text, 'UTF8')), 'hex') FROM contract_version v JOIN contract c ON c.id = v.contract_id ORDER BY 1"
diff <(psql "$SRC_URL" -Atc "$Q") <(psql "$DST_URL" -Atc "$Q")
VERSIONS="$(psql "$DST_URL" -Atc 'SELECT count(*) FROM contract_version')"
[[ "$VERSIONS" -gt 0 ]] || { echo "no versions were published" >&2; exit 1; }
node bin/contract-registry.js audit verify --database-url "$DST_URL"
echo "backup verified: $VERSIONS versions identical (sha256 of stored text) after pg_dump/pg_restore; audit chain intact"
