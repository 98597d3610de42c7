import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const TOOL = join(import.meta.dirname, '../../tools/neo4j-local');
const RUN = join(TOOL, 'target', 'run');

/** A pid no process has: the server it names was killed. */
const DEAD_PID = '2147483646';

describe('tools/neo4j-local after a killed server', () => {
  it('stop.sh (and so start.sh, which runs the same clean-up first) removes the stale pid file and the data folder', async () => {
    const port = '1';
    const data = join(RUN, `data-${port}`);
    await mkdir(join(data, 'databases'), { recursive: true });
    await writeFile(join(data, 'databases', 'store'), 'x');
    await writeFile(join(RUN, `neo4j-${port}.pid`), DEAD_PID);
    await promisify(execFile)('bash', [join(TOOL, 'stop.sh')], { env: { ...process.env, NEO4J_PORT: port } });
    expect(existsSync(join(RUN, `neo4j-${port}.pid`))).toBe(false);
    expect(existsSync(data)).toBe(false);
    expect(existsSync(join(RUN, `import-${port}`))).toBe(false);
  });

  it('start.sh cleans up before it starts', async () => {
    const { readFile } = await import('node:fs/promises');
    const start = await readFile(join(TOOL, 'start.sh'), 'utf8');
    expect(start.indexOf('clean_dead_server')).toBeGreaterThan(0);
    expect(start.indexOf('clean_dead_server')).toBeLessThan(start.indexOf('nohup java'));
  });
});
