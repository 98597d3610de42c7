import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType } from './internal/contentType.js';
import { isLoopback } from './internal/isLoopback.js';
import { SECURITY_HEADERS } from './internal/securityHeaders.js';
import { ViewDataSource } from './internal/ViewDataSource.js';
import type { ViewData } from './ViewData.js';
import { ViewError } from './ViewError.js';

/** The viewer build, two folders above this file both in src/view and in dist/view. */
export const DEFAULT_VIEWER_DIST = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));
export const DEFAULT_PORT = 5178;
/** The whole graph.json, as written by `kg build` (for download; the page does not read it). */
export const GRAPH_PATH = '/graph.json';
/** What the page loads first, and asks for later (viewer/src/loadGraph.ts, viewer/src/GraphStore.ts). */
export const VIEW_PATHS = { first: '/view.json', evidence: '/evidence', neighbors: '/neighbors', all: '/all.json', search: '/search' } as const;
/** Search hits the server sends at most. */
const SEARCH_LIMIT = 50;

export interface ViewServerOptions {
  /** The graph.json to serve. */
  graph: string;
  /** Address to bind; 127.0.0.1 unless told otherwise. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built viewer (index.html + assets/). */
  distDir?: string;
  /** Node count above which the first view is the diplomacy network (ViewData's CORPUS_SCALE_NODES). */
  corpusScaleNodes?: number;
}

export interface ViewServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the viewer build and the graph file at a fixed path, with a strict Content-Security-Policy.
 * Checks both exist first, so the user gets a message naming the command to run instead of a blank page.
 */
export async function startViewServer(options: ViewServerOptions): Promise<ViewServer> {
  const host = options.host ?? '127.0.0.1';
  const distDir = resolve(options.distDir ?? DEFAULT_VIEWER_DIST);
  const graph = resolve(options.graph);
  if (!isFile(join(distDir, 'index.html'))) {
    throw new ViewError(
      `the viewer is not built (${join(distDir, 'index.html')} is missing): run \`npm run build:viewer\` ` +
        '(or `npx vite build --config viewer/vite.config.ts`), then try again',
    );
  }
  if (!isFile(graph)) {
    throw new ViewError(
      `graph file not found: ${options.graph}. Build one with \`npx kg build seeds --out graph\`, ` +
        'or pass the path of a graph.json: `npx kg view path/to/graph.json`',
    );
  }

  // Split the graph now, so the first page load does not wait for it.
  const data = new ViewDataSource(graph, options.corpusScaleNodes);
  await data.get();
  const requestedPort = options.port ?? DEFAULT_PORT;
  const server = createServer((request, response) => handle(request, response, { distDir, graph, host, data }));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new ViewError(`port ${requestedPort} on ${host} is in use: pick another with --port <n>, or --port 0 for any free port`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new ViewError(`cannot bind ${host}: it is not an address of this machine; use --host 127.0.0.1`));
      } else reject(error);
    });
    server.listen(requestedPort, host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/`,
    host,
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

interface Context {
  distDir: string;
  graph: string;
  host: string;
  data: ViewDataSource;
}

function handle(request: IncomingMessage, response: ServerResponse, context: Context): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  // A page on another site could point a DNS name at 127.0.0.1 (DNS rebinding): a loopback server answers only loopback names.
  const hostHeader = (request.headers.host ?? '').replace(/:\d+$/, '');
  if (isLoopback(context.host) && !isLoopback(hostHeader)) return send(response, 403, 'forbidden host\n');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'method not allowed\n');
  }
  let path: string;
  let query: URLSearchParams;
  try {
    const url = new URL(request.url ?? '/', 'http://localhost');
    path = decodeURIComponent(url.pathname);
    query = url.searchParams;
  } catch {
    return send(response, 400, 'bad request\n');
  }
  if ((Object.values(VIEW_PATHS) as string[]).includes(path)) {
    // A failure answers this request only; it must not end the server.
    answerView(response, path, query, context.data).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, `${String(error)}\n`);
      else response.destroy();
    });
    return;
  }
  if (path === GRAPH_PATH) return sendFile(request, response, context.graph, 'no-cache', () =>
    `graph file ${context.graph} has disappeared; rebuild it with \`npx kg build\``);
  const file = path === '/' ? join(context.distDir, 'index.html') : resolve(context.distDir, `.${path}`);
  const inside = relative(context.distDir, file);
  if (inside.startsWith('..') || inside.startsWith(sep) || path.includes('\0')) return send(response, 404, 'not found\n');
  // Hashed asset names never change content; index.html must be revalidated to pick up a new build.
  const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  sendFile(request, response, file, cache, () => 'not found');
}

function sendFile(request: IncomingMessage, response: ServerResponse, file: string, cache: string, missing: () => string): void {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return send(response, 404, `${missing()}\n`);
    size = stat.size;
  } catch {
    return send(response, 404, `${missing()}\n`);
  }
  response.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': size, 'Cache-Control': cache });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** The split graph's answers: the first view, a node's or edge's evidence, a node's neighbours, everything. */
async function answerView(response: ServerResponse, path: string, query: URLSearchParams, source: ViewDataSource): Promise<void> {
  const data = await source.get();
  if (typeof data === 'string') return send(response, 500, `${data}\n`);
  if (path === VIEW_PATHS.first) return sendJson(response, data.firstView);
  if (path === VIEW_PATHS.all) return sendJson(response, JSON.stringify(data.all()));
  const reply = lookUp(data, path, query);
  if (reply === null) return send(response, 404, 'no such node or edge\n');
  sendJson(response, JSON.stringify(reply));
}

function lookUp(data: ViewData, path: string, query: URLSearchParams): object | null {
  const node = query.get('node');
  const edge = query.get('edge');
  if (path === VIEW_PATHS.neighbors) return node ? data.neighbors(node, query.get('articles') === '1') : null;
  if (path === VIEW_PATHS.search) return data.search(query.get('q') ?? '', Math.min(SEARCH_LIMIT, Number(query.get('limit')) || 12));
  if (node) return data.nodeEvidence(node, query.get('mentions') === '1');
  return edge ? data.edgeEvidence(edge) : null;
}

function sendJson(response: ServerResponse, text: string): void {
  response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-cache' });
  response.end(text);
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
