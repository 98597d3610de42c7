import { rm } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startViewServer, type ViewServer } from '../../../src/view/index.js';
import { buildViewer, launchChromium } from './browser.js';
import { recordCanvasText, type DrawnText } from './recordCanvasText.js';

/**
 * One viewer build, `kg view` server and Chromium for a test file, and a fresh page per test.
 * Every page is watched: `checkPage` fails the test on a CSP violation, a page error, a dialog
 * (an injected `alert`) or any request that left this server.
 */
export class ViewerSession {
  server!: ViewServer;
  page!: Page;
  dialogs: string[] = [];
  /** The viewer build this session serves, for tests that start a second server. */
  distDir = '';
  private browser: Browser | null = null;
  private requests: string[] = [];
  /** Other servers this test started on purpose (see `allow`). */
  private allowed: string[] = [];
  private pageErrors: string[] = [];

  async start(graph: string): Promise<void> {
    this.distDir = await buildViewer();
    this.server = await startViewServer({ graph, distDir: this.distDir, port: 0 });
    this.browser = await launchChromium();
  }

  async close(): Promise<void> {
    await this.browser?.close();
    await this.server?.close();
    if (this.distDir) await rm(this.distDir, { recursive: true, force: true });
  }

  async newPage(viewport = { width: 1400, height: 850 }): Promise<Page> {
    if (!this.browser) throw new Error('ViewerSession.newPage: call start() in beforeAll first');
    const page = await this.browser.newPage({ viewport, acceptDownloads: true });
    this.page = page;
    this.requests = [];
    this.allowed = [];
    this.dialogs = [];
    this.pageErrors = [];
    page.on('request', (request) => this.requests.push(request.url()));
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    await page.addInitScript(recordCanvasText);
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    return page;
  }

  /** Requests to another server the test started on purpose are allowed for the current page. */
  allow(url: string): void {
    this.allowed.push(url);
  }

  /** Requests to another server the test started on purpose are not the page's doing. */
  forgetRequestsTo(url: string): void {
    this.requests = this.requests.filter((request) => !request.startsWith(url));
  }

  async checkPage(): Promise<void> {
    const violations = await this.page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    expect(violations).toEqual([]);
    expect(this.pageErrors).toEqual([]);
    expect(this.dialogs).toEqual([]);
    // Nothing but this server (and in-page blob:/data: URLs) was ever contacted.
    const ours = [this.server.url, ...this.allowed];
    expect(this.requests.filter((url) => !ours.some((server) => url.startsWith(server)) && !/^(blob|data):/.test(url))).toEqual([]);
    await this.page.close();
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(`${this.server.url}${hash}`);
    await this.page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  }

  /** Types a query, checks the first suggestion, picks it with Enter and waits for the side panel. */
  async searchAndSelect(query: string, expected: string): Promise<void> {
    const page = this.page;
    await page.fill('#search-input', query);
    const first = page.locator('#suggestions li').first();
    await expect.poll(() => first.locator('.hit-label').textContent()).toBe(expected);
    await page.press('#search-input', 'Enter');
    await expect.poll(() => page.locator('#panel .node-label').textContent()).toBe(expected);
  }

  /** Where a node is drawn, in page pixels. */
  async nodeOnPage(node: string): Promise<{ x: number; y: number }> {
    const box = await this.page.locator('#graph').boundingBox();
    if (!box) throw new Error('#graph is not displayed');
    const { x, y } = await this.page.evaluate((key) => {
      const { sigma, graph } = (window as unknown as ViewerHandle).kgViewer;
      return sigma.graphToViewport(graph.getNodeAttributes(key));
    }, node);
    return { x: box.x + x, y: box.y + y };
  }

  /** The texts drawn on a sigma canvas layer ("labels", "hovers") since it was last cleared. */
  drawnTexts(layer: string): Promise<DrawnText[]> {
    return this.page.evaluate((name) => (window as unknown as { __canvasText: { frame: Record<string, DrawnText[]> } }).__canvasText.frame[name] ?? [], layer);
  }

  /** Every text ever drawn on a canvas of the page. */
  allDrawnTexts(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __canvasText: { all: string[] } }).__canvasText.all);
  }

  counts(): Promise<string | null> {
    return this.page.locator('#counts').textContent();
  }
}

/** The handle main.ts leaves on window for tests and the benchmark. */
export interface ViewerHandle {
  kgViewer: {
    sigma: {
      graphToViewport(point: { x: number; y: number }): { x: number; y: number };
      getDimensions(): { width: number; height: number };
    };
    graph: { getNodeAttributes(node: string): { x: number; y: number } };
  };
}
