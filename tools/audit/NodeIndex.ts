import type { EntityType, ExtractedEntity } from '../../src/types.js';
import { functionWordFlag, hasUpperCaseWord } from './nameFlags.js';

/** One graph node (an entity id across articles): its first name and where it was first seen. */
export interface NodeInfo {
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  articles: number;
  /** Article and sentence of the node's first mention. */
  article: string;
  sentence: string;
}

export interface Flagged {
  node: NodeInfo;
  why: string;
}

/** Lower case, one space: how two names are compared. */
const key = (name: string) => name.toLowerCase().replace(/\s+/gu, ' ').trim();
const byArticles = (a: Flagged, b: Flagged) => b.node.articles - a.node.articles || a.node.name.localeCompare(b.node.name);

/** Distinct entities across articles, with the corpus-wide checks of section C. */
export class NodeIndex {
  readonly nodes = new Map<string, NodeInfo>();

  /** Counts one article's entity; `sentence` is computed only the first time the id is seen. */
  add(entity: ExtractedEntity, article: string, sentence: () => string): void {
    const known = this.nodes.get(entity.id);
    if (known) {
      known.articles++;
      return;
    }
    this.nodes.set(entity.id, {
      id: entity.id, type: entity.type, name: entity.name, country: entity.country ?? null,
      articles: 1, article, sentence: sentence(),
    });
  }

  count(type: EntityType): number {
    let n = 0;
    for (const node of this.nodes.values()) if (node.type === type) n++;
    return n;
  }

  private of(type: EntityType): NodeInfo[] {
    return [...this.nodes.values()].filter((n) => n.type === type);
  }

  /** Person names that begin or end with a function word or opener ("Tại …", "… Theo", "Năm 2014"), or in capitals. */
  personFunctionWords(): Flagged[] {
    const out: Flagged[] = [];
    for (const node of this.of('Person')) {
      const why = functionWordFlag(node.name) ?? (hasUpperCaseWord(node.name) ? 'a word in capitals' : null);
      if (why) out.push({ node, why });
    }
    return out.sort(byArticles);
  }

  /** Single-word locality names of at most `max` letters ("Con", "Mỹ"…), often a word misread as a place. */
  shortLocalities(max = 3): Flagged[] {
    return this.of('Locality')
      .filter((n) => !/\s/u.test(n.name.trim()) && [...n.name.matchAll(/\p{L}/gu)].length <= max)
      .map((node) => ({ node, why: `${node.country ?? '?'}` }))
      .sort(byArticles);
  }

  /** Person nodes whose name is another person node's name plus one word before or after it. */
  extendedPersons(): Flagged[] {
    const persons = this.of('Person');
    const byName = new Map(persons.map((p) => [key(p.name), p]));
    const out: Flagged[] = [];
    for (const node of persons) {
      const words = key(node.name).split(' ');
      if (words.length < 2) continue;
      const shorter = [words.slice(0, -1).join(' '), words.slice(1).join(' ')];
      const base = shorter.map((s) => byName.get(s)).find((b) => b !== undefined && b.id !== node.id);
      if (base) out.push({ node, why: `“${base.name}” (${base.articles} articles)` });
    }
    return out.sort(byArticles);
  }

  /** Locality names that exist under two or more country codes. */
  sameNameCountries(): Array<{ name: string; nodes: NodeInfo[] }> {
    const groups = new Map<string, NodeInfo[]>();
    for (const node of this.of('Locality')) {
      const list = groups.get(key(node.name)) ?? [];
      list.push(node);
      groups.set(key(node.name), list);
    }
    return [...groups.values()]
      .filter((nodes) => new Set(nodes.map((n) => n.country ?? '?')).size > 1)
      .map((nodes) => ({ name: nodes[0]!.name, nodes: nodes.sort((a, b) => b.articles - a.articles) }))
      .sort((a, b) => total(b.nodes) - total(a.nodes));
  }
}

const total = (nodes: NodeInfo[]) => nodes.reduce((sum, n) => sum + n.articles, 0);
