import { defaultParams, definitionOf } from '../../shared/catalog';
import { expect, test } from './fixtures';

test('a node shows its title, summary and one labelled output per port', async ({ designer }) => {
  const { palette, canvas } = designer;
  const definition = definitionOf('outbound-call');
  const ports = definition.ports(defaultParams('outbound-call'));
  await palette.item(definition.title).dblclick();

  const node = canvas.node('outbound-call');
  await expect(node).toContainText(definition.title);
  await expect(node).toHaveAttribute('data-category', definition.category);
  const summary = definition.summary(defaultParams('outbound-call'));
  if (summary) await expect(node).toContainText(summary);
  await expect(canvas.ports(node)).toHaveText(ports.map((port) => port.label));
  for (const port of ports) {
    await expect(
      node.locator(`.react-flow__handle.source[data-handleid="${port.name}"]`),
    ).toHaveCount(1);
  }
});

test('selecting a node and pressing Delete removes it', async ({ designer }) => {
  const { palette, canvas } = designer;
  await palette.item(definitionOf('answer').title).dblclick();
  await canvas.select('answer');
  await designer.page.keyboard.press('Delete');
  await expect(canvas.nodes).toHaveCount(0);
});
