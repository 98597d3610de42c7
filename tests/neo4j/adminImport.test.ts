import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/neo4j/index.js';
import { fixtureGraph } from './fixtureGraph.js';

/** The jars of tools/neo4j-local (built by tests/setup/neo4j.ts) include the real neo4j-admin. */
const LIB = join(import.meta.dirname, '../../tools/neo4j-local/target/lib');
const available = existsSync(LIB);
if (!available) {
  const how = `${LIB} is missing: run \`bash tools/neo4j-local/start.sh\` once (or \`npm test\` without NEO4J_URI) to build it`;
  if (process.env.CI) throw new Error(`tests/neo4j/adminImport.test.ts: CI is set but ${how}`);
  console.warn(`\n!!! tests/neo4j/adminImport.test.ts: SKIPPING the neo4j-admin import test: ${how}\n`);
}

describe.skipIf(!available)('neo4j-admin database import of the exported CSVs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-neo4j-admin-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('accepts every file and header, and imports every node and relationship', async () => {
    const graph = fixtureGraph({ second: true, hostile: true });
    const out = join(dir, 'export');
    await exportGraph(graph, out);
    const home = join(dir, 'home');
    await mkdir(join(home, 'conf'), { recursive: true });
    // neo4j-admin-import.sh as written, with neo4j-admin being the AdminTool class of the same Neo4j version.
    const admin = join(dir, 'neo4j-admin');
    await writeFile(admin, `#!/bin/sh\nexec java -Xmx512m -cp '${LIB}/*' org.neo4j.cli.AdminTool "$@"\n`);
    await chmod(admin, 0o755);
    const { stdout, stderr } = await promisify(execFile)('sh', [join(out, 'neo4j-admin-import.sh'), 'neo4j'], {
      env: { ...process.env, NEO4J_ADMIN: admin, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, maxBuffer: 16 << 20,
    });
    expect(stdout).toMatch(new RegExp(`Imported:\\s+${graph.order} nodes\\s+${graph.size} relationships`));
    expect(await readFile(join(out, 'neo4j-admin-import.sh'), 'utf8')).toContain('--array-delimiter=');
    // neo4j-admin creates no constraint or index: the script says how to create those of a push.
    expect(stderr).toContain(`-f '${out}/schema.cypher'`);
  }, 120_000);
});
