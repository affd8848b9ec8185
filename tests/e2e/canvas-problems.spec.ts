import { openFixture } from './canvas-fixtures';
import { expect, test } from './fixtures';
import { ProblemsPanel } from './pages/problems-panel';

test.describe('problems', () => {
  test('the panel lists the flow’s problems live, with their severity', async ({ designer }) => {
    const { canvas, page } = designer;
    const problems = new ProblemsPanel(page);
    // A new flow has no start yet, and the panel says so.
    await expect(problems.row('The flow has no start')).toHaveCount(1);
    await openFixture(designer, 'canvas-problems', 3);

    await expect(problems.rows).toHaveCount(2);
    await expect(problems.row('"Greeting" needs text')).toHaveAttribute('data-severity', 'error');
    await expect(problems.row('"Far away" can never run')).toHaveAttribute(
      'data-severity',
      'warning',
    );
    await expect(problems.count).toHaveText('2');
    await expect(problems.count).toHaveAttribute('data-severity', 'error');

    // Fixing the flow updates the list: the lost node goes, and so does its warning.
    await problems.row('can never run').click();
    await page.keyboard.press('Delete');
    await expect(problems.rows).toHaveCount(1);
    await expect(canvas.root.getByText('Far away')).toHaveCount(0);
  });

  test('a node shows its problems as a badge with the first message', async ({ designer }) => {
    const { canvas } = designer;
    await openFixture(designer, 'canvas-problems', 3);
    const badge = canvas.node('say').locator('.problem-badge');
    await expect(badge).toHaveAttribute('data-severity', 'error');
    await expect(badge).toHaveText(/1/);
    await expect(badge).toHaveAttribute('title', /needs text/);
    await expect(canvas.node('incoming-call').locator('.problem-badge')).toHaveCount(0);
  });

  test('clicking a problem selects its node and brings it to the middle', async ({ designer }) => {
    const { canvas, page } = designer;
    const problems = new ProblemsPanel(page);
    await openFixture(designer, 'canvas-problems', 3);
    const lost = canvas.root.locator('.react-flow__node > [data-kind]', { hasText: 'Far away' });
    // The node sits far outside the view to begin with.
    const middle = await canvas.centreOf(canvas.root.locator('.react-flow'));
    const before = await canvas.centreOf(lost);
    expect(Math.hypot(before.x - middle.x, before.y - middle.y)).toBeGreaterThan(1_000);

    await problems.row('"Far away" can never run').click();
    await expect(lost.locator('..')).toHaveClass(/selected/);
    await expect
      .poll(async () => {
        const centre = await canvas.centreOf(lost);
        return Math.hypot(centre.x - middle.x, centre.y - middle.y);
      })
      .toBeLessThan(4);
  });
});
