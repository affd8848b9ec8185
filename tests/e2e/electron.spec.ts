import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
import { NODE_KINDS, definitionOf } from '../../shared/catalog';
import { loadFlow } from '../../shared/flow';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { DesignerPage } from './pages/designer-page';

const MAIN_BUNDLE = fileURLToPath(new URL('../../dist/electron/main.cjs', import.meta.url));
const EXAMPLE = fileURLToPath(
  new URL('../../assets/examples/click-to-call.legflow.json', import.meta.url),
);
const found = findElectronBinary();

test.skip(
  'missing' in found,
  `No Electron binary on this machine (${'missing' in found ? found.missing : ''}); ` +
    'the desktop app specs run wherever `npm install` could fetch Electron.',
);

/** The app, started like a user would, with a home folder (workspace, data) of its own. */
interface RunningApp {
  app: ElectronApplication;
  designer: DesignerPage;
  /** A folder outside the app's workspace, where the user keeps flows of their own. */
  elsewhere: string;
}

let home: string;
test.beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'legflow-electron-'));
  await mkdir(join(home, 'elsewhere'));
});
test.afterEach(() => rm(home, { recursive: true, force: true }));

async function launch(...files: string[]): Promise<RunningApp> {
  if (!('binary' in found)) throw new Error('unreachable: skipped without Electron');
  const app = await electron.launch({
    executablePath: found.binary,
    args: [MAIN_BUNDLE, ...files],
    env: { ...process.env, HOME: home, LEGFLOW_DATA_DIR: join(home, 'data') },
  });
  const designer = new DesignerPage(await app.firstWindow());
  await designer.waitUntilReady();
  return { app, designer, elsewhere: join(home, 'elsewhere') };
}

/** Closes politely, but does not let a hung app hold the test run. */
async function quit(app: ElectronApplication): Promise<void> {
  const closed = app.close().then(() => true);
  const timedOut = new Promise<boolean>((done) => setTimeout(() => done(false), 10_000));
  if (!(await Promise.race([closed, timedOut]))) app.process().kill('SIGKILL');
}

/**
 * Makes the system's Save or Open dialog answer `path` without showing itself: a person's
 * choice, as far as the app can tell. Runs in the main process.
 */
async function answerDialogs(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as never;
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [filePath] })) as never;
  }, path);
}

test('the desktop app opens the designer, locked down', async () => {
  const { app, designer } = await launch();
  try {
    const window = designer.page;
    await expect(window).toHaveTitle('Untitled flow — Legflow Studio');
    await expect(designer.palette.items).toHaveCount(NODE_KINDS.length);

    const exposed = await window.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>;
      return { legflow: scope.legflow, require: typeof scope.require };
    });
    expect(exposed.legflow).toMatchObject({ platform: 'electron' });
    expect(exposed.require).toBe('undefined');
  } finally {
    await quit(app);
  }
});

test('a two-node flow is saved through the system dialog and reopened', async () => {
  const { app, designer, elsewhere } = await launch();
  try {
    const { canvas, palette, files, page } = designer;
    const box = (await canvas.background.boundingBox())!;
    const place = async (kind: 'incoming-call' | 'answer', x: number, y: number) =>
      canvas.drag(await canvas.centreOf(palette.item(definitionOf(kind).title)), {
        x: box.x + x,
        y: box.y + y,
      });
    await place('incoming-call', 140, 80);
    await place('answer', 140, 240);
    await expect(canvas.nodes).toHaveCount(2);
    await canvas.connect(
      canvas.node('incoming-call'),
      'next',
      canvas.inputHandle(canvas.node('answer')),
    );
    await expect(canvas.edges).toHaveCount(1);

    // Saved outside the workspace, where the person chose in the system's Save dialog.
    const path = join(elsewhere, 'two-nodes.legflow.json');
    await answerDialogs(app, path);
    await files.button('Save as…').click();
    await expect(files.documentName).toContainText(path.split('\\').join('/'));
    await expect(files.unsavedMark).toHaveCount(0);
    const saved = loadFlow(await readFile(path, 'utf8'));
    expect(saved.nodes.map((node) => node.kind).sort()).toEqual(['answer', 'incoming-call']);
    expect(saved.edges).toHaveLength(1);

    await files.button('New').click();
    await expect(canvas.nodes).toHaveCount(0);
    await files.button('Open…').click();
    await expect(canvas.nodes).toHaveCount(2);
    await expect(canvas.edges).toHaveCount(1);
    await expect(page).toHaveTitle(`${saved.name} — Legflow Studio`);
  } finally {
    await quit(app);
  }
});

test('a flow file given on the command line opens in the window', async () => {
  const path = join(home, 'elsewhere', 'click-to-call.legflow.json');
  await copyFile(EXAMPLE, path);
  const example = loadFlow(await readFile(EXAMPLE, 'utf8'));
  const { app, designer } = await launch(path);
  try {
    await expect(designer.page).toHaveTitle(`${example.name} — Legflow Studio`);
    await expect(designer.canvas.nodes).toHaveCount(example.nodes.length);
  } finally {
    await quit(app);
  }
});
