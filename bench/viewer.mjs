#!/usr/bin/env node
// node bench/viewer.mjs [graph.json] [--nodes 20000] [--edges 50000] [--runs 3]
// node bench/viewer.mjs --write big.json [--nodes N] [--edges N]   (only write the generated graph, e.g. for `kg view`)
//
// Serves a graph with `kg view`'s server and measures the viewer in headless Debian Chromium:
// time to first render (target < 3 s), frames per second while panning and while hovering,
// and search / select latency. Without a graph.json it generates one (20,000 nodes, 50,000 edges).
// Needs the compiled server and the viewer build: `npm run build && npm run build:viewer`.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Graph from 'graphology';
import { chromium } from 'playwright-core';

const TARGET_FIRST_RENDER_MS = 3000;
const TARGET_INTERACTION_MS = 500;
const root = fileURLToPath(new URL('..', import.meta.url));
const serverModule = join(root, 'dist', 'view', 'index.js');
const viewerBuild = join(root, 'viewer', 'dist', 'index.html');
const CHROMIUM = '/usr/bin/chromium';

function fail(message) {
  process.stderr.write(`bench/viewer: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { graph: null, nodes: 20_000, edges: 50_000, runs: 3, write: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') {
      process.stdout.write('usage: node bench/viewer.mjs [graph.json] [--nodes N] [--edges N] [--runs N] | --write file.json [--nodes N] [--edges N]\n');
      process.exit(0);
    } else if (flag === '--write') {
      options.write = argv[++i] ?? fail('--write needs a file name');
    } else if (flag === '--nodes' || flag === '--edges' || flag === '--runs') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(`${flag} needs a positive whole number`);
      options[flag.slice(2)] = value;
    } else if (options.graph === null) options.graph = flag;
    else fail(`unexpected argument ${flag}`);
  }
  return options;
}

/** Deterministic pseudo-random numbers, so every run benchmarks the same graph. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Tanaka', 'Suzuki', 'Sato', 'Yamamoto'];
const GIVEN = ['Văn An', 'Thị Bình', 'Quốc Cường', 'Minh Đức', 'Hữu Phước', 'Thanh Hà', 'Hiroshi', 'Yuki', 'Kenji', 'Akira'];
const PLACES = ['Bình Định', 'Đà Nẵng', 'Hà Nội', 'Quảng Ninh', 'Cần Thơ', 'Osaka', 'Fukuoka', 'Kanagawa', 'Izumisano', 'Hokkaido'];

/** A graph shaped like the real one: typed nodes in clusters, dated visits/meetings/agreements, evidence. */
function generateGraph(order, size) {
  const random = mulberry32(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ name: `synthetic ${order}/${size}`, generator: 'bench/viewer.mjs', articles: Math.round(order * 0.05) });
  const clusters = Array.from({ length: 60 }, () => ({ x: (random() - 0.5) * 2000, y: (random() - 0.5) * 2000 }));
  const byType = { Person: [], Locality: [], Organization: [], Event: [], Article: [] };
  for (let i = 0; i < order; i++) {
    const r = random();
    const type = r < 0.4 ? 'Person' : r < 0.65 ? 'Locality' : r < 0.8 ? 'Organization' : r < 0.95 ? 'Event' : 'Article';
    const c = pick(clusters);
    const base = { type, x: c.x + (random() - 0.5) * 300, y: c.y + (random() - 0.5) * 300, size: 3, color: '#999', articles: [`a${i % 997}`] };
    const key = `${type.toLowerCase()}:${i}`;
    const country = random() < 0.5 ? 'VN' : 'JP';
    if (type === 'Person') {
      const name = `${pick(SURNAMES)} ${pick(GIVEN)} ${i}`;
      graph.addNode(key, { ...base, label: name, name, variants: [name], titles: ['Chủ tịch UBND tỉnh'], country });
    } else if (type === 'Locality') {
      const name = `${pick(PLACES)} ${i}`;
      const [lat, lng] = country === 'VN' ? [9 + random() * 14, 103 + random() * 6] : [31 + random() * 12, 130 + random() * 12];
      graph.addNode(key, { ...base, label: name, name, variants: [name], kind: 'city', country, parent: null, lat, lng, currentUnit: null, formerUnits: [] });
    } else if (type === 'Organization') {
      const name = `Hiệp hội ${pick(PLACES)} ${i}`;
      graph.addNode(key, { ...base, label: name, name, variants: [name], country });
    } else if (type === 'Event') {
      graph.addNode(key, { ...base, label: `Sự kiện ${i}`, kind: 'visit', date: `${2010 + Math.floor(random() * 15)}-0${1 + Math.floor(random() * 9)}`, status: 'done', where: null });
    } else {
      graph.addNode(key, { ...base, label: `Bài báo ${i}`, title: `Bài báo ${i}`, url: `https://example.org/${i}`, date: '2019-01-01', source: 'bench' });
    }
    byType[type].push(key);
  }
  // Like a corpus graph, mostly MENTIONED_IN links (96% of the 2017 corpus's edges; here 70%).
  const kinds = ['VISITED', 'MET', 'AGREEMENT', 'HOLDS_POSITION', 'PARTICIPATED_IN', 'LOCATED_IN'];
  const actors = [...byType.Person, ...byType.Locality, ...byType.Organization];
  let added = 0;
  while (added < size) {
    const type = random() < 0.7 ? 'MENTIONED_IN' : pick(kinds);
    const source = type === 'MET' || type === 'HOLDS_POSITION' ? pick(byType.Person) : pick(actors);
    const target = type === 'MENTIONED_IN' ? pick(byType.Article) : type === 'PARTICIPATED_IN' ? pick(byType.Event) : pick(byType.Locality);
    if (source === target) continue;
    const date = ['VISITED', 'MET', 'AGREEMENT'].includes(type) ? `${2010 + Math.floor(random() * 15)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}` : null;
    graph.addEdgeWithKey(`${type}:${source}|${target}:${added}`, source, target, {
      type, undirected: type === 'MET' || type === 'AGREEMENT', date, dates: date ? [date] : [], articles: ['a1'],
      evidence: [{ article: 'a1', sentence: 'Câu bằng chứng tổng hợp cho bài đo hiệu năng.', rule: 'bench' }], rules: ['bench'],
      label: type, size: 1, color: '#ccc',
    });
    added++;
  }
  return graph;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Frames sigma renders per second while `act` moves the mouse (each frame is one `afterRender`). */
async function framesPerSecond(page, act) {
  await page.evaluate(() => {
    window.__frames = 0;
    window.__countFrame = () => window.__frames++;
    window.kgViewer.sigma.on('afterRender', window.__countFrame);
  });
  const started = Date.now();
  await act();
  const frames = await page.evaluate(() => {
    window.kgViewer.sigma.off('afterRender', window.__countFrame);
    return window.__frames;
  });
  return frames / ((Date.now() - started) / 1000);
}

async function measure(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // sigma's first render only queues WebGL work; reading a pixel back right after it waits until
  // (software) WebGL has really drawn the frame.
  await page.addInitScript(() => {
    const poll = () => {
      if (!window.kgViewer || performance.getEntriesByName('kg:first-render').length === 0) return requestAnimationFrame(poll);
      for (const gl of Object.values(window.kgViewer.sigma.webGLContexts)) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      performance.mark('kg:first-pixels');
    };
    requestAnimationFrame(poll);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
  if (errors.length || (await page.getAttribute('body', 'data-ready')) !== 'true') {
    fail(`the viewer did not start: ${errors.join('; ') || (await page.textContent('#status'))}`);
  }
  const firstRender = await page.evaluate(() => performance.getEntriesByName('kg:first-render')[0].startTime);
  await page.waitForFunction(() => performance.getEntriesByName('kg:first-pixels').length > 0);
  const firstPixels = await page.evaluate(() => performance.getEntriesByName('kg:first-pixels')[0].startTime);
  const stages = await page.evaluate(() =>
    performance.getEntriesByType('mark').filter((m) => m.name.startsWith('kg:')).map((m) => `${m.name.slice(3)} ${m.startTime.toFixed(0)}`).join(', '),
  );
  process.stdout.write(`  stages (ms since navigation): ${stages}\n`);

  const box = await page.locator('#graph').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const panFps = await framesPerSecond(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const until = Date.now() + 3000;
    for (let i = 0; Date.now() < until; i++) {
      await page.mouse.move(cx + 150 * Math.cos(i / 10), cy + 150 * Math.sin(i / 10), { steps: 2 });
    }
    await page.mouse.up();
  });
  // Hover: pointer onto a node until the highlighted frame is drawn (big graphs wait for the pointer to rest 120 ms).
  const hoverSamples = [];
  for (let i = 0; i < 5; i++) {
    const target = await page.evaluate((seed) => {
      const { sigma, visibility } = window.kgViewer;
      const nodes = [...visibility.nodes];
      const rect = sigma.getContainer().getBoundingClientRect();
      for (let k = 0; k < nodes.length; k++) {
        const node = nodes[(seed * 7919 + k * 104729) % nodes.length];
        // Display data are already framed: graphToViewport would normalise them twice.
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(node));
        if (p.x > 20 && p.y > 20 && p.x < rect.width - 20 && p.y < rect.height - 20) {
          // From the pointer's arrival to the first frame with the node highlighted. Not from sigma's
          // enterNode: on small graphs the viewer redraws inside its own enterNode listener, before ours.
          window.__hovered = new Promise((resolve) => {
            let t0 = null;
            sigma.getContainer().addEventListener('mousemove', () => { t0 ??= performance.now(); }, { capture: true });
            const onRender = () => {
              if (t0 === null || !sigma.getNodeDisplayData(node)?.highlighted) return;
              sigma.off('afterRender', onRender);
              resolve(performance.now() - t0);
            };
            sigma.on('afterRender', onRender);
          });
          return { x: rect.left + p.x, y: rect.top + p.y };
        }
      }
      return null;
    }, i);
    if (!target) break;
    await page.mouse.move(target.x, target.y);
    const ms = await Promise.race([page.evaluate(() => window.__hovered), new Promise((r) => setTimeout(() => r(null), 5000))]);
    if (ms !== null) hoverSamples.push(ms);
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.waitForTimeout(400);
  }
  const hoverMs = hoverSamples.length ? median(hoverSamples) : NaN;
  const searchMs = [];
  for (const query of ['nguyen', 'binh dinh', 'osaka 12', 'tr', 'hiep hoi fukuoka']) {
    searchMs.push(
      await page.evaluate(async (q) => {
        const input = document.getElementById('search-input');
        const t0 = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input'));
        await new Promise((resolve) => requestAnimationFrame(() => resolve()));
        if (!document.querySelector('#suggestions li')) throw new Error(`no suggestions for ${q}`);
        return performance.now() - t0;
      }, query),
    );
  }
  // Choosing a suggestion: from Enter until the side panel shows the node (fetched first when it is not
  // in the first view), then until its evidence sentences have arrived and are drawn.
  const { selectMs, evidenceMs } = await page.evaluate(async () => {
    const input = document.getElementById('search-input');
    const panel = document.getElementById('panel');
    const list = document.getElementById('suggestions');
    input.value = 'nguyen';
    input.dispatchEvent(new Event('input'));
    // At corpus scale the server's hits (nodes not loaded yet) arrive after the page's own.
    while (list.dataset.pending) await new Promise((resolve) => setTimeout(resolve, 10));
    const label = document.querySelector('#suggestions li .hit-label')?.textContent;
    const frameWhen = async (test) => {
      const until = performance.now() + 30_000;
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(() => resolve()));
        if (test()) return performance.now();
        if (performance.now() > until) throw new Error('selecting a suggestion did not open its panel');
      }
    };
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const drawn = await frameWhen(() => !panel.hidden && panel.querySelector('.node-label')?.textContent === label);
    const filled = await frameWhen(() => panel.dataset.evidence === 'loaded');
    return { selectMs: drawn - t0, evidenceMs: filled - t0 };
  });
  // A filter change: hide organizations, until the next frame.
  const filterMs = await page.evaluate(async () => {
    const box = document.querySelector('#filter-types input[value="Organization"]');
    const t0 = performance.now();
    box.click();
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const ms = performance.now() - t0;
    box.click();
    return ms;
  });
  const timelineMs = await page.evaluate(async () => {
    const toggle = document.getElementById('timeline-on');
    const t0 = performance.now();
    toggle.click();
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    return performance.now() - t0;
  });
  await page.close();
  return { firstRender, firstPixels, panFps, hoverMs, search: median(searchMs), selectMs, evidenceMs, filterMs, timelineMs };
}

const options = parseArgs(process.argv.slice(2));
if (options.write) {
  const graph = generateGraph(options.nodes, options.edges);
  writeFileSync(options.write, JSON.stringify(graph.export()));
  process.stdout.write(`wrote ${options.write}: ${graph.order} nodes, ${graph.size} edges\n`);
  process.exit(0);
}
if (!existsSync(serverModule)) fail(`${serverModule} is missing: run \`npm run build\` first`);
if (!existsSync(viewerBuild)) fail(`${viewerBuild} is missing: run \`npm run build:viewer\` first`);
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``);

let workDir = null;
let graphPath = options.graph;
if (!graphPath) {
  workDir = mkdtempSync(join(tmpdir(), 'kg-bench-viewer-'));
  graphPath = join(workDir, 'graph.json');
  const started = Date.now();
  const graph = generateGraph(options.nodes, options.edges);
  writeFileSync(graphPath, JSON.stringify(graph.export()));
  process.stdout.write(`generated ${graph.order} nodes, ${graph.size} edges in ${Date.now() - started} ms\n`);
} else if (!existsSync(graphPath)) fail(`${graphPath} does not exist`);
process.stdout.write(`graph: ${graphPath} (${(statSync(graphPath).size / 1e6).toFixed(1)} MB)\n`);

const { startViewServer } = await import(pathToFileURL(serverModule).href);
const serverStarted = Date.now();
const server = await startViewServer({ graph: graphPath, port: 0 });
process.stdout.write(`kg view split the graph in ${Date.now() - serverStarted} ms (once, at start)\n`);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  const runs = [];
  for (let run = 1; run <= options.runs; run++) {
    const result = await measure(browser, server.url);
    runs.push(result);
    process.stdout.write(
      `run ${run}: first render ${result.firstRender.toFixed(0)} ms (drawn ${result.firstPixels.toFixed(0)} ms) · pan ${result.panFps.toFixed(1)} fps · hover ${result.hoverMs.toFixed(0)} ms · ` +
        `search ${result.search.toFixed(1)} ms · select ${result.selectMs.toFixed(1)} ms (evidence ${result.evidenceMs.toFixed(1)} ms) · ` +
        `filter ${result.filterMs.toFixed(1)} ms · timeline ${result.timelineMs.toFixed(1)} ms\n`,
    );
  }
  const m = (key) => median(runs.map((r) => r[key]));
  const firstRender = m('firstRender');
  process.stdout.write(
    `\nmedian of ${runs.length} runs (headless Chromium, software WebGL, 1280×800):\n` +
      `  time to first render   ${firstRender.toFixed(0)} ms (target < ${TARGET_FIRST_RENDER_MS} ms: ${firstRender < TARGET_FIRST_RENDER_MS ? 'ok' : 'MISSED'})\n` +
      `  first frame drawn      ${m('firstPixels').toFixed(0)} ms (WebGL finished rasterising it)\n` +
      `  panning                ${m('panFps').toFixed(1)} fps\n` +
      `  hover highlight        ${m('hoverMs').toFixed(0)} ms (from entering a node to the highlighted frame)\n` +
      `  search suggestions     ${m('search').toFixed(1)} ms\n` +
      `  select (Enter → panel) ${m('selectMs').toFixed(1)} ms (target ≤ ${TARGET_INTERACTION_MS} ms)\n` +
      `  evidence in the panel  ${m('evidenceMs').toFixed(1)} ms (from Enter)\n` +
      `  filter change          ${m('filterMs').toFixed(1)} ms (target ≤ ${TARGET_INTERACTION_MS} ms)\n` +
      `  timeline on            ${m('timelineMs').toFixed(1)} ms (target ≤ ${TARGET_INTERACTION_MS} ms)\n`,
  );
  if (firstRender >= TARGET_FIRST_RENDER_MS) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
}
