import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { startWebServer } from '../../electron/web/web-server';
import type { WebServer } from '../../electron/web/web-server';
import { DesignerPage } from './pages/designer-page';

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

/**
 * `designer`: the app in browser mode, opened and ready. Each worker serves the built renderer
 * on a port of its own and stops the server when the worker ends.
 */
export const test = base.extend<{ designer: DesignerPage }, { webServer: WebServer }>({
  webServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from this pattern.
    async ({}, use) => {
      if (!existsSync(`${RENDERER_DIR}index.html`)) {
        throw new Error(`${RENDERER_DIR} has no index.html; run \`npx vite build\` first.`);
      }
      const server = await startWebServer({ port: 0, rootDir: RENDERER_DIR });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  designer: async ({ page, webServer }, use) => {
    const designer = new DesignerPage(page);
    await designer.open(webServer.url);
    await use(designer);
  },
});

export { expect };
