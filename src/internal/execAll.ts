/**
 * Every match of a global regex in `text`. Unlike `String#matchAll`, which copies the regex on each
 * call, it reuses it: the relation and date rules run thousands of times per article.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global regex (flag g): /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place.
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
