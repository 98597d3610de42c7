import type { CleanArticle, Recognized } from '../types.js';
import { findCountries } from './findCountries.js';
import { findDates } from './findDates.js';
import { findGeoFeatures } from './findGeoFeatures.js';
import { findLocalities } from './findLocalities.js';
import { findOrganizations } from './findOrganizations.js';
import { findPersons } from './findPersons.js';
import { findTitles } from './findTitles.js';
import { tokenize } from './internal/tokenize.js';
import { resolveMasked } from './resolveMasked.js';

export { findDates } from './findDates.js';
export { findLocalities } from './findLocalities.js';
export { findPersons } from './findPersons.js';
export { findOrganizations } from './findOrganizations.js';
export { findTitles, type TitleMention } from './findTitles.js';
export { tokenize, type Token } from './internal/tokenize.js';
export { fold, nameKey, slug } from './internal/fold.js';

/** recognize stage: every person, locality, organization, date and country mention of an article. */
export function recognize(article: CleanArticle): Recognized & { titles: ReturnType<typeof findTitles> } {
  const { text, sentences } = article;
  const tokens = tokenize(text);
  const titles = findTitles(text, tokens);
  const countries = findCountries(text, tokens);
  const features = findGeoFeatures(tokens);
  const outside = (m: { start: number; end: number }) => !features.some((f) => m.start < f.end && f.start < m.end);
  const places = resolveMasked(text, findLocalities(text, tokens)).filter(outside);
  const persons = findPersons({ text, tokens, titles, localities: places, sentences }).filter(outside);
  // A place name inside a person's name ("Phan Thái Bình") is part of the name.
  const localities = places.filter((l) => l.prefixed || !persons.some((p) => l.start < p.end && p.start < l.end));
  const organizations = findOrganizations({ text, tokens, persons, localities });
  const dates = findDates(text, article.year);
  return { localities, persons, organizations, dates, countries, titles };
}
