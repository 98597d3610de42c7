/**
 * A problem with one input. `readInputs` turns it into an `IngestWarning`
 * and goes on with the other inputs; it never escapes to the caller.
 */
export class IngestError extends Error {
  override name = 'IngestError';
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, reason: string, line?: number) {
    super(reason);
    this.file = file;
    this.line = line;
  }

  toWarning(): { file: string; line?: number; reason: string } {
    return this.line === undefined
      ? { file: this.file, reason: this.message }
      : { file: this.file, line: this.line, reason: this.message };
  }
}
