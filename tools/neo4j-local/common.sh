# Shared by start.sh, run.sh and stop.sh: settings, and building the launcher when it is missing or stale.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${NEO4J_PORT:-7687}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-kg-vnjp-local}"
jar="$here/target/neo4j-local.jar"
run_dir="$here/target/run"
pid_file="$run_dir/neo4j-$port.pid"
log_file="$run_dir/neo4j-$port.log"
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
