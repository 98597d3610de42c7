import { InvalidArgumentError } from 'commander';

/** Commander parser for `--jobs <n>`: a whole number of threads, at least 1. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('Give a whole number of threads, 1 or more (e.g. --jobs 2).');
  return jobs;
}
