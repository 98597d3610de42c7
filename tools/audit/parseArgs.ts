export interface AuditArgs {
  inputs: string[];
  limit: number | null;
  sample: number;
  seed: string;
  out: string | null;
  json: boolean;
  jobs: number;
  extractions: string | null;
}

export const USAGE = `usage: npm run audit -- <corpus.jsonl.gz> [more files] [--limit N] [--sample N] [--seed S] [--out FILE.md] [--json] [--jobs N] [--extractions FILE]
  --limit N          audit the first N articles only
  --sample N         lines in each random sample (default 30)
  --seed S           seed of the random samples (default "audit"): the same seed, the same samples
  --out FILE.md      write the markdown report there (default: print it, unless --json)
  --json             print the counts only, as JSON
  --jobs N           extraction threads of \`kg extract\` (default 2)
  --extractions FILE read a saved \`kg extract\` output of the same inputs instead of running the extractor`;

export class UsageError extends Error {}

const whole = (flag: string, value: string | undefined, min: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} needs a whole number ≥ ${min}, e.g. ${flag} 30`);
  return n;
};

/** Parses the command line of tools/audit.ts; throws UsageError on a mistake. */
export function parseArgs(argv: string[]): AuditArgs {
  const args: AuditArgs = { inputs: [], limit: null, sample: 30, seed: 'audit', out: null, json: false, jobs: 2, extractions: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--limit') args.limit = whole(a, value(), 1);
    else if (a === '--sample') args.sample = whole(a, value(), 0);
    else if (a === '--jobs') args.jobs = whole(a, value(), 1);
    else if (a === '--seed') args.seed = value();
    else if (a === '--out') args.out = value();
    else if (a === '--extractions') args.extractions = value();
    else if (a === '--json') args.json = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) throw new UsageError('no corpus given');
  return args;
}
