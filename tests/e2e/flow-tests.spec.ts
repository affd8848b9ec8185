import { expect, test } from './fixtures';
import { RunDock } from './pages/run-dock';
import { RunToolbar } from './pages/run-toolbar';
import { TestsTab } from './pages/tests-tab';

const CALLER = '09876500009'; // the phonebook's interactive party: driven from the virtual phone
const MY_TEST = 'caller presses 2 on the phone';

// The run from the phone plays out in (sped-up) platform time; a loaded machine needs the margin.
test.describe.configure({ timeout: 90_000 });

test('a run from the phone becomes a test that passes, then fails when the menu changes', async ({
  designer,
}) => {
  const { page, inspector } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  const tests = new TestsTab(page);

  // The IVR menu, listening 120 s rather than 10 (see run.spec.ts: a loaded machine is slow).
  await designer.files.openTemplate('IVR menu');
  await tests.open();
  // The template's own tests come with its copy; removed, so what is covered is this test's.
  await expect(tests.row('caller picks sales')).toBeVisible();
  await tests.removeAll();
  await expect(tests.panel).toContainText('No tests yet');
  await designer.canvas.select('gather');
  await inspector.field('Time-out').fill('120');
  await inspector.leaveField();

  // Run it from the phone, pressing 2.
  await run.button('Run').click();
  await expect(run.status).toHaveText('Waiting for a call to 08030752400');
  await dock.callIn(CALLER);
  await expect(dock.liveLegs.first()).toContainText('Listening for keys', { timeout: 10_000 });
  await dock.key('2').click();
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 10_000 });

  // Save as test, from the run toolbar: the form shows who called, the key and the path.
  await run.root.getByRole('button', { name: 'Save as test' }).click();
  await expect(tests.form).toBeVisible();
  await expect(tests.formField('Name')).toHaveValue('presses 2');
  await expect(tests.formField('Keys per Gather')).toHaveValue('2');
  await expect(tests.formField('Path')).toHaveValue(/menu → sales → bye$/);
  await tests.formField('Name').fill(MY_TEST);
  await tests.saveForm();
  await expect(tests.form).toBeHidden();

  // Run all: it passes, on exact time.
  await tests.open();
  await expect(tests.row(MY_TEST)).toHaveAttribute('data-result', 'not-run');
  await tests.button('Run all').click();
  await expect(tests.row(MY_TEST)).toHaveAttribute('data-result', 'passed', { timeout: 15_000 });
  await expect(tests.result(MY_TEST)).toHaveText(/^Passed: completed in /);
  await expect(tests.summary).toContainText('1 of 1 passed');

  // Rewire the menu: 2 now leads to Support (with room on the canvas to see both).
  await tests.collapseDock();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await designer.canvas.connect(designer.canvas.node('gather'), '2', tests.node('support'));
  await expect(tests.edgeBetween('menu', 'sales')).toHaveCount(0);
  await tests.open();
  await tests.button('Run all').click();
  await expect(tests.row(MY_TEST)).toHaveAttribute('data-result', 'failed', { timeout: 15_000 });
  await expect(tests.result(MY_TEST)).toHaveText('step 5: expected sales, got support');

  // On the canvas: the expected path (dashed) beside the path taken.
  await tests.rowButton(MY_TEST, 'Show on canvas').click();
  await expect(tests.node('menu')).toHaveAttribute('data-test-path', 'both');
  await expect(tests.node('sales')).toHaveAttribute('data-test-path', 'expected');
  await expect(tests.node('support')).toHaveAttribute('data-test-path', 'taken');
  await expect(tests.node('accounts')).toHaveAttribute('data-test-path', 'off');
  await expect(tests.edgeBetween('welcome', 'menu')).toHaveAttribute('data-test-path', 'both');
  await expect(tests.edgeBetween('sales', 'bye')).toHaveAttribute('data-test-path', 'expected');
  await expect(tests.edgeBetween('support', 'bye')).toHaveAttribute('data-test-path', 'taken');
  await page.screenshot({ path: test.info().outputPath('expected-beside-taken.png') });
  await tests.rowButton(MY_TEST, 'Hide paths').click();
  await expect(tests.node('sales')).not.toHaveAttribute('data-test-path', /.*/);

  // Coverage: the menu's choices no test takes are marked, and the nodes no test reaches;
  // the share and the list of what is untested say so too.
  await tests.coverageToggle.check();
  await expect(tests.port('menu', '2')).toHaveAttribute('data-coverage', 'tested');
  for (const choice of ['1', '3', 'no-input', 'invalid']) {
    await expect(tests.port('menu', choice)).toHaveAttribute('data-coverage', 'untested');
  }
  await expect(tests.edgeBetween('menu', 'accounts')).toHaveAttribute('data-coverage', 'untested');
  await expect(tests.edgeBetween('welcome', 'menu')).toHaveAttribute('data-coverage', 'tested');
  await expect(tests.node('sales')).toHaveAttribute('data-coverage', 'unreached');
  await expect(tests.node('menu')).toHaveAttribute('data-coverage', 'reached');
  await expect(tests.summary).toContainText('5 of 14 outputs, 36%');
  await expect(tests.untestedOutputs).toHaveCount(9);
  const accounts = tests.untestedOutputs.filter({ hasText: 'Accounts' }).first();
  await expect(accounts).toContainText('Main menu');
  await page.screenshot({ path: test.info().outputPath('coverage.png') });
  await accounts.click();
  await expect(designer.canvas.wrapper('gather')).toHaveClass(/selected/);

  await tests.coverageToggle.uncheck();
  await expect(tests.port('menu', '1')).not.toHaveAttribute('data-coverage', /.*/);
});

test('a run in History becomes a test, and the tests go with the flow when it is saved', async ({
  designer,
  workspace,
}) => {
  const { page, files } = designer;
  const run = new RunToolbar(page);
  const dock = new RunDock(page);
  const tests = new TestsTab(page);
  const name = 'caller presses 1, from History';

  await files.openTemplate('IVR menu');
  await tests.open();
  await expect(tests.row('caller picks sales')).toBeVisible();
  await tests.removeAll();

  // The phonebook's 09876500001 answers by itself and presses 1.
  await run.button('Run').click();
  await expect(run.status).toHaveText('Waiting for a call to 08030752400');
  await dock.callIn('09876500001');
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 30_000 });

  await dock.openTab('History');
  await dock.pastRuns
    .filter({ hasText: 'completed' })
    .first()
    .getByRole('button', { name: 'Save as test' })
    .click();
  await expect(tests.formField('Keys per Gather')).toHaveValue('1');
  await tests.formField('Name').fill(name);
  await tests.saveForm();
  await expect(tests.form).toBeHidden();

  await tests.open();
  await expect(tests.panel).toContainText('kept with the flow when it is saved');
  await tests.rowButton(name, 'Run').click();
  await expect(tests.row(name)).toHaveAttribute('data-result', 'passed', { timeout: 15_000 });

  // Saved: the tests are written beside the flow, and open with it again.
  await files.saveAs('flow-tests-history');
  await expect(tests.panel).not.toContainText('kept with the flow when it is saved');
  expect(await workspace.read('flow-tests-history.legflow.tests.json')).toContain(name);
  await files.button('New').click();
  await expect(tests.rows).toHaveCount(0);
  await files.open('flow-tests-history');
  await expect(tests.row(name)).toBeVisible();
});
