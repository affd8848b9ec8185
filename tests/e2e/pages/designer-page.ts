import type { Page } from '@playwright/test';
import { CanvasPane } from './canvas-pane';
import { FilesUi } from './files-ui';
import { InspectorPane } from './inspector-pane';
import { PalettePane } from './palette-pane';

/** The designer window: palette, canvas, inspector and the file toolbar. */
export class DesignerPage {
  readonly palette: PalettePane;
  readonly canvas: CanvasPane;
  readonly inspector: InspectorPane;
  readonly files: FilesUi;

  constructor(readonly page: Page) {
    this.palette = new PalettePane(page);
    this.canvas = new CanvasPane(page);
    this.inspector = new InspectorPane(page);
    this.files = new FilesUi(page);
  }

  /** Opens the app at `url` and waits until it says it is ready. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitUntilReady();
  }

  /** Waits until the page says it is ready for input: rendered and connected to its backend. */
  async waitUntilReady(): Promise<void> {
    await this.page.locator('html[data-app-state="ready"]').waitFor({ state: 'attached' });
  }
}
