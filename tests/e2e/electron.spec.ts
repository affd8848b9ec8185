import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { NODE_KINDS } from '../../shared/catalog';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { DesignerPage } from './pages/designer-page';

const MAIN_BUNDLE = fileURLToPath(new URL('../../dist/electron/main.cjs', import.meta.url));
const found = findElectronBinary();

test('the desktop app opens the designer, locked down', async () => {
  if ('missing' in found) {
    test.skip(true, 'Electron binary not installed on this machine; run on a developer machine');
    return;
  }
  const app = await electron.launch({ executablePath: found.binary, args: [MAIN_BUNDLE] });
  try {
    const window = await app.firstWindow();
    const designer = new DesignerPage(window);
    await designer.waitUntilReady();
    await expect(window).toHaveTitle('Untitled flow — Legflow Studio');
    await expect(designer.palette.items).toHaveCount(NODE_KINDS.length);

    const exposed = await window.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>;
      return { legflow: scope.legflow, require: typeof scope.require };
    });
    expect(exposed.legflow).toMatchObject({ platform: 'electron' });
    expect(exposed.require).toBe('undefined');
  } finally {
    // Close politely, but do not let a hung app hold the test run.
    const closed = app.close().then(() => true);
    const timedOut = new Promise<boolean>((done) => setTimeout(() => done(false), 10_000));
    if (!(await Promise.race([closed, timedOut]))) app.process().kill('SIGKILL');
  }
});
