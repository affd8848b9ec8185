import type { Locator, Page } from '@playwright/test';

/** A point on the page, in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}

/** The page's clipboard classes, typed here because specs compile without the DOM library. */
interface PasteScope {
  DataTransfer: new () => { setData(type: string, data: string): void };
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean }) => object;
  document: { dispatchEvent(event: object): boolean };
}

/** The React Flow canvas in the middle, with its toolbar, notices, search box and notes. */
export class CanvasPane {
  readonly root: Locator;
  /** The empty background, where drops land and clicks clear the selection. */
  readonly background: Locator;
  /** Every node on the canvas (the custom node element, which carries `data-kind`). */
  readonly nodes: Locator;
  readonly edges: Locator;
  readonly notes: Locator;
  readonly toolbar: Locator;
  /** The short message at the foot of the canvas, e.g. why a connection was refused. */
  readonly notice: Locator;
  readonly searchBox: Locator;
  readonly searchResults: Locator;
  readonly shortcutsSheet: Locator;
  readonly minimap: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('main', { name: 'Flow canvas' });
    this.background = this.root.locator('.react-flow__pane');
    this.nodes = this.root.locator('.react-flow__node > [data-kind]');
    this.edges = this.root.locator('.react-flow__edge');
    this.notes = this.root.locator('.canvas-note');
    this.toolbar = this.root.getByRole('toolbar', { name: 'Canvas tools' });
    this.notice = this.root.locator('.canvas-notice');
    this.searchBox = this.root.getByRole('combobox', { name: 'Find a node' });
    this.searchResults = this.root
      .getByRole('listbox', { name: 'Matching nodes' })
      .getByRole('option');
    this.shortcutsSheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    this.minimap = this.root.getByRole('img', { name: 'Minimap' });
  }

  /** Clicks the background where nothing ever is (top right), to clear the selection. */
  async clickEmpty(): Promise<void> {
    const box = (await this.background.boundingBox())!;
    await this.background.click({ position: { x: box.width - 24, y: 64 } });
  }

  node(kind: string): Locator {
    return this.root.locator(`.react-flow__node > [data-kind="${kind}"]`);
  }

  /** Clicks a node on its header, which stays visible when nodes overlap. */
  async select(kind: string, modifiers: ('Shift' | 'ControlOrMeta')[] = []): Promise<void> {
    await this.node(kind).click({ position: { x: 40, y: 14 }, modifiers });
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

  /** The selected nodes' kinds, in canvas order. */
  selectedKinds(): Promise<string[]> {
    return this.root
      .locator('.react-flow__node.selected > [data-kind]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-kind')!));
  }

  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** The output handle of a node's port, and the input handle of a node. */
  outputHandle(node: Locator, port: string): Locator {
    return node.locator(`.react-flow__handle.source[data-handleid="${port}"]`);
  }

  inputHandle(node: Locator): Locator {
    return node.locator('.react-flow__handle.target');
  }

  /** The centre of an element on the page. */
  async centreOf(locator: Locator): Promise<Point> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('The element is not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Where a node's top-left corner is on the page. */
  async topLeftOf(node: Locator): Promise<Point> {
    const box = (await node.boundingBox())!;
    return { x: Math.round(box.x), y: Math.round(box.y) };
  }

  /** Where a node sits in flow coordinates (what the flow file says), whatever the zoom. */
  async flowPositionOf(kind: string, index = 0): Promise<Point> {
    const transform = await this.wrapper(kind)
      .nth(index)
      .evaluate((node) => node.getAttribute('style') ?? '');
    const [, x, y] = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(transform) ?? [];
    return { x: Number(x), y: Number(y) };
  }

  /** Presses at `from`, moves in small steps to `to` and lets go, as a hand would. */
  async drag(from: Point, to: Point): Promise<void> {
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + 4, from.y + 4, { steps: 2 });
    await mouse.move(to.x, to.y, { steps: 12 });
    await mouse.up();
  }

  /** Drags a node by its header by (dx, dy) page pixels. */
  async dragNode(node: Locator, dx: number, dy: number): Promise<void> {
    const box = (await node.boundingBox())!;
    const from = { x: box.x + 40, y: box.y + 14 };
    await this.drag(from, { x: from.x + dx, y: from.y + dy });
  }

  /** Drags a line from a node's output port onto `target` (a handle or a node's body). */
  async connect(from: Locator, port: string, target: Locator): Promise<void> {
    await this.drag(
      await this.centreOf(this.outputHandle(from, port)),
      await this.centreOf(target),
    );
  }

  /**
   * Pastes text as if from the system clipboard: how specs load a flow file (a data-only
   * fixture) into the canvas without going through the file dialogs.
   */
  async pasteText(text: string): Promise<void> {
    await this.page.evaluate((content) => {
      const scope = globalThis as unknown as PasteScope;
      const data = new scope.DataTransfer();
      data.setData('text/plain', content);
      scope.document.dispatchEvent(
        new scope.ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    }, text);
  }
}
