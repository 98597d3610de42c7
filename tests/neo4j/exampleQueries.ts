import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExampleQuery {
  name: string;
  params: Record<string, unknown>;
  cypher: string;
}

export const EXAMPLES_FILE = join(import.meta.dirname, '../../queries/examples.cypher');

/** The queries of queries/examples.cypher: blocks that start with "// name:", with "// params:" as JSON. */
export function exampleQueries(): ExampleQuery[] {
  const text = readFileSync(EXAMPLES_FILE, 'utf8');
  return text
    .split(/^(?=\/\/ name: )/m)
    .slice(1)
    .map((block) => {
      const name = /^\/\/ name: (\S+)/.exec(block)![1]!;
      const params = JSON.parse(/^\/\/ params: (.*)$/m.exec(block)?.[1] ?? '{}') as Record<string, unknown>;
      const cypher = block
        .split('\n')
        .filter((line) => !line.startsWith('//'))
        .join('\n')
        .trim()
        .replace(/;$/, '');
      return { name, params, cypher };
    });
}
