import { readFile } from 'node:fs/promises';
import { definitionOf } from '../../shared/catalog';
import { loadFlow } from '../../shared/flow';
import { expect, test } from './fixtures';
import { DesignerPage } from './pages/designer-page';

const IVR_TEXT = await readFile(
  new URL('../../assets/examples/ivr-menu.legflow.json', import.meta.url),
  'utf8',
);
const IVR = loadFlow(IVR_TEXT);

/** A file name of this test's own, since the tests of a worker share one workspace. */
function ownName(what: string): string {
  return `${what}-${test.info().testId}`;
}

test('a template saved as a new file reopens as the same flow', async ({ designer, workspace }) => {
  const { files, canvas, page } = designer;
  await files.openTemplate('IVR menu');
  await expect(canvas.nodes).toHaveCount(IVR.nodes.length);
  await expect(page).toHaveTitle('IVR menu — Legflow Studio');
  await expect(files.documentName).toContainText('not saved yet');

  const name = ownName('my-ivr');
  await files.saveAs(name);
  await expect(files.documentName).toContainText(`${name}.legflow.json`);
  expect(loadFlow(await workspace.read(`${name}.legflow.json`))).toEqual(IVR);

  await files.button('New').click();
  await expect(canvas.nodes).toHaveCount(0);
  await expect(page).toHaveTitle('Untitled flow — Legflow Studio');

  await files.open(name);
  await expect(canvas.nodes).toHaveCount(IVR.nodes.length);
  await expect(page).toHaveTitle('IVR menu — Legflow Studio');
  const kinds = await canvas.nodes.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-kind')).sort(),
  );
  expect(kinds).toEqual(IVR.nodes.map((node) => node.kind).sort());

  // It is in the recent files now too.
  await files.button('Recent ▾').click();
  await expect(files.recentMenu.getByRole('menuitem', { name })).toBeVisible();
});

test('a malformed file shows its problem and is left as it is', async ({ designer, workspace }) => {
  const { files, canvas, page } = designer;
  const name = ownName('broken');
  const text = '{\n  "format": "legflow.flow",\n  "nodes": [,]\n}\n';
  await workspace.write(`${name}.legflow.json`, text);
  const modified = await workspace.modifiedMs(`${name}.legflow.json`);

  await files.open(name);
  const report = files.dialog(`Cannot open “${name}”`);
  await expect(report).toBeVisible();
  await expect(report.getByRole('list', { name: 'Problems' })).toContainText(
    'The file is not valid JSON: unexpected "," at line 3, column 13.',
  );
  await expect(report).toContainText('The file was left as it is.');
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(report).toHaveCount(0);

  await expect(canvas.nodes).toHaveCount(0);
  await expect(page).toHaveTitle('Untitled flow — Legflow Studio');
  expect(await workspace.read(`${name}.legflow.json`)).toBe(text);
  expect(await workspace.modifiedMs(`${name}.legflow.json`)).toBe(modified);
});

test('the unsaved mark appears after an edit and goes after saving', async ({
  designer,
  workspace,
}) => {
  const { files, palette, canvas, page } = designer;
  const say = definitionOf('say').title;
  await expect(files.unsavedMark).toHaveCount(0);

  await palette.item(say).dblclick();
  await expect(page).toHaveTitle('• Untitled flow — Legflow Studio');
  await expect(files.unsavedMark).toBeVisible();

  // The first Ctrl+S of a new flow asks where to save it.
  const name = ownName('marked');
  await page.keyboard.press('ControlOrMeta+s');
  await files.fillSaveAs(name);
  await expect(page).toHaveTitle('Untitled flow — Legflow Studio');
  await expect(files.unsavedMark).toHaveCount(0);

  // Later ones save in place.
  await palette.item(say).dblclick();
  await expect(files.unsavedMark).toBeVisible();
  await page.keyboard.press('ControlOrMeta+s');
  await expect(files.unsavedMark).toHaveCount(0);
  await expect(files.saveAsDialog).toHaveCount(0);
  expect(loadFlow(await workspace.read(`${name}.legflow.json`)).nodes).toHaveLength(2);
  await expect(canvas.nodes).toHaveCount(2);
});

test('unsaved changes are guarded before another flow replaces them', async ({ designer }) => {
  const { files, palette, canvas } = designer;
  await palette.item(definitionOf('answer').title).dblclick();

  await files.button('New').click();
  const guard = files.dialog('Save changes to “Untitled flow”?');
  await guard.getByRole('button', { name: 'Cancel' }).click();
  await expect(canvas.nodes).toHaveCount(1);

  await files.chooseTemplate('Click to call');
  await guard.getByRole('button', { name: 'Don’t save' }).click();
  await expect(canvas.nodes).not.toHaveCount(1);
  await expect(files.unsavedMark).toHaveCount(0);

  // Leaving the page with unsaved changes asks too.
  await palette.item(definitionOf('answer').title).dblclick();
  await expect(files.unsavedMark).toBeVisible();
  const asked = new Promise<string>((resolve) =>
    designer.page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    }),
  );
  await designer.page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
});

test('a file changed on disk is not overwritten without asking', async ({
  designer,
  workspace,
}) => {
  const { files, palette, page } = designer;
  const name = ownName('shared');
  await files.openTemplate('IVR menu');
  await files.saveAs(name);
  await workspace.changeBehindTheAppsBack(
    `${name}.legflow.json`,
    IVR_TEXT.replace('IVR menu', 'Theirs'),
  );

  await palette.item(definitionOf('hangup').title).dblclick();
  await page.keyboard.press('ControlOrMeta+s');
  const ask = files.dialog(`“${name}” changed on disk`);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(files.unsavedMark).toBeVisible();
  expect(loadFlow(await workspace.read(`${name}.legflow.json`)).name).toBe('Theirs');

  await page.keyboard.press('ControlOrMeta+s');
  await ask.getByRole('button', { name: 'Overwrite' }).click();
  await expect(files.unsavedMark).toHaveCount(0);
  expect(loadFlow(await workspace.read(`${name}.legflow.json`)).nodes).toHaveLength(
    IVR.nodes.length + 1,
  );
});

test("the flow's ExoML downloads as a text file", async ({ designer }) => {
  const { files, page } = designer;
  await files.openTemplate('IVR menu');
  const downloading = page.waitForEvent('download');
  await files.button('Export ExoML').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('ivr-menu.exoml.txt');
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain('# welcome (');
  expect(text).toMatch(/<Flow><Say[^>]*>Welcome to Acme/);
});

test('a page opened without the access token cannot reach the backend', async ({
  page,
  webServer,
}) => {
  const designer = new DesignerPage(page);
  await page.goto(webServer.url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'offline');
  await expect(designer.files.offlineNotice).toContainText('opened without its access token');
  await designer.files.button('Open…').click();
  await expect(designer.files.openDialog).toContainText('opened without its access token');
});
