import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/internal/createProgram.js';

function helpOf(...path: string[]): string {
  let command = createProgram();
  for (const name of path) command = command.commands.find((c) => c.name() === name)!;
  return command.helpInformation();
}

describe('kg --help', () => {
  it.each([
    [[], [/Usage: kg \[options\] \[command\]/, /build \[options\] <inputs\.\.\.>/, /extract \[options\] <inputs\.\.\.>/, /-V, --version/]],
    [['build'], [/Usage: kg build \[options\] <inputs\.\.\.>/, /-o, --out <dir>\s+output directory \(default: "graph"\)/, /-q, --quiet/, /-j, --jobs <n>\s+extraction threads \(default: number of cores/, /--no-cache\s+extract every article again/, /\.jsonl\.gz/]],
    [['extract'], [/Usage: kg extract \[options\] <inputs\.\.\.>/, /one JSON line per\s+article/]],
  ])('kg %j --help', (path, patterns) => {
    const help = helpOf(...path);
    for (const pattern of patterns) expect(help).toMatch(pattern);
  });

  it('prints the package version', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    const program = createProgram().exitOverride().configureOutput({ writeOut: () => {} });
    expect(() => program.parse(['node', 'kg', '--version'])).toThrow(version);
  });
});
