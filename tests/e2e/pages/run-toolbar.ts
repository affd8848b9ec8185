import type { Locator, Page } from '@playwright/test';

/** The run toolbar in the title bar, and the run's marks on canvas nodes. */
export class RunToolbar {
  readonly root: Locator;
  readonly status: Locator;
  /** "More" / "Less": shown beside a status line that is cut off. */
  readonly more: Locator;
  /** The whole status message, opened beneath the toolbar. */
  readonly message: Locator;
  /** "2 problems: run anyway?", asked before running a flow with errors. */
  readonly problemsDialog: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('toolbar', { name: 'Run' });
    this.status = this.root.locator('.run-toolbar__status');
    this.more = this.root.locator('.run-toolbar__more');
    this.message = this.root.locator('.run-toolbar__message');
    this.problemsDialog = page.getByRole('dialog', { name: /^\d+ problems?: run anyway\?$/ });
  }

  button(name: 'Run' | 'Step' | 'Pause' | 'Continue' | 'Stop'): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** A flow node on the canvas by its id (the element carrying `data-run-state`). */
  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"] > .flow-node`);
  }

  /** One output port of a node, as its label row (`data-taken` once the run left by it). */
  port(nodeId: string, port: string): Locator {
    return this.node(nodeId).locator(`.flow-node__port[data-port="${port}"]`);
  }

  /**
   * The ring the run's marks layer draws round a node the call is on, is paused before or failed
   * at (run-marks-layer.tsx); its stroke is the ring's colour.
   */
  ring(nodeId: string): Locator {
    return this.page.locator(`.run-marks__node[data-node="${nodeId}"] .run-marks__ring`);
  }

  /** Every node the run is on now. */
  activeNodes(): Locator {
    return this.page.locator('.flow-node[data-run-state="active"]');
  }

  /**
   * The run's mark on a flow edge: the line the marks layer draws over it, with `data-run`
   * `flowing` or `taken`; there is none when the run did not take it.
   */
  edge(id: string): Locator {
    return this.page.locator(`.run-marks__line[data-edge="${id}"]`);
  }
}
