import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startViewServer, type ViewServer } from '../../src/view/index.js';
import { buildViewer, launchChromium } from './internal/browser.js';
import { AGREEMENT_SENTENCE, ARTICLE_URL, fixtureGraph, HOSTILE_NAME, VISIT_SENTENCE } from './internal/fixtureGraph.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

let dist: string;
let work: string;
let server: ViewServer;
let browser: Browser;
let page: Page;
let requests: string[];
let dialogs: string[];
let pageErrors: string[];

beforeAll(async () => {
  [dist, work] = await Promise.all([buildViewer(), mkdtemp(join(tmpdir(), 'kg-viewer-graph-'))]);
  await writeFile(join(work, 'graph.json'), JSON.stringify(fixtureGraph().export()));
  server = await startViewServer({ graph: join(work, 'graph.json'), distDir: dist, port: 0 });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all([dist, work].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  requests = [];
  dialogs = [];
  pageErrors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
});

afterEach(async () => {
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
  // Nothing but this server (and in-page blob:/data: URLs) was ever contacted.
  expect(requests.filter((url) => !url.startsWith(server.url) && !/^(blob|data):/.test(url))).toEqual([]);
  await page.close();
});

async function open(hash = ''): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}

async function searchAndSelect(query: string, expected: string): Promise<void> {
  await page.fill('#search-input', query);
  const first = page.locator('#suggestions li').first();
  await expect.poll(() => first.locator('.hit-label').textContent()).toBe(expected);
  await page.press('#search-input', 'Enter');
  await expect.poll(() => page.locator('#panel .node-label').textContent()).toBe(expected);
}

const counts = (): Promise<string | null> => page.locator('#counts').textContent();

describe('the viewer in Chromium', () => {
  it('finds Izumisano and shows its visit to Bình Định with the evidence sentence and source link', async () => {
    await open();
    await searchAndSelect('Izumisano', 'Izumisano');
    const panel = page.locator('#panel');
    const visit = panel.locator('li.relation', { hasText: 'VISITED' }).filter({ hasText: 'Bình Định' });
    await expect.poll(() => visit.count()).toBe(1);
    expect(await visit.locator('.relation-head').textContent()).toMatch(/VISITED → Bình Định 2019-12-05/);
    expect(await visit.locator('blockquote.sentence').textContent()).toBe(VISIT_SENTENCE);
    expect(await visit.locator('a.article').getAttribute('href')).toBe(ARTICLE_URL);
    expect(await panel.locator('li.relation', { hasText: 'AGREEMENT' }).locator('blockquote').textContent()).toBe(AGREEMENT_SENTENCE);
    expect(await panel.locator('dl.attributes').textContent()).toContain('Osaka');
    expect(page.url()).toContain('#node=locality%3AJP%3Aizumisano');

    await mkdir(ARTIFACTS, { recursive: true });
    await page.waitForTimeout(700); // the camera's fly-to animation
    await page.screenshot({ path: join(ARTIFACTS, 'viewer.png') });
  });

  it.each([
    ['binh dinh', 'Bình Định'],
    ['TRAN CHAU', 'Trần Châu'],
    ['matsushita', 'Matsushita Yoshihiko'],
  ])('search %j suggests %j first (diacritics and case ignored)', async (query, expected) => {
    await open();
    await searchAndSelect(query, expected);
  });

  it('timeline: only dated visits, meetings and agreements in range stay, and the counts follow', async () => {
    await open();
    const all = await counts();
    await page.check('#timeline-on');
    await expect.poll(counts).not.toBe(all);
    const fullRange = await counts();
    expect(fullRange).toMatch(/^6 of 8 nodes · 7 of 16 edges$/);
    // December 2019 only: the October 2019 agreement and the 2018 meeting drop out.
    const december = String(2019 * 12 + 11);
    await page.locator('#timeline-from').fill(december);
    await page.locator('#timeline-to').fill(december);
    await expect.poll(counts).not.toBe(fullRange);
    expect(await page.locator('#timeline-label').textContent()).toBe('2019-12 – 2019-12');
    expect(await page.locator('#filter-relations label', { hasText: 'AGREEMENT' }).locator('.count').textContent()).toBe('0/1');
    expect(await page.locator('#filter-relations label', { hasText: 'VISITED' }).locator('.count').textContent()).toBe('2/2');
    expect(page.url()).toMatch(/from=2019-12&to=2019-12/);
  });

  it('a shared URL restores the selection and the filters', async () => {
    await open('#node=locality%3AVN%3Abinh-dinh&types=Person,Locality&countries=VN,JP&from=2019-01&to=2019-12');
    expect(await page.locator('#panel .node-label').textContent()).toBe('Bình Định');
    expect(await page.isChecked('#timeline-on')).toBe(true);
    expect(await page.isChecked('#filter-types input[value="Event"]')).toBe(false);
    expect(await page.isChecked('#filter-countries input[value="-"]')).toBe(false);
    // Two visits, the meeting and the agreement of 2019, between Izumisano, Bình Định and the two officials.
    expect(await counts()).toBe('4 of 8 nodes · 4 of 16 edges');
  });

  it('shows a hostile name literally and runs nothing', async () => {
    await open();
    await searchAndSelect('<img src', HOSTILE_NAME);
    const panel = page.locator('#panel');
    expect(await panel.locator('.node-label').textContent()).toBe(HOSTILE_NAME);
    expect(await panel.locator('img, script, b').count()).toBe(0);
    expect(await panel.textContent()).toContain('<script>window.__xss = 1</script>');
    expect(await panel.textContent()).toContain('<b>Chủ tịch</b>');
    expect(await page.locator('#suggestions img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('geographic view, live layout refinement, PNG and GEXF downloads', async () => {
    await open();
    const before = await counts();
    await page.click('#geo');
    expect(await page.getAttribute('#geo', 'aria-pressed')).toBe('true');
    // The hostile person is linked to no placed locality, so the map leaves it out.
    await expect.poll(counts).not.toBe(before);
    expect(await page.isDisabled('#refine')).toBe(true);
    await page.click('#geo');
    await expect.poll(counts).toBe(before);

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
    const broken = join(work, 'broken.json');
    await writeFile(broken, '{"nodes": ');
    const other = await startViewServer({ graph: broken, distDir: dist, port: 0 });
    try {
      await page.goto(other.url);
      await page.waitForSelector('body[data-ready="error"]');
      expect(await page.textContent('#status')).toMatch(/graph\.json is not valid JSON .*kg build/);
    } finally {
      await other.close();
    }
    requests = requests.filter((url) => !url.startsWith(other.url));
  });
});
