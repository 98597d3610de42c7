import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NodeAttributes } from '../../src/types.js';
import { ViewData, type FirstView, type SerializedGraphFile } from '../../src/view/index.js';
import { chromiumAvailable } from './internal/browser.js';
import { MID_SENTENCE, writeMidGraph } from './internal/midGraph.js';
import { ViewerSession } from './internal/ViewerSession.js';

/** The viewer on a generated 6,000-node graph, above the corpus-scale threshold (src/view/ViewData.ts). */
const session = new ViewerSession();
let work: string;
let file: SerializedGraphFile;
let first: FirstView;

interface PageGraph {
  order: number;
  hasNode(node: string): boolean;
  forEachNode(callback: (node: string, attrs: NodeAttributes) => void): void;
  edges(node: string): string[];
  getEdgeAttribute(edge: string, name: 'type'): string;
  on(event: string, listener: () => void): void;
}
interface Handle {
  kgViewer: {
    graph: PageGraph;
    visibility: unknown;
    sigma: { getNodeDisplayData(node: string): { x: number; y: number } | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; getDimensions(): { width: number; height: number } };
  };
}

/** An organization of the generated graph outside the first view, with a relation other than MENTIONED_IN. */
function hiddenOrganization(): { key: string; label: string } {
  const loaded = new Set(first.nodes.map((node) => node.key));
  const related = new Set((file.edges ?? []).filter((edge) => edge.attributes?.type !== 'MENTIONED_IN').map((edge) => edge.source));
  const node = file.nodes.find((n) => n.attributes?.type === 'Organization' && !loaded.has(n.key) && related.has(n.key));
  if (!node?.attributes) throw new Error('the generated graph has no organization outside the first view');
  return { key: node.key, label: node.attributes.label };
}

describe.runIf(chromiumAvailable('tests/viewer/corpusScale.test.ts'))('the viewer at corpus scale (generated graph)', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kg-viewer-corpus-'));
    const path = writeMidGraph(work);
    file = JSON.parse(await readFile(path, 'utf8')) as SerializedGraphFile;
    first = JSON.parse(new ViewData(file).firstView) as FirstView;
    await session.start(path);
  }, 180_000);

  afterAll(async () => {
    await session.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await session.newPage();
  });
  afterEach(() => session.checkPage());

  it('downloads a compact first view: no evidence sentence, no article list, and never the whole graph.json', async () => {
    const page = session.page;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await session.open();
    expect(requests).toContain('/view.json');
    expect(requests).not.toContain('/graph.json');
    const text = await (await page.request.get(`${session.server.url}view.json`)).text();
    const whole = await readFile(join(work, 'mid.json'), 'utf8');
    expect(text).not.toContain(MID_SENTENCE);
    expect(text).not.toContain('"articles":[');
    expect(text.length).toBeLessThan(whole.length / 4);
  });

  it('opens on the diplomacy network and says what is hidden and how to show it', async () => {
    const page = session.page;
    await session.open();
    const loaded = await page.evaluate(() => {
      const graph = (window as unknown as Handle).kgViewer.graph;
      const stray: string[] = [];
      graph.forEachNode((node, attrs) => {
        if (attrs.type === 'Article') stray.push(node);
        const types = graph.edges(node).map((edge) => graph.getEdgeAttribute(edge, 'type'));
        const diplomatic = types.some((type) => ['VISITED', 'MET', 'AGREEMENT', 'HOLDS_POSITION'].includes(type));
        if ((attrs.type === 'Person' || attrs.type === 'Organization') && !diplomatic) stray.push(node);
      });
      return { order: graph.order, stray };
    });
    expect(loaded.stray).toEqual([]);
    expect(loaded.order).toBe(first.nodes.length);
    expect(loaded.order).toBeLessThan(file.nodes.length);
    const note = page.locator('#hidden-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/Showing the diplomacy network.*more nodes .* are not loaded: search finds them all/);
    expect(await session.counts()).toMatch(new RegExp(`of ${file.nodes.length.toLocaleString('en')} nodes`));
  });

  it('search finds a node outside the first view; choosing it loads its neighbours, frames it and fetches its evidence', async () => {
    const page = session.page;
    const { key, label } = hiddenOrganization();
    const evidenceRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/evidence') evidenceRequests.push(request.url());
    });
    await session.open();
    expect(await page.evaluate((node) => (window as unknown as Handle).kgViewer.graph.hasNode(node), key)).toBe(false);
    await session.searchAndSelect(label, label);
    expect(await page.evaluate((node) => (window as unknown as Handle).kgViewer.graph.hasNode(node), key)).toBe(true);
    await expect.poll(() => page.getAttribute('#panel', 'data-evidence')).toBe('loaded');
    expect(await page.locator('#panel blockquote.sentence').first().textContent()).toBe(MID_SENTENCE);
    expect(evidenceRequests.some((url) => url.includes(encodeURIComponent(key)))).toBe(true);
    // The camera ends on the node (its fly-to lasts 600 ms).
    await page.waitForTimeout(900);
    const framed = await page.evaluate((node) => {
      const { sigma } = (window as unknown as Handle).kgViewer;
      const data = sigma.getNodeDisplayData(node);
      if (!data) return null;
      const p = sigma.framedGraphToViewport(data);
      const { width, height } = sigma.getDimensions();
      return p.x > 0 && p.y > 0 && p.x < width && p.y < height;
    }, key);
    expect(framed).toBe(true);
  });

  it("a panel's buttons add the relations and the articles the first view left out; the note's button loads everything else", async () => {
    const page = session.page;
    await session.open();
    const order = (): Promise<number> => page.evaluate(() => (window as unknown as Handle).kgViewer.graph.order);
    const before = await order();
    // A first-view locality that an organization outside the first view is LOCATED_IN.
    const loaded = new Set(first.nodes.map((node) => node.key));
    const link = (file.edges ?? []).find((edge) => edge.attributes?.type === 'LOCATED_IN' && !loaded.has(edge.source) && loaded.has(edge.target));
    const place = first.nodes.find((node) => node.key === link?.target);
    if (!place) throw new Error('no first-view locality with a hidden relation');
    await session.searchAndSelect(place.attributes.label, place.attributes.label);
    await page.locator('#panel .expand-button', { hasText: /more relations/ }).click();
    await expect.poll(order).toBeGreaterThan(before);
    expect(await page.evaluate((node) => (window as unknown as Handle).kgViewer.graph.hasNode(node), link?.source ?? '')).toBe(true);
    const withNeighbours = await order();
    await page.locator('#panel .expand-button', { hasText: /article links/ }).click();
    await expect.poll(order).toBeGreaterThan(withNeighbours);
    expect(await page.isChecked('#filter-types input[value="Article"]')).toBe(true);

    await page.locator('#hidden-note button').click();
    const entities = file.nodes.filter((node) => node.attributes?.type !== 'Article').length;
    await expect.poll(order).toBeGreaterThanOrEqual(entities);
    await expect.poll(() => page.locator('#hidden-note').isVisible()).toBe(false);
  });

  it('selecting a node and changing filters never write to the graph; a selection leaves the filters as they were, a filter change the panel', async () => {
    const page = session.page;
    await session.open();
    await page.evaluate(() => {
      const w = window as unknown as Handle & { graphWrites: number; visibilityBefore: unknown };
      w.graphWrites = 0;
      for (const event of ['nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated']) {
        w.kgViewer.graph.on(event, () => w.graphWrites++);
      }
      w.visibilityBefore = w.kgViewer.visibility;
    });
    const someone = first.nodes.find((node) => node.attributes.type === 'Person');
    if (!someone) throw new Error('no person in the first view');
    await session.searchAndSelect(someone.attributes.label, someone.attributes.label);
    expect(await page.evaluate(() => {
      const w = window as unknown as Handle & { visibilityBefore: unknown };
      return w.kgViewer.visibility === w.visibilityBefore;
    })).toBe(true);
    // The panel stays as drawn (its relations are only re-marked): a mark left on its first relation survives.
    await expect.poll(() => page.getAttribute('#panel', 'data-evidence')).toBe('loaded');
    const type = await page.evaluate(() => {
      const item = document.querySelector('#panel li.relation') as (HTMLElement & { kept?: boolean }) | null;
      if (item) item.kept = true;
      return item?.querySelector('.badge')?.textContent ?? '';
    });
    await page.locator(`#filter-relations input[value="${type}"]`).uncheck();
    await page.locator('#filter-types input[value="Organization"]').uncheck();
    await page.locator('#timeline-on').check();
    expect(await page.evaluate(() => (window as unknown as { graphWrites: number }).graphWrites)).toBe(0);
    const relation = await page.evaluate(() => {
      const item = document.querySelector('#panel li.relation') as (HTMLElement & { kept?: boolean }) | null;
      return { kept: item?.kept ?? false, filtered: item?.classList.contains('filtered') ?? false };
    });
    expect(relation).toEqual({ kept: true, filtered: true });
  });
});
