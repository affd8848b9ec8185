// Builds the two benchmark pages (ours and plain React Flow) with Vite and serves them on
// loopback, so both load the way the app does: production bundles over HTTP.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const PAGE_DIR = fileURLToPath(new URL('./canvas-speed-page/', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../../dist/bench/canvas-speed/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Builds ours.html and plain.html into dist/bench/canvas-speed/ and returns that folder. */
export async function buildBenchPages(): Promise<string> {
  // vite-node runs this script in development mode; the pages must get React's production build,
  // as the app does, or both would be measured with React's slow development checks.
  process.env.NODE_ENV = 'production';
  await build({
    configFile: false,
    mode: 'production',
    root: PAGE_DIR,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        input: { ours: join(PAGE_DIR, 'ours.html'), plain: join(PAGE_DIR, 'plain.html') },
      },
    },
  });
  return OUT_DIR;
}

/** Serves a folder on 127.0.0.1 at a free port; returns its URL and a function to stop it. */
export async function serveFolder(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
