import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startViewServer, type ViewServer } from '../../src/view/index.js';
import { chromiumAvailable } from './internal/browser.js';
import { fixtureGraph, VISIT_SENTENCE } from './internal/fixtureGraph.js';
import { BUSY_YEAR, MASK, noisyGraph } from './internal/noisyGraph.js';
import { type ViewerHandle, ViewerSession } from './internal/ViewerSession.js';

/** Layout and interaction in Chromium: the panel, the camera, phone size, edges, the timeline's range, masked words. */
const session = new ViewerSession();
let work: string;
let noisy: ViewServer;
const PHONE = { width: 390, height: 844 };
const ARTIFACTS = join(process.cwd(), 'test-artifacts');

const sigmaWidth = (): Promise<number> =>
  session.page.evaluate(() => (window as unknown as ViewerHandle).kgViewer.sigma.getDimensions().width);
const graphBox = async (): Promise<{ x: number; y: number; width: number; height: number }> => {
  const box = await session.page.locator('#graph').boundingBox();
  if (!box) throw new Error('#graph is not displayed');
  return box;
};

describe.runIf(chromiumAvailable('tests/viewer/screens.test.ts'))('the viewer on every screen (fixture graph)', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kg-viewer-screens-'));
    await writeFile(join(work, 'graph.json'), JSON.stringify(fixtureGraph().export()));
    await writeFile(join(work, 'noisy.json'), JSON.stringify(noisyGraph().export()));
    await session.start(join(work, 'graph.json'));
    noisy = await startViewServer({ graph: join(work, 'noisy.json'), distDir: session.distDir, port: 0 });
  }, 120_000);

  afterAll(async () => {
    await noisy?.close();
    await session.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  afterEach(() => session.checkPage());

  it('closing the side panel gives the graph its full width, and a click then lands on a node', async () => {
    await session.newPage();
    await session.open('#node=locality%3AVN%3Abinh-dinh');
    expect(await session.page.isVisible('#panel')).toBe(true);
    const narrow = (await graphBox()).width;
    await session.page.click('#panel .close');
    await expect.poll(() => session.page.isVisible('#panel')).toBe(false);
    const wide = (await graphBox()).width;
    expect(wide).toBeGreaterThan(narrow + 300);
    await expect.poll(sigmaWidth).toBe(Math.round(wide));
    const canvas = await session.page.locator('#graph canvas').first().boundingBox();
    expect(Math.round(canvas?.width ?? 0)).toBe(Math.round(wide));
    const target = await session.nodeOnPage('person:tran-chau');
    await session.page.mouse.click(target.x, target.y);
    await expect.poll(() => session.page.locator('#panel .node-label').textContent()).toBe('Trần Châu');
  });

  it("the README's shared link in the geographic view frames the node", async () => {
    await session.newPage();
    await session.open('#node=locality%3AJP%3Aizumisano&from=2019-01&to=2019-12&geo=1');
    expect(await session.page.locator('#panel .node-label').textContent()).toBe('Izumisano');
    const box = await graphBox();
    await expect.poll(async () => {
      const node = await session.nodeOnPage('locality:JP:izumisano');
      return node.x > box.x && node.x < box.x + box.width && node.y > box.y && node.y < box.y + box.height;
    }, { timeout: 5000 }).toBe(true);
    // And it is drawn: its label is on the canvas.
    await expect.poll(async () => (await session.drawnTexts('labels')).map((t) => t.text).concat(
      (await session.drawnTexts('hovers')).map((t) => t.text))).toContain('Izumisano');
  });

  it('at phone size (390×844): search, select and read the evidence, with no horizontal scroll', async () => {
    const page = await session.newPage(PHONE);
    await session.open();
    const pageWidth = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    expect((await page.locator('#search-input').boundingBox())?.width).toBeGreaterThan(200);
    expect((await graphBox()).width).toBeGreaterThan(300);
    await session.searchAndSelect('izumisano', 'Izumisano');
    const evidence = page.locator('#panel li.relation', { hasText: 'VISITED' }).locator('blockquote.sentence').first();
    await evidence.scrollIntoViewIfNeeded();
    expect(await evidence.isVisible()).toBe(true);
    expect(await evidence.textContent()).toBe(VISIT_SENTENCE);
    const box = await graphBox();
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(200);
    await expect.poll(sigmaWidth).toBe(Math.round(box.width));
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-phone.png') });
    // The filters open over the graph and close again.
    await page.click('#toggle-sidebar');
    expect(await page.isVisible('#filter-types')).toBe(true);
    await page.click('#toggle-sidebar');
    expect(await page.isVisible('#filter-types')).toBe(false);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
  });

  it("clicking an edge opens that relation's evidence in the panel", async () => {
    await session.newPage();
    await session.open();
    const a = await session.nodeOnPage('person:matsushita-yoshihiko');
    const b = await session.nodeOnPage('person:tran-chau');
    await session.page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
    const panel = session.page.locator('#panel');
    await expect.poll(() => panel.locator('.badge').first().textContent()).toBe('MET');
    expect(await panel.locator('.node-label').textContent()).toBe('Matsushita Yoshihiko — Trần Châu');
    expect(await panel.locator('blockquote.sentence').allTextContents()).toEqual([VISIT_SENTENCE]);
    expect(session.page.url()).toContain('edge=MET');
    // The ends are links to their nodes.
    await panel.locator('button.link', { hasText: 'Trần Châu' }).first().click();
    await expect.poll(() => panel.locator('.node-label').textContent()).toBe('Trần Châu');
  });

  it('the timeline covers the months where the data is, not a stray 1903 or 2050', async () => {
    const page = await session.newPage();
    session.allow(noisy.url);
    await page.goto(noisy.url);
    await page.waitForSelector('body[data-ready="true"]');
    const min = Number(await page.getAttribute('#timeline-from', 'min'));
    const max = Number(await page.getAttribute('#timeline-to', 'max'));
    expect(min).toBeGreaterThanOrEqual(2018 * 12);
    expect(max).toBeLessThanOrEqual(BUSY_YEAR * 12 + 11);
    expect(await page.locator('#timeline-label').textContent()).toMatch(/^all dates \(201[89]-\d\d – 2019-12\)$/);
  });

  it('never shows the spam mask character: names, titles, sentences and labels read cleanly', async () => {
    const page = await session.newPage();
    session.allow(noisy.url);
    await page.goto(`${noisy.url}#node=person%3Anguyen-van-binh`);
    await page.waitForSelector('body[data-ready="true"]');
    const panel = page.locator('#panel');
    await expect.poll(() => panel.locator('.node-label').textContent()).toBe('Nguyễn Văn Bình');
    expect(await panel.locator('dl.attributes').textContent()).toContain('Phó Chủ tịch Thường trực tỉnh');
    expect(await panel.locator('blockquote.sentence').first().textContent()).toBe('Ông Nguyễn Văn Bình gặp Trần Châu.');
    await page.fill('#search-input', 'giao luu');
    await expect.poll(() => page.locator('#suggestions li .hit-label').first().textContent()).toBe('Giao lưu học sinh');
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(MASK);
    expect((await session.allDrawnTexts()).join('\n')).not.toContain(MASK);
  });
});
