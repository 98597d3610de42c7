import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** Runs the `kg` entry point as a real process (through tsx, so no build is needed). */
function kg(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('the kg executable', () => {
  it.each([
    [['--help'], 0, /Commands:[\s\S]*build[\s\S]*extract/],
    [['build', '--help'], 0, /Writes into the output directory:[\s\S]*report\.md/],
    [['nosuchcommand'], 1, /unknown command 'nosuchcommand'/],
    [['build'], 1, /missing required argument 'inputs'/],
  ])('kg %j exits %i', (args, status, output) => {
    const result = kg(...args);
    expect(result.status).toBe(status);
    expect(result.stdout + result.stderr).toMatch(output);
  });

  it('exits 1 and creates no output directory when nothing is usable', () => {
    const out = `/tmp/kg-never-written-${process.pid}`;
    const result = kg('build', '/nonexistent/kg-input', '--out', out, '--quiet');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/warning: \/nonexistent\/kg-input: no such file[\s\S]*nothing usable was read/);
    expect(existsSync(out)).toBe(false);
  });
});
