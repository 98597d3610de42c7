import { Neo4jError } from './Neo4jError.js';

export interface ConnectionTarget {
  uri: string;
  user: string;
  database?: string | undefined;
}

/** Turns a driver error into a one-line Neo4jError that says what to check. */
export function describeError(error: unknown, target: ConnectionTarget): Neo4jError {
  if (error instanceof Neo4jError) return error;
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  const where = `Neo4j at ${target.uri}`;
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new Neo4jError(
      `${where} rejected user "${target.user}": check --user/--password (or NEO4J_USER/NEO4J_PASSWORD); the local server from \`npm run neo4j\` uses neo4j / kg-vnjp-local`,
    );
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jError(`${where} blocks logins after too many wrong passwords: wait a few seconds and check --password`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jError(
      `${where} has no database "${target.database}": create it (CREATE DATABASE, Enterprise/Aura) or leave out --database / NEO4J_DATABASE to use the default one`,
    );
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/.test(message)) {
    return new Neo4jError(
      `cannot reach ${where}: is it running and is the URI right? Start a local one with \`npm run neo4j\`, or set --uri / NEO4J_URI (${firstLine(message)})`,
    );
  }
  if (/URL|scheme|url/.test(message) && code === undefined) {
    return new Neo4jError(`invalid Neo4j URI "${target.uri}": use bolt://host:7687 for one server or neo4j://host:7687 for a cluster/Aura (${firstLine(message)})`);
  }
  return new Neo4jError(`${where} failed: ${firstLine(message)}${typeof code === 'string' ? ` (${code})` : ''}`);
}

/** The line a push prints at once when the server stops answering, before its retries run out (then describeError's line follows). */
export function describeRetry(error: unknown, target: ConnectionTarget, seconds: number): string {
  const message = error instanceof Error ? error.message : String(error);
  return `lost Neo4j at ${target.uri} (${firstLine(message)}): retrying for up to ${seconds} s; Ctrl-C stops, and pushing again later is safe`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
