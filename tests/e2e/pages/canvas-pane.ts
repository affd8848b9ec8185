import type { Locator, Page } from '@playwright/test';

/** The React Flow canvas in the middle. */
export class CanvasPane {
  readonly root: Locator;
  /** The empty background, where drops land and clicks clear the selection. */
  readonly background: Locator;
  /** Every node on the canvas (the custom node element, which carries `data-kind`). */
  readonly nodes: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('main', { name: 'Flow canvas' });
    this.background = this.root.locator('.react-flow__pane');
    this.nodes = this.root.locator('.react-flow__node > [data-kind]');
  }

  node(kind: string): Locator {
    return this.root.locator(`.react-flow__node > [data-kind="${kind}"]`);
  }

  /** Clicks a node on its header, which stays visible when nodes overlap. */
  async select(kind: string): Promise<void> {
    await this.node(kind).click({ position: { x: 40, y: 14 } });
  }

  /** The output ports a node shows, by port name. */
  ports(node: Locator): Locator {
    return node.locator('[data-port]');
  }

  /** React Flow's wrapper of a node, which gets the `selected` class. */
  wrapper(kind: string): Locator {
    return this.root.locator('.react-flow__node', {
      has: this.root.page().locator(`:scope > [data-kind="${kind}"]`),
    });
  }
}
