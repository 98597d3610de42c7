import type { Audit, TriggerCount } from './Audit.js';

/** The audit's counts (what `--json` prints, and the report's headline figures). */
export interface Summary {
  inputs: string[];
  articles: number;
  limit: number | null;
  latestDate: string | null;
  /** Sentences with a strong trigger and two named parties (each once), and per trigger. */
  missedRelations: TriggerCount & { byTrigger: Record<string, TriggerCount> };
  relations: { byType: Record<string, number>; per1000Articles: Record<string, number>; byRule: Record<string, number> };
  nodes: Record<string, number>;
  quality: {
    personFunctionWords: number;
    shortLocalities: number;
    extendedPersons: number;
    events: number;
    eventsImplausibleYear: number;
    eventsWithoutYear: number;
    artifacts: Record<string, number>;
    localityNamesUnderTwoCountries: number;
  };
  /** VISITED/MET/AGREEMENT relations of articles without a strong trigger, and of those without any trigger word (should be 0). */
  quiet: { withoutStrongTrigger: { articles: number; relations: number }; withoutAnyTrigger: { articles: number; relations: number } };
}

const sorted = (map: Map<string, number>) => Object.fromEntries([...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));

export function summarize(audit: Audit, inputs: string[], limit: number | null): Summary {
  const byTrigger = Object.fromEntries([...audit.triggers].sort((a, b) => b[1].missed - a[1].missed));
  const byType = sorted(audit.relationsByType);
  const per1000 = Object.fromEntries(Object.entries(byType).map(([t, n]) => [t, round((n * 1000) / Math.max(audit.articles, 1))]));
  const artifacts = new Map<string, number>();
  for (const a of audit.artifacts.values()) for (const k of a.kinds) artifacts.set(k, (artifacts.get(k) ?? 0) + 1);
  return {
    inputs,
    articles: audit.articles,
    limit,
    latestDate: audit.latestDate,
    missedRelations: { ...audit.triggerSentences, byTrigger },
    relations: { byType, per1000Articles: per1000, byRule: sorted(audit.relationsByRule) },
    nodes: { Person: audit.nodes.count('Person'), Locality: audit.nodes.count('Locality'), Organization: audit.nodes.count('Organization') },
    quality: {
      personFunctionWords: audit.nodes.personFunctionWords().length,
      shortLocalities: audit.nodes.shortLocalities().length,
      extendedPersons: audit.nodes.extendedPersons().length,
      events: audit.events.count,
      eventsImplausibleYear: audit.events.implausible(audit.latestDate).length,
      eventsWithoutYear: audit.events.withoutYearTotal,
      artifacts: sorted(artifacts),
      localityNamesUnderTwoCountries: audit.nodes.sameNameCountries().length,
    },
    quiet: {
      withoutStrongTrigger: { articles: audit.noStrong.articles, relations: audit.noStrong.relations },
      withoutAnyTrigger: { articles: audit.quiet.articles, relations: audit.quiet.relations.length },
    },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
