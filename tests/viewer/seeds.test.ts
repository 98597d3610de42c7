import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/internal/runBuild.js';
import { chromiumAvailable } from './internal/browser.js';
import { overlaps } from './internal/recordCanvasText.js';
import { type ViewerHandle, ViewerSession } from './internal/ViewerSession.js';

/** The viewer on the graph the real pipeline builds from seeds/, as `npm start` shows it. */
const SEEDS = join(process.cwd(), 'seeds');
const ARTICLE = '000_654d7b4c454ee48d';
const ARTIFACTS = join(process.cwd(), 'test-artifacts');

const session = new ViewerSession();
let work: string;
/** The seed article's first sentence after its title: the Izumisano delegation received in Bình Định. */
let visitSentence: string;
let articleTitle: string;

describe.runIf(chromiumAvailable('tests/viewer/seeds.test.ts'))('the viewer in Chromium (graph built from seeds/)', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kg-viewer-seeds-'));
    const sink = { stdout: new PassThrough(), stderr: new PassThrough() };
    sink.stdout.resume();
    sink.stderr.resume();
    const { exitCode } = await runBuild({ inputs: [SEEDS], outDir: work, quiet: true, jobs: 1 }, sink);
    expect(exitCode).toBe(0);
    const text = await readFile(join(SEEDS, `${ARTICLE}.txt`), 'utf8');
    [articleTitle = '', visitSentence = ''] = text.split('\n');
    expect(visitSentence).toMatch(/^Tại Văn phòng UBND tỉnh Bình Định.*Izumisano.*trưởng đoàn\.$/);
    await session.start(join(work, 'graph.json'));
  }, 180_000);

  afterAll(async () => {
    await session.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await session.newPage();
  });
  afterEach(() => session.checkPage());

  it('finds Izumisano, shows its visit to Bình Định with the evidence sentence, and filters by date', async () => {
    const page = session.page;
    await session.open();
    await session.searchAndSelect('izumisano', 'Izumisano');
    expect(page.url()).toContain('#node=locality%3AJP%3Aizumisano');
    const panel = page.locator('#panel');
    expect(await panel.locator('.node-type').textContent()).toBe('Locality · JP');

    // By the badge and the linked node: the evidence of other relations names both too.
    const relation = (type: string, other: string) =>
      panel.locator('li.relation').filter({ has: page.locator('.badge', { hasText: new RegExp(`^${type}$`) }) })
        .filter({ has: page.locator('.relation-head button', { hasText: new RegExp(`^${other}$`) }) });
    const visit = relation('VISITED', 'Bình Định');
    await expect.poll(() => visit.count()).toBe(1);
    expect(await visit.locator('.relation-head').textContent()).toMatch(/^VISITED → Bình Định/);
    expect(await visit.locator('blockquote.sentence').allTextContents()).toContain(visitSentence);
    const agreement = relation('AGREEMENT', 'Bình Định');
    expect(await agreement.locator('.relation-head').textContent()).toMatch(/2019-10/);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.waitForTimeout(800); // the camera's fly-to animation
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-seeds.png') });

    // The timeline keeps dated visits, meetings and agreements only: the undated visit drops out, the 2019 agreement stays.
    const before = await session.counts();
    await page.check('#timeline-on');
    await expect.poll(() => session.counts()).not.toBe(before);
    expect(await visit.getAttribute('class')).toContain('filtered');
    expect(await agreement.getAttribute('class')).not.toContain('filtered');
    const fullRange = await session.counts();
    const from = Number(await page.getAttribute('#timeline-from', 'min'));
    await page.locator('#timeline-to').fill(String(from + 12));
    await expect.poll(() => session.counts()).not.toBe(fullRange);
    expect(page.url()).toMatch(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-seeds-timeline.png') });
  });

  it('links evidence to its source article, which the plain-text seeds give no URL, so to its node', async () => {
    const page = session.page;
    await session.open('#node=locality%3AJP%3Aizumisano');
    const source = page.locator('#panel li.relation').filter({ has: page.locator('.badge', { hasText: /^VISITED$/ }) }).locator('.source .article').first();
    // The article's title (the text file's first line) when ingest reads one, its id otherwise.
    expect([articleTitle, ARTICLE]).toContain(await source.textContent());
    await source.click();
    await expect.poll(() => page.locator('#panel .node-type').textContent()).toBe('Article');
    expect(await page.locator('#panel dl.attributes').textContent()).toContain(`seeds/${ARTICLE}.txt`);
    expect(page.url()).toContain(`#node=article%3A${ARTICLE}`);
  });

  it('tells Vietnamese and Japanese localities apart by colour and places them on the map', async () => {
    const page = session.page;
    await session.open();
    const colorOf = (node: string): Promise<string | undefined> =>
      page.evaluate((key) => (window as unknown as { kgViewer: { sigma: { getNodeDisplayData(n: string): { color: string } | undefined } } })
        .kgViewer.sigma.getNodeDisplayData(key)?.color, node);
    const vn = await colorOf('locality:VN:binh-dinh');
    const jp = await colorOf('locality:JP:izumisano');
    expect(vn).toBeTruthy();
    expect(jp).toBeTruthy();
    expect(vn).not.toBe(jp);
    expect(await page.locator('#legend').textContent()).toMatch(/Locality \(Vietnam\).*Locality \(Japan\)/);

    type Positioned = { kgViewer: { graph: { getNodeAttributes(n: string): { x: number; lng: number } } } };
    const placed = (node: string): Promise<{ x: number; lng: number }> =>
      page.evaluate((key) => (window as unknown as Positioned).kgViewer.graph.getNodeAttributes(key), node);
    const force = await placed('locality:JP:izumisano');
    expect(force.x).not.toBeCloseTo(force.lng, 3);
    await page.click('#geo');
    // Localities move to their longitude (x) on the map.
    await expect.poll(async () => (await placed('locality:JP:izumisano')).x).toBeCloseTo(force.lng, 3);
    expect((await placed('locality:VN:binh-dinh')).x).toBeLessThan(force.lng);
    expect(page.url()).toContain('geo=1');
  });

  it('draws no two labels on top of each other and none cut off at the edge, with a node selected', async () => {
    const page = session.page;
    await session.open();
    await session.searchAndSelect('binh dinh', 'Bình Định');
    await page.waitForTimeout(900); // the camera's fly-to animation
    for (const when of ['selected', 'overview']) {
      const width = await page.evaluate(() => (window as unknown as ViewerHandle).kgViewer.sigma.getDimensions().width);
      const labels = await session.drawnTexts('labels');
      expect(labels.length, when).toBeGreaterThan(3);
      expect(overlaps(labels), when).toEqual([]);
      expect(labels.filter((label) => label.x0 < 0 || label.x1 > width).map((label) => label.text), when).toEqual([]);
      if (when === 'selected') {
        await page.click('#panel .close');
        await page.waitForTimeout(300);
      }
    }
  });

  it('shows no spam mask character anywhere on the page or the canvas', async () => {
    const page = session.page;
    await session.open();
    await page.check('#filter-types input[value="Article"]');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('\uFFFD');
    expect((await session.allDrawnTexts()).join('\n')).not.toContain('\uFFFD');
  });
});
