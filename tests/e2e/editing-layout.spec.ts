import { openFixture } from './canvas-fixtures';
import { expect, test } from './fixtures';

test('auto-layout untangles the flow top to bottom, as one undo step', async ({ designer }) => {
  const { canvas, page } = designer;
  await openFixture(designer, 'canvas-tangled', 4);
  const kinds = ['incoming-call', 'say', 'gather', 'hangup'];
  const positions = () => Promise.all(kinds.map((kind) => canvas.flowPositionOf(kind)));
  const before = await positions();

  await canvas.tool('Auto-layout').click();
  await expect.poll(async () => (await positions())[3]!.y).toBeGreaterThan(before[3]!.y + 300);
  // Each step of the chain now sits below the one before it, with no overlap.
  const after = await positions();
  for (const [index, kind] of kinds.slice(1).entries()) {
    const above = (await canvas.node(kinds[index]!).boundingBox())!;
    expect((await canvas.node(kind).boundingBox())!.y, kind).toBeGreaterThan(
      above.y + above.height,
    );
  }
  expect(after).not.toEqual(before);

  // One undo puts every node back where it was.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(positions).toEqual(before);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(positions).toEqual(after);
});
