import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startViewServer, ViewError, type ViewServer } from '../../src/view/index.js';

let dir: string;
let dist: string;
let graph: string;
let server: ViewServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-view-server-'));
  dist = join(dir, 'dist');
  graph = join(dir, 'graph.json');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>viewer</title>');
  await writeFile(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'not for the browser');
  await writeFile(graph, '{"nodes":[],"edges":[]}');
  server = await startViewServer({ graph, distDir: dist, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Raw HTTP, so paths like `/../x` reach the server unnormalised and the Host header can be forged. */
function get(path: string, options: { method?: string; host?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('startViewServer', () => {
  it('binds 127.0.0.1 by default and reports its URL', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it.each([
    ['/', 200, 'text/html', '<title>viewer</title>'],
    ['/index.html', 200, 'text/html', '<title>viewer</title>'],
    ['/graph.json', 200, 'application/json', '{"nodes":[]'],
    ['/assets/index-abc.js', 200, 'text/javascript', 'console.log'],
    ['/assets/missing.js', 404, 'text/plain', 'not found'],
    ['/../secret.txt', 404, 'text/plain', 'not found'],
    ['/%2e%2e/secret.txt', 404, 'text/plain', 'not found'],
    ['/assets/..%2f..%2fsecret.txt', 404, 'text/plain', 'not found'],
    ['/%E0%A4%A', 400, 'text/plain', 'bad request'],
  ])('GET %s → %i %s', async (path, status, type, body) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(String(response.headers['content-type'])).toContain(type);
    expect(response.body).toContain(body);
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends a CSP that allows nothing from other origins and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it.each([
    ['POST', undefined, 405],
    ['GET', 'evil.example:80', 403],
    ['GET', `localhost:1234`, 200],
    ['HEAD', undefined, 200],
  ])('%s with Host %s → %i', async (method, host, status) => {
    expect((await get('/graph.json', { method, host })).status).toBe(status);
  });

  it.each([
    ['a missing viewer build', () => ({ graph, distDir: join(dir, 'nope') }), /viewer is not built .*npm run build:viewer/],
    ['a missing graph', () => ({ graph: join(dir, 'missing.json'), distDir: dist }), /graph file not found: .*missing\.json.*kg build seeds --out graph/],
    ['a port in use', () => ({ graph, distDir: dist, port: server.port }), /port \d+ on 127\.0\.0\.1 is in use: .*--port 0/],
  ])('refuses %s with a message saying what to do', async (_name, options, message) => {
    const attempt = startViewServer({ port: 0, ...options() });
    await expect(attempt).rejects.toBeInstanceOf(ViewError);
    await expect(attempt).rejects.toThrow(message);
  });
});
