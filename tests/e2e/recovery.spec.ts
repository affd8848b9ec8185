import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { definitionOf } from '../../shared/catalog';
import { expect, test } from './fixtures';
import { DesignerPage } from './pages/designer-page';
import { OFFER_AFTER_A_TAB_CRASH_MS, RecoveryDialog } from './pages/recovery-dialog';
import type { WorkspaceFolder } from './workspace-folder';

/** The autosave entries on disk: one while a flow has unsaved changes (not a write under way). */
async function autosaves(workspace: WorkspaceFolder): Promise<string[]> {
  const names = await readdir(join(workspace.dir, '..', 'data', 'autosave')).catch(() => []);
  return names.filter((name) => name.endsWith('.autosave.json'));
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
  // The server still runs, so the new tab waits until the old one has been quiet a few seconds.
  await page.close({ runBeforeUnload: false });
  const again = new DesignerPage(await context.newPage());
  await again.open(webServer.openUrl);
  const prompt = new RecoveryDialog(again.page);
  await expect(prompt.entry('IVR menu')).toContainText('Never saved', {
    timeout: OFFER_AFTER_A_TAB_CRASH_MS,
  });
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
  await expect(prompt.entry('Untitled flow')).toBeVisible({ timeout: OFFER_AFTER_A_TAB_CRASH_MS });
  await prompt.discard('Untitled flow');
  await expect(prompt.root).toHaveCount(0);
  await expect(again.files.unsavedMark).toHaveCount(0);
  expect(await autosaves(workspace)).toEqual([]);
});

test('a flow being edited in another tab is not offered back as if it had crashed', async ({
  designer,
  webServer,
  workspace,
  context,
}) => {
  const { files, palette } = designer;
  await files.button('New').click();
  await palette.item(definitionOf('say').title).dblclick();
  await expect(files.unsavedMark).toBeVisible();
  await expect.poll(() => autosaves(workspace)).toHaveLength(1);

  // A second tab on the same server: the first is alive, so there is nothing to restore.
  const second = new DesignerPage(await context.newPage());
  await second.open(webServer.openUrl);
  const prompt = new RecoveryDialog(second.page);
  await prompt.waitUntilChecked();
  await expect(prompt.root).toHaveCount(0);
  await expect(files.unsavedMark).toBeVisible();
  expect(await autosaves(workspace)).toHaveLength(1);
});

test('the unsaved-changes and restore dialogs answer Enter with the safe choice', async ({
  designer,
  webServer,
  workspace,
  context,
}) => {
  const { files, palette, canvas, page } = designer;
  await palette.item(definitionOf('say').title).dblclick();
  await expect(files.unsavedMark).toBeVisible();

  // "Save changes?": Enter saves (an untitled flow asks where), it never throws the edit away.
  await files.button('New').click();
  const guard = files.dialog('Save changes to “Untitled flow”?');
  await expect(guard.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(guard).toHaveCount(0);
  await expect(files.saveAsDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(files.saveAsDialog).toHaveCount(0);
  await expect(canvas.nodes).toHaveCount(1);
  await expect(files.unsavedMark).toBeVisible();
  await expect.poll(() => autosaves(workspace)).toHaveLength(1);

  // "Restore an unsaved flow?" after a crash: Enter restores; Discard, which cannot be undone,
  // is the first button but never has the focus.
  await page.close({ runBeforeUnload: false });
  const again = new DesignerPage(await context.newPage());
  await again.open(webServer.openUrl);
  const prompt = new RecoveryDialog(again.page);
  await expect(prompt.entry('Untitled flow')).toBeVisible({ timeout: OFFER_AFTER_A_TAB_CRASH_MS });
  await expect(
    prompt.entry('Untitled flow').getByRole('button', { name: 'Restore' }),
  ).toBeFocused();
  await again.page.keyboard.press('Enter');
  await expect(prompt.root).toHaveCount(0);
  await expect(again.canvas.nodes).toHaveCount(1);
  await expect(again.files.unsavedMark).toBeVisible();
  expect(await autosaves(workspace)).toHaveLength(1);
});
