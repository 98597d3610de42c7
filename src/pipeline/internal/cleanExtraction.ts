import { cleanLabel } from '../../clean/cleanLabel.js';
import { withoutMask } from '../../clean/maskSpam.js';
import type { Extraction } from '../../types.js';

/**
 * The last guard before output: every name, alias and title goes through {@link cleanLabel},
 * whichever stage wrote it; mention texts and evidence sentences, quoted from the cleaned
 * text, lose their spam masks only, so they stay verbatim from the text without them.
 */
export function cleanExtraction(x: Extraction): Extraction {
  for (const e of x.entities) {
    e.name = cleanLabel(e.name);
    e.aliases = [...new Set(e.aliases.map(cleanLabel))].filter((a) => a !== '' && a !== e.name);
    if (e.titles) e.titles = [...new Set(e.titles.map(cleanLabel))].filter((t) => t !== '');
    for (const m of e.mentions) m.text = withoutMask(m.text);
  }
  for (const r of x.relations) {
    if (r.title !== undefined) r.title = cleanLabel(r.title);
    for (const ev of r.evidence) ev.sentence = withoutMask(ev.sentence);
  }
  return x;
}
