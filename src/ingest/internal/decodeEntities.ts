/**
 * Named entities seen in Vietnamese news pages: markup, punctuation, and the
 * Latin-1 letters Vietnamese shares (the rest of its letters come as numeric
 * references or as raw UTF-8).
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', deg: '°',
  times: '×', divide: '÷', euro: '€', yen: '¥', thinsp: ' ', ensp: ' ', emsp: ' ', zwnj: '', zwj: '',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê',
  Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ',
  Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý', agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã',
  egrave: 'è', eacute: 'é', ecirc: 'ê', igrave: 'ì', iacute: 'í', ograve: 'ò', oacute: 'ó',
  ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý', ouml: 'ö', uuml: 'ü', auml: 'ä',
};

/** Decodes `&name;`, `&#123;` and `&#x1EA1;`; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}
