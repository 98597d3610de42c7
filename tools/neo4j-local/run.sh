#!/usr/bin/env bash
# Run the local Neo4j in the foreground (npm run neo4j); Ctrl-C stops it and discards its data.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
clean_dead_server
build_if_needed
# The pid file lets stop.sh stop this one too (exec keeps the pid).
mkdir -p "$run_dir"
echo "$$" >"$pid_file"
exec java "${java_opts[@]}" -jar "$jar" "${launcher_args[@]}" "$@"
