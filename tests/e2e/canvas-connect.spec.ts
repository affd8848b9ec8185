import { openFixture } from './canvas-fixtures';
import { expect, test } from './fixtures';
import { ProblemsPanel } from './pages/problems-panel';

test.describe('connecting ports', () => {
  test.beforeEach(async ({ designer }) => {
    await openFixture(designer, 'canvas-editing', 3);
  });

  test('a line dropped on a node’s input connects the port to it', async ({ designer }) => {
    const { canvas } = designer;
    await canvas.connect(canvas.node('say'), 'next', canvas.inputHandle(canvas.node('hangup')));
    await expect(canvas.edges).toHaveCount(2);
    await expect(canvas.root.locator('.react-flow__edge[data-id] path').first()).toBeVisible();
  });

  test('a line dropped anywhere on a node’s body connects too', async ({ designer }) => {
    const { canvas } = designer;
    await canvas.connect(
      canvas.node('say'),
      'error',
      canvas.node('hangup').locator('.flow-node__title'),
    );
    await expect(canvas.edges).toHaveCount(2);
    await expect(canvas.root.locator('.react-flow__edge.edge--error')).toHaveCount(1);
  });

  test('a line into the Incoming call is refused, and the canvas says why', async ({
    designer,
  }) => {
    const { canvas } = designer;
    await canvas.connect(canvas.node('say'), 'next', canvas.node('incoming-call'));
    await expect(canvas.notice).toContainText('“Incoming call” starts the flow');
    await expect(canvas.notice).toContainText('nothing can lead into it');
    await expect(canvas.edges).toHaveCount(1);
  });

  test('a node cannot lead back into itself', async ({ designer }) => {
    const { canvas } = designer;
    await canvas.connect(canvas.node('say'), 'error', canvas.inputHandle(canvas.node('say')));
    await expect(canvas.notice).toContainText('cannot lead back into itself');
    await expect(canvas.edges).toHaveCount(1);
  });

  test('a second line from a used port replaces the first', async ({ designer }) => {
    const { canvas } = designer;
    await canvas.connect(
      canvas.node('incoming-call'),
      'next',
      canvas.inputHandle(canvas.node('hangup')),
    );
    await expect(canvas.notice).toContainText('instead of to “Greeting”');
    await expect(canvas.edges).toHaveCount(1);
    // Nothing leads to the Greeting any more, so it can never run.
    await expect(new ProblemsPanel(designer.page).row('"Greeting" can never run')).toHaveCount(1);
  });
});
