import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { IngestWarning } from '../types.js';

export type InputKind = 'text' | 'html' | 'jsonl';

export interface InputFile {
  path: string;
  kind: InputKind;
  size: number;
}

const KINDS: ReadonlyArray<[suffix: string, kind: InputKind]> = [
  ['.jsonl.gz', 'jsonl'],
  ['.jsonl', 'jsonl'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.txt', 'text'],
  ['.md', 'text'],
];

export const SUPPORTED_EXTENSIONS = KINDS.map(([suffix]) => suffix);

/** The kind of article file a name denotes, from its extension, or null. */
export function inputKind(path: string): InputKind | null {
  const lower = path.toLowerCase();
  return KINDS.find(([suffix]) => lower.endsWith(suffix))?.[1] ?? null;
}

/**
 * Expands the user's inputs into article files: directories recursively, in
 * code-unit order of names so every run reads the same files in the same order.
 * Inside directories, files of other types are ignored silently (a gold
 * `.json` beside its `.txt`), and so are hidden entries, `node_modules` and the
 * `exclude`d paths (the build's own output, so `kg build .` does not read
 * `graph/extractions.jsonl`); a missing path or an unsupported file named
 * explicitly is reported.
 */
export async function listInputs(
  paths: string[],
  onWarning: (w: IngestWarning) => void,
  exclude: string[] = [],
): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const excluded = new Set(await Promise.all(exclude.map((path) => realpath(path).catch(() => resolve(path)))));

  async function visit(path: string, explicit: boolean): Promise<void> {
    let info;
    let real;
    try {
      info = await stat(path);
      real = await realpath(path);
    } catch (error) {
      onWarning({ file: path, reason: describeFsError(error) });
      return;
    }
    if (seen.has(real) || (!explicit && excluded.has(real))) return;
    if (info.isDirectory()) {
      seen.add(real);
      let names: string[];
      try {
        names = (await readdir(path)).filter((name) => !name.startsWith('.') && name !== 'node_modules');
      } catch (error) {
        onWarning({ file: path, reason: describeFsError(error) });
        return;
      }
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const name of names) await visit(join(path, name), false);
      return;
    }
    const kind = inputKind(path);
    if (!info.isFile() || !kind) {
      if (explicit) {
        onWarning({
          file: path,
          reason: `not an article file; expected a directory or a file ending in ${SUPPORTED_EXTENSIONS.join(', ')}`,
        });
      }
      return;
    }
    seen.add(real);
    files.push({ path, kind, size: info.size });
  }

  for (const path of paths) await visit(path, true);
  return files;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory; check the path';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; make the file readable';
  if (code === 'ELOOP') return 'too many symbolic links; check the link';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot read it (${error instanceof Error ? error.message : String(error)})`;
}
