import type { Command } from 'commander';

/** Placeholder until the neo4j command lands. */
export function register(program: Command): void {
  void program;
}
