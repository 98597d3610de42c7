import prefixes from '../../recognize/lexicon/admin-prefixes.json' with { type: 'json' };

/** The administrative words that open a place name ("tỉnh", "thành phố", "bang"…), longest first, as one alternation. */
export const PLACE_WORD = prefixes.map((p) => p.prefix).sort((a, b) => b.length - a.length).join('|');
