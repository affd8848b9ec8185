import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The renderer is built to plain files with relative URLs (base './') so the same build loads
// from file:// in Electron and from the browser-mode server (electron/web/web-server.ts).
export default defineConfig({
  root: fromRoot('./renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('./dist/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    // Loaded from disk or loopback, never over a network: one chunk of ~0.5 MB is fine.
    chunkSizeWarningLimit: 1024,
  },
});
