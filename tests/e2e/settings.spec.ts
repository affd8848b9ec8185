import { expect, test } from './fixtures';
import { SettingsDialog } from './pages/settings-dialog';

test('the Simulator is the default profile and its speed is kept', async ({ designer }) => {
  const settings = new SettingsDialog(designer.page);
  await settings.open();
  await expect(settings.profile('Simulator')).toHaveAttribute('aria-current', 'true');
  await settings.field('Speed').fill('0');
  await settings.button('Save').click();
  await expect(settings.errorOf('Speed')).toContainText('more than 0');
  await settings.field('Speed').fill('10');
  await settings.button('Save').click();
  await expect(settings.root.getByRole('status')).toHaveText('Saved.');

  await settings.button('Close').click();
  await settings.open();
  await expect(settings.field('Speed')).toHaveValue('10');
});

test('a live profile is checked inline, saved, and tested without its token', async ({
  designer,
}, testInfo) => {
  const settings = new SettingsDialog(designer.page);
  await settings.open();
  await settings.button('+ Add live profile').click();
  await settings.region('Custom base URL').check();
  await settings.field('Listener host').fill('');
  await settings.button('Save profile').click();
  await expect(settings.errorOf('Profile name')).toContainText('give the profile a name');
  await expect(settings.errorOf('Base URL')).toContainText('custom region needs a base URL');
  await expect(settings.errorOf('Account sid')).toBeVisible();
  await expect(settings.errorOf('Listener host')).toBeVisible();

  await settings.field('Profile name').fill('staging');
  await settings.field('Base URL').fill('http://127.0.0.1:1');
  await settings.field('Account sid').fill('AC123');
  await settings.field('API key').fill('key123');
  await settings.field('Listener host').fill('127.0.0.1');
  await settings.field('Listener port').fill('1');
  await settings.field('Public event endpoint URL').fill('grpc://127.0.0.1:1');
  // Browser mode keeps no tokens: the refusal says which variable to set instead.
  await settings.field('API token').fill('secret-token-value');
  await settings.button('Save profile').click();
  await expect(settings.root.getByRole('status')).toContainText('LEGFLOW_API_TOKEN_STAGING');
  await expect(settings.profile('staging')).toHaveCount(0);

  await settings.field('API token').fill('');
  await settings.button('Save profile').click();
  await expect(settings.profile('staging')).toContainText('no token');
  await expect(settings.field('API token')).toHaveValue('');
  await designer.page.screenshot({ path: testInfo.outputPath('settings-dialog.png') });

  await settings.button('Test connection').click();
  await expect(settings.testResult).toContainText('Credentials: not working.');
  await expect(settings.testResult).toContainText('LEGFLOW_API_TOKEN_STAGING');
  await expect(settings.root).not.toContainText('secret-token-value');
});

test('removing a live profile asks first, naming it, and Cancel keeps it', async ({ designer }) => {
  const settings = new SettingsDialog(designer.page);
  const name = `removable-${test.info().workerIndex}`;
  await settings.open();
  await settings.button('+ Add live profile').click();
  await settings.field('Profile name').fill(name);
  await settings.field('Account sid').fill('AC123');
  await settings.field('API key').fill('key123');
  await settings.button('Save profile').click();
  await expect(settings.profile(name)).toHaveAttribute('aria-current', 'true');

  await settings.button('Remove').click();
  const question = settings.removeConfirmation(name);
  await expect(question).toContainText(`Runs can no longer use “${name}”`);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(settings.profile(name)).toHaveAttribute('aria-current', 'true');
  await settings.button('Close').click();
  await settings.open();
  await expect(settings.profile(name)).toHaveCount(1);

  await settings.profile(name).click();
  await settings.button('Remove').click();
  await question.getByRole('button', { name: 'Remove' }).click();
  await expect(settings.profile(name)).toHaveCount(0);
  await expect(settings.profile('Simulator')).toHaveAttribute('aria-current', 'true');
});
