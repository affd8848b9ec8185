import { definitionOf } from '../../shared/catalog';
import { expect, test } from './fixtures';

const UNDO = process.platform === 'darwin' ? 'Meta+Z' : 'Control+Z';
const REDO = process.platform === 'darwin' ? 'Meta+Shift+Z' : 'Control+Shift+Z';

test.describe('inspector forms', () => {
  test('typing a Say text updates the ExoML preview and the node', async ({ designer }) => {
    const { palette, canvas, inspector } = designer;
    await palette.item(definitionOf('say').title).dblclick();
    await expect(inspector.title).toHaveText('Say');
    await expect(inspector.messages('text')).toHaveText('Text is required.');

    await inspector.field('Text').pressSequentially('Welcome to Acme');
    await expect(inspector.exoml).toContainText('>Welcome to Acme</Say>');
    await expect(inspector.exoml).toContainText('preferredTTSEngine="polly"');
    await expect(canvas.node('say')).toContainText('Welcome to Acme');
    await expect(inspector.messages('text')).toHaveCount(0);

    await inspector.field('Name on canvas').fill('Greeting');
    await expect(canvas.node('say')).toContainText('Greeting');
  });

  test('a Repeats count out of range or not whole shows an inline error until fixed', async ({
    designer,
  }) => {
    const { palette, inspector } = designer;
    await palette.item(definitionOf('say').title).dblclick();
    const repeat = inspector.field('Repeats');

    await repeat.fill('11');
    await expect(inspector.messages('loop')).toHaveText('Repeats must be from 0 to 10.');
    await expect(repeat).toHaveAttribute('aria-invalid', 'true');
    await repeat.fill('2.5');
    await expect(inspector.messages('loop')).toHaveText('Repeats must be a whole number.');
    await repeat.fill('3');
    await expect(inspector.messages('loop')).toHaveCount(0);
    await expect(repeat).not.toHaveAttribute('aria-invalid');
    await expect(inspector.exoml).toContainText('loop="3"');
  });

  test('three Gather choices make three choice ports on the node', async ({ designer }) => {
    const { palette, canvas, inspector } = designer;
    await palette.item(definitionOf('gather').title).dblclick();
    const node = canvas.node('gather');
    await expect(canvas.ports(node)).toHaveText(['No input', 'Invalid', 'Error']);

    for (let i = 0; i < 3; i++) await inspector.button('+ Add choice').click();
    await expect(canvas.ports(node)).toHaveText(['1', '2', '3', 'No input', 'Invalid', 'Error']);

    await inspector.choice(1).label.fill('Sales');
    await expect(canvas.ports(node).first()).toHaveText('1 · Sales');
    await inspector.choice(3).keys.fill('3a');
    await expect(inspector.choice(3).problem).toHaveText('Use keypad keys only: 0-9, * and #.');
    await inspector.choice(3).keys.fill('#');
    await expect(inspector.choice(3).problem).toHaveCount(0);

    await inspector.button('Remove choice 2').click();
    await expect(canvas.ports(node)).toHaveText(['1 · Sales', '#', 'No input', 'Invalid', 'Error']);
  });

  test("a node's leg changes, also to a leg added from the form", async ({ designer }) => {
    const { palette, canvas, inspector } = designer;
    await palette.item(definitionOf('say').title).dblclick();
    await expect(inspector.leg).toHaveValue('caller');
    await expect(canvas.node('say')).toContainText('Caller');

    await inspector.leg.selectOption({ label: 'Add a new leg…' });
    await inspector.newLegName.fill('Agent');
    await inspector.newLegName.press('Enter');
    await expect(inspector.leg).toHaveValue('agent');
    await expect(canvas.node('say')).toContainText('Agent');

    await inspector.leg.selectOption({ label: 'Caller' });
    await expect(canvas.node('say')).toContainText('Caller');
    await expect(canvas.node('say')).not.toContainText('Agent');
  });

  test('one run of typing is undone in one step from outside the field', async ({ designer }) => {
    const { palette, canvas, inspector, page } = designer;
    await palette.item(definitionOf('say').title).dblclick();
    const text = inspector.field('Text');
    await text.pressSequentially('Hello there');
    await inspector.leaveField();

    await page.keyboard.press(UNDO);
    await expect(text).toHaveValue('');
    await expect(canvas.node('say')).not.toContainText('Hello there');
    await expect(canvas.nodes).toHaveCount(1);

    await page.keyboard.press(REDO);
    await expect(text).toHaveValue('Hello there');
    await expect(canvas.node('say')).toContainText('Hello there');
  });

  test('keys typed in a field never reach the canvas shortcuts', async ({ designer }) => {
    const { palette, canvas, inspector } = designer;
    await palette.item(definitionOf('say').title).dblclick();
    const name = inspector.field('Name on canvas');
    await name.press('End');
    await name.press('Backspace');
    await name.press('Delete');
    await name.press('Control+A');
    await name.press('Backspace');
    await expect(name).toHaveValue('');
    await expect(canvas.nodes).toHaveCount(1);
  });

  test('an Outbound call shows the request it sends, templates as written', async ({
    designer,
  }) => {
    const { palette, inspector } = designer;
    await palette.item(definitionOf('outbound-call').title).dblclick();
    await inspector.field('Number to call').fill('{{customer_number}}');
    await expect(inspector.apiRequest).toContainText('POST /v2/accounts/{account_sid}/legs');
    await expect(inspector.apiRequest).toContainText('"contact_uri": "{{customer_number}}"');
    await inspector.field('Caller ID (ExoPhone)').fill('12');
    await expect(inspector.messages('exophone')).toContainText('is not a phone number');
  });
});

test.describe('bridges and several nodes', () => {
  test('Bridge legs picks legs by ticking them and shows its request', async ({ designer }) => {
    const { palette, inspector } = designer;
    await palette.item(definitionOf('bridge-legs').title).dblclick();
    await expect(inspector.leg).toHaveCount(0);
    await inspector.field('Caller').check();
    await expect(inspector.fieldBox('legs')).toContainText('at least two different legs');
    await inspector.button('+ Add a new leg…').click();
    await inspector.newLegName.fill('Agent');
    await inspector.addLegButton.click();
    await expect(inspector.field('Agent')).toBeChecked();
    await expect(inspector.fieldBox('legs')).not.toContainText('at least two different legs');
    await expect(inspector.apiRequest).toContainText('"{{caller.leg_sid}}"');
    await expect(inspector.apiRequest).toContainText('"{{agent.leg_sid}}"');
  });

  test('several selected nodes show a summary and move to a leg together', async ({ designer }) => {
    const { page, palette, canvas, inspector } = designer;
    await palette.item(definitionOf('say').title).dblclick();
    await palette.item(definitionOf('hangup').title).dblclick();
    await palette.item(definitionOf('wait').title).dblclick();
    await canvas.background.click({ position: { x: 12, y: 200 } });
    await inspector.addLeg('Agent');
    await canvas.background.click({ position: { x: 12, y: 200 } });
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+A' : 'Control+A');

    await expect(inspector.title).toHaveText('3 nodes selected');
    await expect(inspector.root).toContainText('Hang up');
    await inspector.field('Put them all on a leg').selectOption({ label: 'Agent' });
    await expect(canvas.node('say')).toContainText('Agent');
    await expect(canvas.node('hangup')).toContainText('Agent');
    await expect(canvas.node('wait')).not.toContainText('Agent');
  });
});

test.describe('flow properties and legs', () => {
  test('with nothing selected the flow is renamed and its legs managed', async ({ designer }) => {
    const { page, palette, canvas, inspector } = designer;
    await expect(inspector.title).toHaveText('Flow');
    await inspector.field('Flow name').fill('Support line');
    await expect(page.getByRole('banner')).toContainText('Support line');
    await inspector.field('Flow name').fill('');
    await expect(inspector.messages('flow-name')).toHaveText('The flow needs a name.');
    await expect(page.getByRole('banner')).toContainText('Support line');
    await inspector.field('Flow name').fill('Support line 2');

    await inspector.addLeg('Agent');
    await expect(inspector.legRow('agent')).toBeVisible();
    await expect(inspector.legRow('agent').getByLabel('Colour of Agent')).not.toHaveValue(
      '#2563eb',
    );
    await inspector.addLeg('agent');
    await expect(inspector.legs).toContainText('There is already a leg called Agent.');

    // A leg in use is removed only after saying what that does to its nodes.
    await palette.item(definitionOf('say').title).dblclick();
    // The left edge, half-way down: clear of the canvas toolbar, the controls and the node.
    await canvas.background.click({ position: { x: 12, y: 200 } });
    await inspector.legRow('caller').getByRole('button', { name: 'Remove Caller' }).click();
    await expect(inspector.legRow('caller')).toContainText('1 node acts on Caller');
    await inspector.button('Keep it').click();
    await expect(inspector.legRow('caller')).toBeVisible();
    await inspector.legRow('caller').getByRole('button', { name: 'Remove Caller' }).click();
    await inspector.button('Remove anyway').click();
    await expect(inspector.legRow('caller')).toHaveCount(0);
    await canvas.select('say');
    await expect(inspector.leg).toHaveValue('');
  });
});
