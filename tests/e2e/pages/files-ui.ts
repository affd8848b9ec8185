import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The File toolbar in the title bar, the document name beside it, and the file dialogs. */
export class FilesUi {
  readonly toolbar: Locator;
  /** The flow's name in the title bar, with the unsaved mark while there are changes. */
  readonly documentName: Locator;
  readonly unsavedMark: Locator;
  readonly openDialog: Locator;
  readonly saveAsDialog: Locator;
  readonly templatesDialog: Locator;
  readonly recentMenu: Locator;
  /** The notice that opening and saving are unavailable because the backend is out of reach. */
  readonly offlineNotice: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'File' });
    this.documentName = page.locator('.document-name');
    this.unsavedMark = this.documentName.locator('.document-name__mark');
    this.openDialog = page.getByRole('dialog', { name: 'Open a flow' });
    this.saveAsDialog = page.getByRole('dialog', { name: 'Save the flow as' });
    this.templatesDialog = page.getByRole('dialog', { name: 'Start from a template' });
    this.recentMenu = page.getByRole('menu', { name: 'Recent files' });
    this.offlineNotice = page.getByRole('alert').filter({ hasText: 'Opening and saving' });
  }

  button(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** Any dialog by its title, e.g. `Cannot open “broken”` or `Save changes to “IVR menu”?`. */
  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /**
   * Starts an unsaved copy of the template with this name, and waits until it is on the canvas:
   * file actions take turns (one-at-a-time.ts), so a click on Save as while the template is
   * still on its way does nothing, and a node clicked then is replaced by the template's.
   */
  async openTemplate(name: string): Promise<void> {
    await this.chooseTemplate(name);
    await expect(this.templatesDialog).toBeHidden();
    await expect(this.documentName).toContainText(name);
  }

  /** Chooses a template and waits for nothing: for a flow with changes, which asks first. */
  async chooseTemplate(name: string): Promise<void> {
    await this.button('Templates…').click();
    await this.templatesDialog.getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
  }

  /** Saves under `fileName` through Save as…, confirming nothing. */
  async saveAs(fileName: string): Promise<void> {
    // Until the dialog shows: a click while another file action runs does nothing (see
    // openTemplate), and a caller may not have waited for one to end.
    await expect(async () => {
      if (!(await this.saveAsDialog.isVisible())) await this.button('Save as…').click();
      await expect(this.saveAsDialog).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await this.fillSaveAs(fileName);
  }

  /** Types a name into the open Save as dialog, saves, and waits until the file is written. */
  async fillSaveAs(fileName: string): Promise<void> {
    await this.saveAsDialog.getByLabel('File name').fill(fileName);
    await this.saveAsDialog.getByRole('button', { name: 'Save', exact: true }).click();
    // The title bar names the file once the backend has written it.
    await this.documentName.filter({ hasText: `${fileName}.legflow.json` }).waitFor();
  }

  /** Opens the workspace file shown as `label` (its name without `.legflow.json`). */
  async open(label: string): Promise<void> {
    await this.button('Open…').click();
    await this.openDialog.getByRole('button', { name: new RegExp(`^${label}\\b`) }).click();
  }
}
