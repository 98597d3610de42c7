/** The streams a command writes to; tests pass their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/** "12,345" — thousands separators make corpus-sized counts readable. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
