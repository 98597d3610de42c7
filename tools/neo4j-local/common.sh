# Shared by start.sh, run.sh and stop.sh: settings, and building the launcher when it is missing or stale.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${NEO4J_PORT:-7687}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-kg-vnjp-local}"
jar="$here/target/neo4j-local.jar"
run_dir="$here/target/run"
pid_file="$run_dir/neo4j-$port.pid"
log_file="$run_dir/neo4j-$port.log"
# The server's store: removed when it stops, and by the next start when it was killed.
data_dir="$run_dir/data-$port"
# LOAD CSV file:/// URLs (import.cypher) resolve here; point it at a `kg neo4j export` folder.
import_dir="$(mkdir -p "${NEO4J_IMPORT_DIR:-$run_dir/import-$port}" && cd "${NEO4J_IMPORT_DIR:-$run_dir/import-$port}" && pwd)"
launcher_args=(--port "$port" --data-dir "$data_dir" --import-dir "$import_dir")

# Removes what a server that is no longer running left behind: its pid file and its data folder.
clean_dead_server() {
  if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then return; fi
  rm -f "$pid_file"
  rm -rf "$data_dir"
  # The default import folder goes too when nothing was put in it; a folder of the user's stays.
  [[ -n "${NEO4J_IMPORT_DIR:-}" ]] || rmdir "$import_dir" 2>/dev/null || true
}
# Modest heap: CI shares this 2-core machine with vitest and Chromium. Override with NEO4J_LOCAL_HEAP=2g.
java_opts=(
  "-Xms256m" "-Xmx${NEO4J_LOCAL_HEAP:-1g}"
  "--add-opens=java.base/java.nio=ALL-UNNAMED"
  "--add-opens=java.base/java.io=ALL-UNNAMED"
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
  "-Dio.netty.tryReflectionSetAccessible=true"
)

build_if_needed() {
  command -v java >/dev/null || { echo "neo4j-local: java not found: install OpenJDK 17 (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }
  if [[ -f "$jar" && -z "$(find "$here/pom.xml" "$here/src" -newer "$jar" -print -quit)" ]]; then
    return
  fi
  command -v mvn >/dev/null || { echo "neo4j-local: mvn not found: install Maven 3.8+ (apt-get install maven)" >&2; exit 1; }
  echo "neo4j-local: building the launcher with Maven (first time downloads ~150 MB into ~/.m2)…" >&2
  mvn -q -B -f "$here/pom.xml" package >&2
}
