import { definitionOf } from '../../shared/catalog';
import { openFixture } from './canvas-fixtures';
import { expect, test } from './fixtures';
import { DesignerPage } from './pages/designer-page';

test.describe('undo and redo', () => {
  test('undo and redo adding a node, from the keyboard and the toolbar', async ({ designer }) => {
    const { palette, canvas, page } = designer;
    await expect(canvas.tool('Undo')).toBeDisabled();
    await palette.item(definitionOf('say').title).dblclick();
    await expect(canvas.nodes).toHaveCount(1);

    await canvas.clickEmpty();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(canvas.nodes).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(canvas.nodes).toHaveCount(1);
    await canvas.tool('Undo').click();
    await expect(canvas.nodes).toHaveCount(0);
    await canvas.tool('Redo').click();
    await expect(canvas.nodes).toHaveCount(1);
    await expect(canvas.tool('Redo')).toBeDisabled();
  });

  test('a drag is one step: undo puts the node back, redo moves it again', async ({ designer }) => {
    const { canvas, page } = designer;
    await openFixture(designer, 'canvas-editing', 3);
    const node = canvas.node('hangup');
    const before = await canvas.topLeftOf(node);
    await canvas.dragNode(node, 160, 48);
    await expect.poll(() => canvas.topLeftOf(node)).not.toEqual(before);
    const after = await canvas.topLeftOf(node);
    expect(after.x - before.x).toBeGreaterThan(140);

    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => canvas.topLeftOf(node)).toEqual(before);
    await page.keyboard.press('ControlOrMeta+y');
    await expect.poll(() => canvas.topLeftOf(node)).toEqual(after);
  });

  test('undo removes a connection drawn by dragging, redo brings it back', async ({ designer }) => {
    const { canvas, page } = designer;
    await openFixture(designer, 'canvas-editing', 3);
    await expect(canvas.edges).toHaveCount(1);
    await canvas.connect(canvas.node('say'), 'next', canvas.inputHandle(canvas.node('hangup')));
    await expect(canvas.edges).toHaveCount(2);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(canvas.edges).toHaveCount(1);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(canvas.edges).toHaveCount(2);
  });
});

test.describe('clipboard and selection', () => {
  test('copy and paste makes offset copies with their own ids, selected', async ({ designer }) => {
    const { canvas, page } = designer;
    await openFixture(designer, 'canvas-editing', 3);
    await canvas.select('incoming-call');
    await canvas.select('say', ['Shift']);
    expect(await canvas.selectedKinds()).toEqual(['incoming-call', 'say']);

    await page.keyboard.press('ControlOrMeta+c');
    await page.keyboard.press('ControlOrMeta+v');
    await expect(canvas.nodes).toHaveCount(5);
    // The copies come with the line between them, and they are what is selected now.
    await expect(canvas.edges).toHaveCount(2);
    expect(await canvas.selectedKinds()).toEqual(['incoming-call', 'say']);
    const [original, copy] = await Promise.all(
      [0, 1].map((index) => canvas.topLeftOf(canvas.node('say').nth(index))),
    );
    expect(copy!.x - original!.x).toBe(32);
    expect(copy!.y - original!.y).toBe(32);
    const ids = await canvas.root
      .locator('.react-flow__node')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('paste works in another window on another flow', async ({
    designer,
    context,
    webServer,
  }) => {
    const { canvas, page } = designer;
    // The second window opens first, before this one has anything an autosave could offer it.
    const other = new DesignerPage(await context.newPage());
    await other.open(webServer.openUrl);

    await openFixture(designer, 'canvas-editing', 3);
    await canvas.select('say');
    await page.keyboard.press('ControlOrMeta+c');

    await other.page.bringToFront();
    await other.canvas.clickEmpty();
    await other.page.keyboard.press('ControlOrMeta+v');
    await expect(other.canvas.nodes).toHaveCount(1);
    await expect(other.canvas.nodes).toHaveAttribute('data-kind', 'say');
    await expect(other.canvas.nodes).toContainText('Greeting');
    await other.page.close();
  });

  test('cut removes the selection and paste brings it back', async ({ designer }) => {
    const { canvas, page } = designer;
    await openFixture(designer, 'canvas-editing', 3);
    await canvas.select('hangup');
    await page.keyboard.press('ControlOrMeta+x');
    await expect(canvas.node('hangup')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+v');
    await expect(canvas.node('hangup')).toHaveCount(1);
  });

  test('Ctrl+D duplicates the selection beside it', async ({ designer }) => {
    const { canvas, page } = designer;
    await openFixture(designer, 'canvas-editing', 3);
    await canvas.select('hangup');
    await page.keyboard.press('ControlOrMeta+d');
    await expect(canvas.node('hangup')).toHaveCount(2);
    await expect(canvas.wrapper('hangup').nth(1)).toHaveClass(/selected/);
    await expect(canvas.wrapper('hangup').nth(0)).not.toHaveClass(/selected/);
  });

  test('select all and Delete empties the canvas in one undo step', async ({ designer }) => {
    const { canvas, page } = designer;
    await openFixture(designer, 'canvas-editing', 3);
    await canvas.clickEmpty();
    await page.keyboard.press('ControlOrMeta+a');
    await expect(canvas.root.locator('.react-flow__node.selected')).toHaveCount(3);
    await page.keyboard.press('Backspace');
    await expect(canvas.nodes).toHaveCount(0);
    await expect(canvas.edges).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(canvas.nodes).toHaveCount(3);
    await expect(canvas.edges).toHaveCount(1);
  });

  test('Shift-dragging on the background selects the nodes in the box', async ({ designer }) => {
    const { canvas, page } = designer;
    await openFixture(designer, 'canvas-editing', 3);
    const say = (await canvas.node('say').boundingBox())!;
    const hangup = (await canvas.node('hangup').boundingBox())!;
    await page.keyboard.down('Shift');
    await canvas.drag(
      { x: say.x - 20, y: say.y - 20 },
      { x: hangup.x + hangup.width + 20, y: hangup.y + hangup.height + 20 },
    );
    await page.keyboard.up('Shift');
    expect(await canvas.selectedKinds()).toEqual(['say', 'hangup']);
  });
});
