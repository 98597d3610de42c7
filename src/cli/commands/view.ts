import type { Command } from 'commander';

/** Placeholder until the view command lands. */
export function register(program: Command): void {
  void program;
}
