import type { IngestWarning } from '../../types.js';

export interface WarningPrinter {
  (warning: IngestWarning): void;
  /** Prints how many warnings were held back for each file. */
  flush(): void;
}

/** `warning: <file>[:<line>]: <reason>` */
export function formatWarning(w: IngestWarning): string {
  return `warning: ${w.file}${w.line === undefined ? '' : `:${w.line}`}: ${w.reason}`;
}

/**
 * Prints warnings, at most `perFile` for any one file, so a crawler dump with
 * thousands of broken lines does not drown the rest of the output.
 */
export function createWarningPrinter(log: (line: string) => void, perFile = 20): WarningPrinter {
  const counts = new Map<string, number>();
  const printer = (w: IngestWarning) => {
    const count = (counts.get(w.file) ?? 0) + 1;
    counts.set(w.file, count);
    if (count <= perFile) log(formatWarning(w));
  };
  printer.flush = () => {
    for (const [file, count] of counts) {
      if (count > perFile) log(`warning: ${file}: ${count - perFile} more warnings not shown`);
    }
    counts.clear();
  };
  return printer;
}
