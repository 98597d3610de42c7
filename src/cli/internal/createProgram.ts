import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { register as registerBuild } from '../commands/build.js';
import { register as registerExtract } from '../commands/extract.js';
import { register as registerNeo4j } from '../commands/neo4j.js';
import { register as registerView } from '../commands/view.js';

/** The package version, read from package.json (two folders above `dist/cli/internal`). */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** The `kg` program with every subcommand registered. */
export function createProgram(): Command {
  const program = new Command('kg')
    .description('Build a knowledge graph of Vietnam–Japan local diplomacy from Vietnamese news articles.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run `kg --help` or `kg <command> --help` for usage)');
  registerBuild(program);
  registerExtract(program);
  registerNeo4j(program);
  registerView(program);
  return program;
}
