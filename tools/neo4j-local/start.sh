#!/usr/bin/env bash
# Start the local Neo4j in the background, wait until Bolt accepts logins, print URI and credentials.
# Extra arguments go to the launcher (--parent-pid PID: stop when that process ends).
# Env: NEO4J_PORT (7687), NEO4J_PASSWORD (kg-vnjp-local), NEO4J_START_TIMEOUT seconds (180), NEO4J_LOCAL_HEAP (1g),
# NEO4J_IMPORT_DIR (LOAD CSV folder; default target/run/import-PORT).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
  echo "neo4j-local: already running (pid $(cat "$pid_file"))" >&2
  echo "bolt://127.0.0.1:$port user neo4j password $NEO4J_PASSWORD"
  exit 0
fi
clean_dead_server
build_if_needed
mkdir -p "$run_dir"
nohup java "${java_opts[@]}" -jar "$jar" "${launcher_args[@]}" "$@" >"$log_file" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$pid_file"

deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-180}))
# The ready line comes after the password is set, so a client that connects after it can log in.
until grep -q '^neo4j-local: ready' "$log_file" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "neo4j-local: the server exited during start-up; last lines of $log_file:" >&2
    tail -n 20 "$log_file" >&2
    rm -f "$pid_file"
    exit 1
  fi
  if ((SECONDS >= deadline)); then
    echo "neo4j-local: not ready after ${NEO4J_START_TIMEOUT:-180}s; see $log_file" >&2
    kill "$pid" 2>/dev/null || true
    rm -f "$pid_file"
    exit 1
  fi
  sleep 1
done
if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "neo4j-local: ready line printed but 127.0.0.1:$port refuses connections; see $log_file" >&2
  exit 1
fi
echo "bolt://127.0.0.1:$port user neo4j password $NEO4J_PASSWORD"
