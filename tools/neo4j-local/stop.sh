#!/usr/bin/env bash
# Stop the Neo4j started by start.sh (same NEO4J_PORT); waits for a clean shutdown, then forces it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [[ ! -f "$pid_file" ]]; then
  echo "neo4j-local: not running on port $port (no $pid_file)" >&2
  exit 0
fi
pid="$(cat "$pid_file")"
if kill -TERM "$pid" 2>/dev/null; then
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "neo4j-local: pid $pid still running after 30s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
fi
clean_dead_server
echo "neo4j-local: stopped (port $port)"
