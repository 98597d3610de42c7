import { readFile, stat } from 'node:fs/promises';
import { ViewData, type SerializedGraphFile } from '../ViewData.js';

/**
 * The split graph.json, made once and again only when the file changes (a new `kg build` while
 * the server runs). A file that cannot be read or parsed becomes an error message for the page.
 */
export class ViewDataSource {
  private stamp = '';
  private pending: Promise<ViewData | string> | null = null;

  constructor(private readonly file: string, private readonly threshold?: number) {}

  async get(): Promise<ViewData | string> {
    let stamp: string;
    try {
      const info = await stat(this.file);
      stamp = `${info.size}:${info.mtimeMs}`;
    } catch {
      return `graph file ${this.file} has disappeared; rebuild it with \`npx kg build\``;
    }
    if (stamp !== this.stamp || !this.pending) {
      this.stamp = stamp;
      this.pending = this.load();
    }
    return this.pending;
  }

  private async load(): Promise<ViewData | string> {
    let data: SerializedGraphFile;
    try {
      data = JSON.parse(await readFile(this.file, 'utf8')) as SerializedGraphFile;
    } catch (error) {
      return `graph.json is not valid JSON (${String(error)}); rebuild it with \`npx kg build\``;
    }
    if (!data || !Array.isArray(data.nodes)) {
      return 'graph.json is not a graphology serialization (no "nodes" array); rebuild it with `npx kg build`';
    }
    return new ViewData(data, this.threshold);
  }
}
