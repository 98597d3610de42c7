/**
 * A problem loading or exporting the graph for Neo4j. The message is one line that
 * says what to check; the CLI prints it as is and exits non-zero.
 */
export class Neo4jError extends Error {
  override name = 'Neo4jError';
}
