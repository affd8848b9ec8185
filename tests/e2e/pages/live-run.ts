import type { Locator, Page } from '@playwright/test';
import { SettingsDialog } from './settings-dialog';

/** A live profile as the Settings form takes it. */
export interface LiveProfileFields {
  name: string;
  baseUrl: string;
  accountSid: string;
  apiKey: string;
  listenerPort: string;
  eventEndpoint?: string;
}

/** Running on a live profile: the toolbar's profile picker and the dialog that asks first. */
export class LiveRun {
  readonly picker: Locator;

  constructor(readonly page: Page) {
    this.picker = page.getByRole('toolbar', { name: 'Run' }).getByLabel('Profile');
  }

  /** Adds a live profile on a custom base URL through Settings, then closes Settings. */
  async addProfile(fields: LiveProfileFields): Promise<void> {
    const settings = new SettingsDialog(this.page);
    await settings.open();
    await settings.button('+ Add live profile').click();
    await settings.region('Custom base URL').check();
    await settings.field('Profile name').fill(fields.name);
    await settings.field('Base URL').fill(fields.baseUrl);
    await settings.field('Account sid').fill(fields.accountSid);
    await settings.field('API key').fill(fields.apiKey);
    await settings.field('Listener host').fill('127.0.0.1');
    await settings.field('Listener port').fill(fields.listenerPort);
    await settings.field('Public event endpoint URL').fill(fields.eventEndpoint ?? '');
    await settings.button('Save profile').click();
    await settings.profile(fields.name).waitFor();
    await settings.button('Close').click();
  }

  /** Picks the profile in the run toolbar, as a person would: focusing the picker first. */
  async choose(name: string): Promise<void> {
    await this.picker.focus();
    await this.picker.selectOption(name);
  }

  /** The dialog asking before a run on `profile`. */
  consent(profile: string): Locator {
    return this.page.getByRole('dialog', { name: `Run on “${profile}”?` });
  }

  /** The numbers the dialog lists, one item each. */
  numbers(profile: string): Locator {
    return this.consent(profile)
      .getByRole('list', { name: 'Numbers to call' })
      .getByRole('listitem');
  }

  button(profile: string, name: 'Call these numbers' | 'Cancel'): Locator {
    return this.consent(profile).getByRole('button', { name, exact: true });
  }
}
