import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startViewServer } from '../../src/view/index.js';
import { chromiumAvailable } from './internal/browser.js';
import { AGREEMENT_SENTENCE, ARTICLE_URL, fixtureGraph, HOSTILE_NAME, VISIT_SENTENCE } from './internal/fixtureGraph.js';
import { ViewerSession } from './internal/ViewerSession.js';

/** The viewer on a hand-made graph: article URLs, a hostile name, exact counts. tests/viewer/seeds.test.ts uses the real build. */
const session = new ViewerSession();
let work: string;

describe.runIf(chromiumAvailable('tests/viewer/viewer.test.ts'))('the viewer in Chromium (fixture graph)', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kg-viewer-graph-'));
    await writeFile(join(work, 'graph.json'), JSON.stringify(fixtureGraph().export()));
    await session.start(join(work, 'graph.json'));
  }, 120_000);

  afterAll(async () => {
    await session.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await session.newPage();
  });
  afterEach(() => session.checkPage());

  it('shows a visit with its evidence sentence and a link to the article URL', async () => {
    await session.open();
    await session.searchAndSelect('Izumisano', 'Izumisano');
    const panel = session.page.locator('#panel');
    const visit = panel.locator('li.relation', { hasText: 'VISITED' }).filter({ hasText: 'Bình Định' });
    await expect.poll(() => visit.count()).toBe(1);
    expect(await visit.locator('.relation-head').textContent()).toMatch(/VISITED → Bình Định 2019-12-05/);
    expect(await visit.locator('blockquote.sentence').textContent()).toBe(VISIT_SENTENCE);
    expect(await visit.locator('a.article').getAttribute('href')).toBe(ARTICLE_URL);
    expect(await visit.locator('a.article').getAttribute('rel')).toBe('noopener noreferrer');
    expect(await panel.locator('li.relation', { hasText: 'AGREEMENT' }).locator('blockquote').textContent()).toBe(AGREEMENT_SENTENCE);
    expect(await panel.locator('dl.attributes').textContent()).toContain('Osaka');
    expect(session.page.url()).toContain('#node=locality%3AJP%3Aizumisano');
  });

  it.each([
    ['binh dinh', 'Bình Định'],
    ['TRAN CHAU', 'Trần Châu'],
    ['matsushita', 'Matsushita Yoshihiko'],
  ])('search %j suggests %j first (diacritics and case ignored)', async (query, expected) => {
    await session.open();
    await session.searchAndSelect(query, expected);
  });

  it('timeline: only dated visits, meetings and agreements in range stay, and the counts follow', async () => {
    const page = session.page;
    await session.open();
    const all = await session.counts();
    await page.check('#timeline-on');
    await expect.poll(() => session.counts()).not.toBe(all);
    const fullRange = await session.counts();
    expect(fullRange).toMatch(/^6 of 8 nodes · 7 of 16 edges$/);
    // December 2019 only: the October 2019 agreement and the 2018 meeting drop out.
    const december = String(2019 * 12 + 11);
    await page.locator('#timeline-from').fill(december);
    await page.locator('#timeline-to').fill(december);
    await expect.poll(() => session.counts()).not.toBe(fullRange);
    expect(await page.locator('#timeline-label').textContent()).toBe('2019-12 – 2019-12');
    expect(await page.locator('#filter-relations label', { hasText: 'AGREEMENT' }).locator('.count').textContent()).toBe('0/1');
    expect(await page.locator('#filter-relations label', { hasText: 'VISITED' }).locator('.count').textContent()).toBe('2/2');
    expect(page.url()).toMatch(/from=2019-12&to=2019-12/);
  });

  it('a shared URL restores the selection and the filters', async () => {
    const page = session.page;
    await session.open('#node=locality%3AVN%3Abinh-dinh&types=Person,Locality&countries=VN,JP&from=2019-01&to=2019-12');
    expect(await page.locator('#panel .node-label').textContent()).toBe('Bình Định');
    expect(await page.isChecked('#timeline-on')).toBe(true);
    expect(await page.isChecked('#filter-types input[value="Event"]')).toBe(false);
    expect(await page.isChecked('#filter-countries input[value="-"]')).toBe(false);
    // Two visits, the meeting and the agreement of 2019, between Izumisano, Bình Định and the two officials.
    expect(await session.counts()).toBe('4 of 8 nodes · 4 of 16 edges');
  });

  it('shows a hostile name literally and runs nothing', async () => {
    const page = session.page;
    await session.open();
    await session.searchAndSelect('<img src', HOSTILE_NAME);
    const panel = page.locator('#panel');
    expect(await panel.locator('.node-label').textContent()).toBe(HOSTILE_NAME);
    expect(await panel.locator('img, script, b').count()).toBe(0);
    expect(await panel.textContent()).toContain('<script>window.__xss = 1</script>');
    expect(await panel.textContent()).toContain('<b>Chủ tịch</b>');
    expect(await page.locator('#suggestions img').count()).toBe(0);
    // Hovering draws the name as a sigma label (canvas text), the other place it appears.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(session.dialogs).toEqual([]);
  });

  it('geographic view, live layout refinement, PNG and GEXF downloads', async () => {
    const page = session.page;
    await session.open();
    const before = await session.counts();
    await page.click('#geo');
    expect(await page.getAttribute('#geo', 'aria-pressed')).toBe('true');
    // The hostile person is linked to no placed locality, so the map leaves it out.
    await expect.poll(() => session.counts()).not.toBe(before);
    expect(await page.isDisabled('#refine')).toBe(true);
    await page.click('#geo');
    await expect.poll(() => session.counts()).toBe(before);

    await page.click('#refine');
    expect(await page.textContent('#refine')).toBe('Stop layout');
    await page.waitForTimeout(300);
    await page.click('#refine');
    expect(await page.textContent('#refine')).toBe('Refine layout');

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    expect(png.suggestedFilename()).toBe('kg-graph.png');
    const pngBytes = await readFile((await png.path()) ?? '');
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#gexf')]);
    expect(gexf.suggestedFilename()).toBe('kg-graph.gexf');
    const xml = await readFile((await gexf.path()) ?? '', 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml).toContain('Izumisano');
  });

  it('reports a graph it cannot load instead of showing a blank page', async () => {
    const page = session.page;
    const broken = join(work, 'broken.json');
    await writeFile(broken, '{"nodes": ');
    const served = await startViewServer({ graph: broken, distDir: session.distDir, port: 0 });
    try {
      await page.goto(served.url);
      await page.waitForSelector('body[data-ready="error"]');
      expect(await page.textContent('#status')).toMatch(/graph\.json is not valid JSON .*kg build/);
    } finally {
      await served.close();
    }
    session.forgetRequestsTo(served.url);
  });
});
