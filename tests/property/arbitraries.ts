import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { RawArticle } from '../../src/types.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

/** Sentences of the seed articles: fragments the extractor finds people, places and relations in. */
const SENTENCES = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(join(SEEDS, name), 'utf8').split(/(?<=[.!?])\s+|\n/))
  .filter((s) => s.trim().length > 20);

/** What a crawler or a hostile user may put into a name or a text. */
const HOSTILE = [
  `'}) DETACH DELETE n //`, '"; MATCH (n) DETACH DELETE n; //', '<script>alert(1)</script>', '</node><node id="x">',
  '&amp; &lt; ]]> <![CDATA[', '\\', '\\"', '\u0000\u0001\u0007\u001b\u007f\u0085', '\uFEFF\u200B\u202E', '\uD800 lone surrogate',
  'Bi\u0300nh Đi\u0323nh', 'Vie\u0323\u0302t Nam', 'Ông "Nguyễn \'Văn\' A"', '\r\n\r\n', '  \t ',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

/** Any text, made mostly of real article sentences so that the relation rules fire. */
export const articleText = fc.array(fragment, { maxLength: 10 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', '. ', '\n', ', ', ''), { minLength: parts.length, maxLength: parts.length }).map((seps) =>
    parts.map((p, i) => `${p}${seps[i]}`).join(''),
  ),
);

export const rawArticle = (id: string, text: string): RawArticle => ({ id, title: null, date: null, url: null, text, source: `${id}.txt` });
