import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { definitionOf } from '../../shared/catalog';
import { expect, test } from './fixtures';
import { DesignerPage } from './pages/designer-page';
import { RecoveryDialog } from './pages/recovery-dialog';
import type { WorkspaceFolder } from './workspace-folder';

/** The autosave entries on disk: one while a flow has unsaved changes. */
async function autosaves(workspace: WorkspaceFolder): Promise<string[]> {
  return readdir(join(workspace.dir, '..', 'data', 'autosave')).catch(() => []);
}

test('an edit survives a crash: the next start offers it back and Restore brings it back', async ({
  designer,
  webServer,
  workspace,
  context,
}, testInfo) => {
  const { files, palette, canvas, page } = designer;
  await files.openTemplate('IVR menu');
  // The template's 11 nodes; counted once all are drawn, not while the canvas is still fitting.
  const before = 11;
  await expect(canvas.nodes).toHaveCount(before);
  await palette.item(definitionOf('say').title).dblclick();
  await expect(canvas.nodes).toHaveCount(before + 1);
  await expect(files.unsavedMark).toBeVisible();
  await expect.poll(() => autosaves(workspace)).toHaveLength(1);

  // A crash: the tab goes without a chance to ask about unsaved changes, and a new one starts.
  await page.close({ runBeforeUnload: false });
  const again = new DesignerPage(await context.newPage());
  await again.open(webServer.openUrl);
  const prompt = new RecoveryDialog(again.page);
  await expect(prompt.entry('IVR menu')).toContainText('Never saved');
  await again.page.screenshot({ path: testInfo.outputPath('recovery-prompt.png') });

  await prompt.restore('IVR menu');
  await expect(prompt.root).toHaveCount(0);
  await expect(again.canvas.nodes).toHaveCount(before + 1);
  await expect(again.files.unsavedMark).toBeVisible();
  await expect(again.page).toHaveTitle('• IVR menu — Legflow Studio');

  // Saving it puts the flow in a file and the autosave is no longer needed.
  await again.files.saveAs(`restored-${testInfo.testId}`);
  await expect(again.files.unsavedMark).toHaveCount(0);
  await expect.poll(() => autosaves(workspace)).toHaveLength(0);
});

test('Discard forgets an unsaved flow for good', async ({
  designer,
  webServer,
  workspace,
  context,
}) => {
  const { files, palette, page } = designer;
  await files.button('New').click();
  await palette.item(definitionOf('say').title).dblclick();
  await expect(files.unsavedMark).toBeVisible();
  await expect.poll(() => autosaves(workspace)).toHaveLength(1);

  await page.close({ runBeforeUnload: false });
  const again = new DesignerPage(await context.newPage());
  await again.open(webServer.openUrl);
  const prompt = new RecoveryDialog(again.page);
  await prompt.discard('Untitled flow');
  await expect(prompt.root).toHaveCount(0);
  await expect(again.files.unsavedMark).toHaveCount(0);
  expect(await autosaves(workspace)).toEqual([]);
});
