import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { DesignerPage } from './pages/designer-page';

/** Drags a palette item onto the canvas at (x, y) relative to the canvas's top-left corner. */
async function place(designer: DesignerPage, title: string, x: number, y: number): Promise<void> {
  const { canvas, palette } = designer;
  const box = (await canvas.background.boundingBox())!;
  await canvas.drag(await canvas.centreOf(palette.item(title)), { x: box.x + x, y: box.y + y });
}

function legflow(...args: string[]) {
  return spawnSync(process.execPath, ['bin/legflow.js', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test('a designer builds a small IVR menu from an empty canvas, saves it, and it runs', async ({
  designer,
  workspace,
}) => {
  const { canvas, inspector, files } = designer;
  // Everything stays above the dock, which covers the bottom of the canvas.
  await place(designer, 'Incoming call', 120, 70);
  await place(designer, 'Answer', 120, 200);
  await place(designer, 'Gather digits', 120, 330);
  await place(designer, 'Say', 420, 200);
  await place(designer, 'Hang up', 460, 360);
  await expect(canvas.nodes).toHaveCount(5);

  // Fill the forms.
  await canvas.select('incoming-call');
  await inspector.field('ExoPhone').fill('08030752400');
  await canvas.select('gather');
  await inspector.field('Prompt (spoken)').fill('For sales, press 1.');
  await inspector.button('+ Add choice').click();
  await inspector.choice(1).keys.fill('1');
  await inspector.choice(1).label.fill('Sales');
  await expect(canvas.ports(canvas.node('gather'))).toHaveCount(4);
  await canvas.select('say');
  await inspector.field('Text').fill('Our sales team will call you back.');

  // Draw the lines, port by port, each one in place before the next is drawn.
  const link = async (from: string, port: string, to: string) => {
    const before = await canvas.edges.count();
    await canvas.connect(canvas.node(from), port, canvas.inputHandle(canvas.node(to)));
    await expect(canvas.edges).toHaveCount(before + 1);
    await canvas.clickEmpty();
  };
  await link('incoming-call', 'next', 'answer');
  await link('answer', 'next', 'gather');
  await link('gather', '1', 'say');
  await link('gather', 'no-input', 'hangup');
  await link('gather', 'invalid', 'hangup');
  await link('say', 'next', 'hangup');

  await files.saveAs('first-flow-menu');
  await files.button('New').click();
  await expect(canvas.nodes).toHaveCount(0);
  await files.open('first-flow-menu');
  await expect(canvas.nodes).toHaveCount(5);

  // The saved file is a flow the command line accepts, and it runs as designed.
  const path = workspace.path('first-flow-menu.legflow.json');
  expect(legflow('validate', path)).toMatchObject({ status: 0 });
  const scenario = workspace.path('sales.scenario.json');
  writeFileSync(
    scenario,
    JSON.stringify({ parties: { '09163816621': { behaviour: 'answer', digits: ['1'] } } }),
  );
  const run = legflow('run', path, '--scenario', scenario);
  expect(run.stdout).toMatch(/path: \S+ → \S+ → \S+ → \S+ → \S+\n/);
  expect(run.stdout).toContain('left by "1"');
  expect(run.status).toBe(0);
});
