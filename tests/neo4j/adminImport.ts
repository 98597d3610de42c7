import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { exportGraph } from '../../src/neo4j/index.js';
import type { KgGraph } from '../../src/types.js';

/** The jars of tools/neo4j-local (built by tests/setup/neo4j.ts) include the real neo4j-admin. */
export const LIB = join(import.meta.dirname, '../../tools/neo4j-local/target/lib');
export const adminAvailable = existsSync(LIB);
const run = promisify(execFile);

export interface AdminImport {
  /** The export folder (CSVs, neo4j-admin-import.sh, schema.cypher). */
  out: string;
  /** NEO4J_HOME the database was imported into. */
  home: string;
  stdout: string;
  stderr: string;
}

/** Exports the graph into `dir` and runs neo4j-admin-import.sh as written, neo4j-admin being the AdminTool of the same Neo4j version. */
export async function adminImport(graph: KgGraph, dir: string): Promise<AdminImport> {
  const out = join(dir, 'export');
  await exportGraph(graph, out);
  const home = join(dir, 'home');
  await mkdir(join(home, 'conf'), { recursive: true });
  const admin = join(dir, 'neo4j-admin');
  await writeFile(admin, `#!/bin/sh\nexec java -Xmx512m -cp '${LIB}/*' org.neo4j.cli.AdminTool "$@"\n`);
  await chmod(admin, 0o755);
  const { stdout, stderr } = await run('sh', [join(out, 'neo4j-admin-import.sh'), 'neo4j'], {
    env: { ...process.env, NEO4J_ADMIN: admin, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, maxBuffer: 16 << 20,
  });
  return { out, home, stdout, stderr };
}

export interface StoredNode {
  id: string;
  labels: string[];
  /** Strings and string lists as stored; other values as text. */
  props: Record<string, unknown>;
}

/** Every node neo4j-admin wrote into `home`, read by an embedded Neo4j (java/ReadStore.java), without a server. */
export async function readStore(home: string): Promise<StoredNode[]> {
  const { stdout } = await run('java', ['-Xmx256m', '-cp', `${LIB}/*`, join(import.meta.dirname, 'java', 'ReadStore.java'), home], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as StoredNode[];
}
