#!/usr/bin/env bash
# Runs every test against real servers: installs what is missing (Debian packages), starts PostgreSQL and
# Redis on loopback, builds with warnings as errors, runs `dotnet test`, and prints one summary line.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }

log "checking system packages"
missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

log "starting PostgreSQL on 127.0.0.1:5432"
cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  as_root pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
# shellcheck disable=SC2086
as_root pg_ctlcluster $cluster start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL did not start"; exit 1; }
as_root su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='segmentai'\" | grep -q 1 || psql -qc \"CREATE ROLE segmentai LOGIN SUPERUSER PASSWORD 'segmentai'\""
as_root su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='segmentai_test'\" | grep -q 1 || psql -qc 'CREATE DATABASE segmentai_test OWNER segmentai'"

log "starting Redis on 127.0.0.1:6379"
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save "" --appendonly no >/dev/null
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { echo "Redis did not start"; exit 1; }

export SEGMENTAI_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=segmentai;Password=segmentai;Database=segmentai_test"
export SEGMENTAI_TEST_REDIS="127.0.0.1:6379"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log "building (warnings are errors)"
dotnet build Segmentation.sln -c Release -warnaserror -nologo -v quiet

log "testing"
results=$(mktemp)
status=0
dotnet test Segmentation.sln -c Release --no-build -nologo 2>&1 | tee "$results" || status=$?

passed=$(grep -Eo 'Passed: +[0-9]+' "$results" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$results" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$results" | awk '{s+=$2} END {print s+0}')
rm -f "$results"

log "eval gate: every live skill's suite against its min_accuracy"
# One line per skill; runs and their JSON go to a scratch folder so CI never touches data/ or the state directory.
eval_out=$(mktemp -d)
eval_status=0
dotnet run --project src/Agent.Evals -c Release --no-build -- check --out "$eval_out" || eval_status=$?

log "generalization suite: dev and frozen holdout (reported apart; exit 2 when the holdout was edited after the freeze)"
generalization_status=0
dotnet run --project src/Agent.Evals -c Release --no-build -- generalization --out "$eval_out" || generalization_status=$?
rm -rf "$eval_out"

echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped; eval gate $([ "$eval_status" -eq 0 ] && echo passed || echo "FAILED (exit $eval_status)"); generalization $([ "$generalization_status" -eq 0 ] && echo reported || echo "FAILED (exit $generalization_status)")"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ] || [ "$eval_status" -ne 0 ] || [ "$generalization_status" -ne 0 ]; then
  exit 1
fi
