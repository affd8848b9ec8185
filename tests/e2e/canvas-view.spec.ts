import { readFile } from 'node:fs/promises';
import { openFixture } from './canvas-fixtures';
import { expect, test } from './fixtures';

test('Ctrl+F finds a node by the text it says, and centres it', async ({ designer }) => {
  const { canvas, page } = designer;
  await openFixture(designer, 'canvas-editing', 3);
  await canvas.clickEmpty();
  await page.keyboard.press('ControlOrMeta+f');
  await expect(canvas.searchBox).toBeFocused();
  await canvas.searchBox.fill('acme');
  await expect(canvas.searchResults).toHaveCount(1);
  await expect(canvas.searchResults).toContainText('Greeting');
  await page.keyboard.press('Enter');
  await expect(canvas.searchBox).toHaveCount(0);
  await expect(canvas.wrapper('say')).toHaveClass(/selected/);
  const middle = await canvas.centreOf(canvas.root.locator('.react-flow'));
  await expect
    .poll(async () => {
      const centre = await canvas.centreOf(canvas.node('say'));
      return Math.hypot(centre.x - middle.x, centre.y - middle.y);
    })
    .toBeLessThan(4);
});

test('a note is added, written in, moved and deleted', async ({ designer }) => {
  const { canvas, page } = designer;
  await canvas.tool('Add a note').click();
  await expect(canvas.notes).toHaveCount(1);
  const text = canvas.notes.getByRole('textbox', { name: 'Note text' });
  await text.fill('Ask sales about the holiday menu');
  await expect(text).toHaveValue('Ask sales about the holiday menu');

  const strip = canvas.notes.locator('.canvas-note__strip');
  const before = await canvas.topLeftOf(canvas.notes);
  await canvas.drag(await canvas.centreOf(strip), {
    x: (await canvas.centreOf(strip)).x + 120,
    y: (await canvas.centreOf(strip)).y + 64,
  });
  await expect
    .poll(async () => (await canvas.topLeftOf(canvas.notes)).x)
    .toBeGreaterThan(before.x + 100);

  // Backspace inside the note edits the text; it does not delete the note.
  await text.press('End');
  await text.press('Backspace');
  await expect(text).toHaveValue('Ask sales about the holiday men');
  await expect(canvas.notes).toHaveCount(1);

  await canvas.notes.getByRole('button', { name: 'Delete note' }).click();
  await expect(canvas.notes).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(canvas.notes).toHaveCount(1);
});

test('dark mode switches, is remembered, and follows the system until chosen', async ({
  designer,
}) => {
  const { canvas, page } = designer;
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');

  await canvas.tool('Dark mode').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(canvas.tool('Dark mode')).toHaveAttribute('aria-pressed', 'true');
  await expect(canvas.root.locator('.react-flow')).toHaveClass(/dark/);
  await page.reload();
  await designer.waitUntilReady();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await canvas.tool('Dark mode').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('? shows the shortcuts sheet and Escape closes it', async ({ designer }) => {
  const { canvas, page } = designer;
  await canvas.clickEmpty();
  await page.keyboard.press('?');
  await expect(canvas.shortcutsSheet).toBeVisible();
  await expect(canvas.shortcutsSheet).toContainText('Duplicate the selection');
  await page.keyboard.press('Escape');
  await expect(canvas.shortcutsSheet).toHaveCount(0);
  await canvas.tool('Keyboard shortcuts').click();
  await expect(canvas.shortcutsSheet).toBeVisible();
  await canvas.shortcutsSheet.getByRole('button', { name: 'Close' }).click();
  await expect(canvas.shortcutsSheet).toHaveCount(0);
});

test('snap to grid is a toggle', async ({ designer }) => {
  const { canvas } = designer;
  await expect(canvas.tool('Snap to grid')).toHaveAttribute('aria-pressed', 'true');
  await canvas.tool('Snap to grid').click();
  await expect(canvas.tool('Snap to grid')).toHaveAttribute('aria-pressed', 'false');
});

test('the canvas exports as PNG and SVG files named after the flow', async ({ designer }) => {
  const { canvas, page } = designer;
  await openFixture(designer, 'canvas-editing', 3);
  for (const [format, signature] of [
    ['PNG', '\x89PNG'],
    ['SVG', '<svg'],
  ] as const) {
    const download = page.waitForEvent('download');
    await canvas.tool(`Export as ${format}`).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    const bytes = await readFile((await file.path())!);
    expect(bytes.toString('latin1').slice(0, 200)).toContain(signature);
    expect(bytes.length).toBeGreaterThan(2000);
    // Edges are drawn with their colour, not left as invisible unstyled paths.
    if (format === 'SVG') {
      expect(bytes.toString('utf8')).toMatch(/class="react-flow__edge-path"[^>]*stroke="rgb/);
    }
  }
});
