import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run. In CI a missing Chromium fails the run, so the tests can never
 * be skipped there without anyone noticing; elsewhere they are skipped with a warning.
 */
export function chromiumAvailable(file: string, executable = CHROMIUM, ci = Boolean(process.env.CI)): boolean {
  if (existsSync(executable)) return true;
  const reason = `${executable} is missing; install it with \`apt-get install -y chromium\``;
  if (ci) throw new Error(`${file}: CI is set but ${reason}: the viewer's browser tests must run in CI`);
  console.warn(`\n  SKIPPED ${file}: ${reason}\n`);
  return false;
}

/** Builds the viewer into a fresh temporary folder, so tests never race a developer's viewer/dist. */
export async function buildViewer(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'kg-viewer-dist-'));
  await build({
    configFile: fileURLToPath(new URL('../../../viewer/vite.config.ts', import.meta.url)),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  return outDir;
}

/** Debian's chromium (`apt-get install chromium`); playwright-core adds --no-sandbox and software WebGL. */
export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM, headless: true });
  } catch (error) {
    throw new Error(`could not start ${CHROMIUM} (install it with \`apt-get install -y chromium\`): ${String(error)}`);
  }
}
