import type { Locator, Page } from '@playwright/test';

/** The Settings dialog: the profile list on the left, the chosen profile's form on the right. */
export class SettingsDialog {
  readonly root: Locator;
  readonly profiles: Locator;
  readonly testResult: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Settings' });
    this.profiles = this.root.getByRole('navigation', { name: 'Profiles' });
    this.testResult = this.root.getByRole('list', { name: 'Connection test' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings…' }).click();
    await this.profiles.waitFor();
  }

  profile(name: string): Locator {
    return this.profiles.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** The inline error shown under a field. */
  errorOf(label: string): Locator {
    // `has` is matched inside each field, so it is built from the page, not from the dialog.
    const input = this.page.getByLabel(label, { exact: true });
    return this.root.locator('.settings-field', { has: input }).getByRole('alert');
  }

  /** The question asked before a profile is removed, which names it. */
  removeConfirmation(name: string): Locator {
    return this.page.getByRole('dialog', { name: `Remove the profile “${name}”?` });
  }

  region(name: string): Locator {
    return this.root.getByRole('radio', { name, exact: true });
  }
}
