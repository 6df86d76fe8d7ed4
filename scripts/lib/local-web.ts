/**
 * The local side of running the extension without the internet: where Chromium is, and a
 * small HTTP server for fixture pages. Used by `npm start` and by the end-to-end harness.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The Chrome build: `<WXT_OUT_DIR or .output>/chrome-mv3` (see wxt.config.ts). */
export const EXTENSION_DIR = join(
  resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output'),
  'chrome-mv3',
);

/** Served at `/corpus/…`, `/gold/…` (test/fixtures) and `/pages/…` (test/e2e/pages). */
const SERVED: Record<string, string> = {
  corpus: join(ROOT, 'test', 'fixtures', 'corpus'),
  gold: join(ROOT, 'test', 'fixtures', 'gold'),
  pages: join(ROOT, 'test', 'e2e', 'pages'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

/** Finds Chromium: `CHROMIUM_PATH`, else `/usr/bin/chromium`, else a clear error. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string =>
    Boolean(p),
  );
  for (const path of candidates) if (existsSync(path)) return path;
  throw new Error(
    'Chromium not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk`) ' +
      'or point CHROMIUM_PATH at a Chromium binary. Branded Google Chrome 137+ ignores ' +
      '--load-extension and cannot run these tests.',
  );
}

export interface ServedRequest {
  host: string;
  path: string;
  /** Response status the server gave. */
  status: number;
}

export interface FixtureServer {
  port: number;
  /** Every request the server answered, in order. */
  requests: ServedRequest[];
  /** Serve `body` at `path` (any host) instead of a file; for small generated pages. */
  route(path: string, body: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/** Starts the fixture server on a free loopback port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: ServedRequest[] = [];
  const routes = new Map<string, { body: string; headers: Record<string, string> }>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const routed = routes.get(url.pathname);
    if (routed) {
      requests.push({ host, path: url.pathname + url.search, status: 200 });
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...routed.headers });
      res.end(routed.body);
      return;
    }
    const [, area, ...rest] = url.pathname.split('/');
    const base = area ? SERVED[area] : undefined;
    const file = base ? normalize(join(base, decodeURIComponent(rest.join('/')))) : '';
    const ok =
      base !== undefined && file.startsWith(base) && existsSync(file) && statSync(file).isFile();
    requests.push({ host, path: url.pathname + url.search, status: ok ? 200 : 404 });
    if (!ok) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    route: (path, body, headers = {}) => void routes.set(path, { body, headers }),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/**
 * Chromium flags that send every `*.gov.cn` and `*.example.test` host to the fixture server,
 * so fixture pages load under gov.cn URLs (where the content script runs) with no network.
 */
export function hostResolverFlag(port: number): string {
  return `--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${port}, MAP *.example.test 127.0.0.1:${port}`;
}
