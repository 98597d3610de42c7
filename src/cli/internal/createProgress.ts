import { MultiBar, type SingleBar } from 'cli-progress';
import { formatCount } from './io.js';

export interface Progress {
  update(bytesDone: number, bytesTotal: number, articles: number): void;
  /** Prints a line (a warning, a phase message) without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

export interface ProgressOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  enabled: boolean;
  /** A bar appears only once a run has lasted this long, so short runs stay clean. */
  barDelayMs?: number;
  /** Without a terminal (CI logs, pipes), one plain line this often. */
  lineIntervalMs?: number;
  now?: () => number;
}

const MB = 1_000_000;

/** A progress bar on a terminal, a line every few seconds otherwise, nothing when disabled. */
export function createProgress(options: ProgressOptions): Progress {
  const { stream, enabled, barDelayMs = 1000, lineIntervalMs = 5000, now = Date.now } = options;
  const started = now();
  let multibar: MultiBar | null = null;
  let bar: SingleBar | null = null;
  let lastLine = started;

  const payload = (done: number, total: number, articles: number) => ({
    elapsed: Math.round((now() - started) / 1000),
    articles: formatCount(articles),
    mb: `${(done / MB).toFixed(1)}/${(total / MB).toFixed(1)} MB`,
  });

  return {
    update(done, total, articles) {
      if (!enabled) return;
      const t = now();
      if (stream.isTTY) {
        if (!bar && t - started >= barDelayMs) {
          multibar = new MultiBar({
            stream,
            format: ' {bar} {percentage}% | {articles} articles | {mb} | {elapsed} s elapsed, ETA {eta_formatted}',
            hideCursor: true,
            clearOnComplete: true,
          });
          bar = multibar.create(Math.max(total, 1), done, payload(done, total, articles));
        }
        bar?.update(done, payload(done, total, articles));
      } else if (t - lastLine >= lineIntervalMs) {
        lastLine = t;
        const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
        stream.write(
          `progress: ${percent}% of ${(total / MB).toFixed(1)} MB, ${formatCount(articles)} articles, ${Math.round((t - started) / 1000)} s\n`,
        );
      }
    },
    log(line) {
      if (multibar) multibar.log(`${line}\n`);
      else stream.write(`${line}\n`);
    },
    stop() {
      multibar?.stop();
      multibar = null;
      bar = null;
    },
  };
}
