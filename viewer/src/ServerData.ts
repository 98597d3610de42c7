import type { SearchHit } from '../../src/view/NameIndex.js';
import type { EvidenceReply, FirstView, GraphPatch } from '../../src/view/ViewPayload.js';
import { unmaskJson } from './internal/unmaskJson.js';

/** Where `kg view` answers (src/view/startViewServer.ts, VIEW_PATHS). */
const PATHS = { evidence: 'evidence', neighbors: 'neighbors', all: 'all.json', search: 'search' } as const;

/**
 * What the page asks the server for after the first view: evidence when a panel opens, a node's
 * neighbours when it is expanded, everything on request. Answers are kept: a panel reopened, or
 * a node selected twice, costs no second request.
 */
export class ServerData {
  private readonly evidence = new Map<string, Promise<EvidenceReply>>();
  private readonly ready = new Map<string, EvidenceReply>();

  constructor(readonly first: Omit<FirstView, 'nodes' | 'edges'>) {}

  /** `mentions`: the page has the node's MENTIONED_IN links, so it wants their sentences too. */
  nodeEvidence(node: string, mentions: boolean): Promise<EvidenceReply> {
    const flag = mentions ? '&mentions=1' : '';
    return this.cached(`node${flag}:${node}`, `${PATHS.evidence}?node=${encodeURIComponent(node)}${flag}`);
  }

  edgeEvidence(edge: string): Promise<EvidenceReply> {
    return this.cached(`edge:${edge}`, `${PATHS.evidence}?edge=${encodeURIComponent(edge)}`);
  }

  /** The evidence already received, so a panel redrawn for another reason draws it at once. */
  readyEvidence(kind: 'node' | 'edge', key: string, mentions = false): EvidenceReply | undefined {
    return this.ready.get(`${kind}${mentions ? '&mentions=1' : ''}:${key}`);
  }

  neighbors(node: string, articles: boolean): Promise<GraphPatch> {
    return getJson(`${PATHS.neighbors}?node=${encodeURIComponent(node)}${articles ? '&articles=1' : ''}`);
  }

  /** Nodes outside the first view matching `query`; none when the first view is the whole graph. */
  search(query: string, limit: number): Promise<SearchHit[]> {
    if (!this.first.partial) return Promise.resolve([]);
    return getJson(`${PATHS.search}?q=${encodeURIComponent(query)}&limit=${limit}`);
  }

  all(): Promise<GraphPatch> {
    return getJson(PATHS.all);
  }

  private cached(key: string, url: string): Promise<EvidenceReply> {
    let reply = this.evidence.get(key);
    if (!reply) {
      reply = getJson<EvidenceReply>(url);
      reply.then((value) => this.ready.set(key, value), () => undefined);
      // A failed request is not kept: the next panel opening asks again.
      reply.catch(() => this.evidence.delete(key));
      this.evidence.set(key, reply);
    }
    return reply;
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return JSON.parse(unmaskJson(await response.text())) as T;
}
