import type { Page } from '@playwright/test';
import { CanvasPane } from './canvas-pane';
import { InspectorPane } from './inspector-pane';
import { PalettePane } from './palette-pane';

/** The designer window: palette, canvas and inspector. */
export class DesignerPage {
  readonly palette: PalettePane;
  readonly canvas: CanvasPane;
  readonly inspector: InspectorPane;

  constructor(readonly page: Page) {
    this.palette = new PalettePane(page);
    this.canvas = new CanvasPane(page);
    this.inspector = new InspectorPane(page);
  }

  /** Opens the app at `url` and waits until it says it is ready. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await this.page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  }
}
