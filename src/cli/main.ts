#!/usr/bin/env node
import { createProgram } from './internal/createProgram.js';

try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  // Expected problems are reported by the commands; this is a bug.
  process.stderr.write(`kg: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
