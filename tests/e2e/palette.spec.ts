import { NODE_KINDS, catalog, definitionOf } from '../../shared/catalog';
import { expect, test } from './fixtures';

test.describe('palette', () => {
  test('lists every node kind once, named by its title', async ({ designer }) => {
    const { palette } = designer;
    await expect(palette.items).toHaveCount(NODE_KINDS.length);
    expect([...(await palette.listedKinds())].sort()).toEqual([...NODE_KINDS].sort());
    for (const definition of catalog) {
      await expect(palette.item(definition.title)).toHaveAttribute('data-kind', definition.kind);
    }
  });

  test('search filters by title and clearing it brings everything back', async ({ designer }) => {
    const { palette } = designer;
    const expected = catalog
      .filter((definition) => definition.title.toLowerCase().includes('stop'))
      .map((definition) => definition.kind);
    expect(expected.length).toBeGreaterThan(1);

    await palette.search.fill('  STOP ');
    await expect(palette.items).toHaveCount(expected.length);
    expect(await palette.listedKinds()).toEqual(expected);

    await palette.search.fill('no such node');
    await expect(palette.items).toHaveCount(0);
    await expect(palette.noMatch).toContainText('No node matches');

    await palette.search.press('Escape');
    await expect(palette.search).toHaveValue('');
    await expect(palette.items).toHaveCount(NODE_KINDS.length);
  });
});

test.describe('adding nodes', () => {
  test('double-clicking an item adds it in the middle of the canvas', async ({ designer }) => {
    const { palette, canvas } = designer;
    await palette.item(definitionOf('say').title).dblclick();

    const node = canvas.node('say');
    await expect(node).toHaveCount(1);
    const nodeBox = (await node.boundingBox())!;
    const canvasBox = (await canvas.root.boundingBox())!;
    const centre = (box: typeof nodeBox) => [box.x + box.width / 2, box.y + box.height / 2];
    const [nodeX, nodeY] = centre(nodeBox);
    const [canvasX, canvasY] = centre(canvasBox);
    expect(Math.abs(nodeX! - canvasX!)).toBeLessThan(80);
    expect(Math.abs(nodeY! - canvasY!)).toBeLessThan(80);
  });

  test('pressing Enter on an item adds it, and again adds one below it', async ({ designer }) => {
    const { palette, canvas } = designer;
    await palette.item(definitionOf('hangup').title).focus();
    await designer.page.keyboard.press('Enter');
    await expect(canvas.node('hangup')).toHaveCount(1);
    await designer.page.keyboard.press('Enter');
    await expect(canvas.node('hangup')).toHaveCount(2);

    const first = (await canvas.node('hangup').nth(0).boundingBox())!;
    const second = (await canvas.node('hangup').nth(1).boundingBox())!;
    expect(second.y, 'the second node must not cover the first').toBeGreaterThan(
      first.y + first.height,
    );
  });

  test('dragging an item drops it where the mouse is released', async ({ designer }) => {
    const { palette, canvas } = designer;
    const drop = { x: 160, y: 120 };
    await palette.item(definitionOf('gather').title).dragTo(canvas.background, {
      targetPosition: drop,
    });

    const node = canvas.node('gather');
    await expect(node).toHaveCount(1);
    const nodeBox = (await node.boundingBox())!;
    const paneBox = (await canvas.background.boundingBox())!;
    expect(Math.abs(nodeBox.x - (paneBox.x + drop.x))).toBeLessThan(12);
    expect(Math.abs(nodeBox.y - (paneBox.y + drop.y))).toBeLessThan(12);
  });
});

test.describe('inspector', () => {
  test('shows the title and help of the node clicked', async ({ designer }) => {
    const { palette, canvas, inspector } = designer;
    await palette.item(definitionOf('gather').title).dblclick();
    await palette.item(definitionOf('say').title).dblclick();
    await canvas.clickEmpty();
    await expect(inspector.placeholder).toBeVisible();

    await canvas.select('gather');
    await expect(inspector.title).toHaveText(definitionOf('gather').title);
    await expect(inspector.help).toHaveText(definitionOf('gather').help);
    await expect(canvas.wrapper('gather')).toHaveClass(/selected/);

    await canvas.select('say');
    await expect(inspector.title).toHaveText(definitionOf('say').title);
    await expect(canvas.wrapper('gather')).not.toHaveClass(/selected/);
  });
});
