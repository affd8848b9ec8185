import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The dock's Tests tab, the scenario form, and the tests' marks on the canvas. */
export class TestsTab {
  readonly panel: Locator;
  readonly rows: Locator;
  /** "2 of 7 passed" and the coverage share, beside the buttons. */
  readonly summary: Locator;
  readonly coverageToggle: Locator;
  readonly coverage: Locator;
  readonly untestedOutputs: Locator;
  readonly unreachedNodes: Locator;
  /** The scenario form ("Save the run as a test", "Edit …"). */
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Dock' }).getByRole('tabpanel');
    this.rows = this.panel.getByRole('list', { name: 'Tests of the flow' }).locator('> li');
    this.summary = this.panel.locator('.tests-panel__summary');
    this.coverageToggle = this.panel.getByRole('checkbox', { name: 'Show coverage on the canvas' });
    this.coverage = this.panel.getByRole('region', { name: 'Coverage' });
    this.untestedOutputs = this.coverage
      .getByRole('region', { name: 'Untested outputs' })
      .getByRole('button');
    this.unreachedNodes = this.coverage
      .getByRole('region', { name: 'Nodes no test reaches' })
      .getByRole('button');
    this.form = page.getByRole('dialog', { name: /test|Edit “/ });
  }

  /** Opens the Tests tab, expanding the dock if it was collapsed. */
  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Tests' }).click();
    const expand = this.page.getByRole('button', { name: 'Expand the dock' });
    if (await expand.isVisible()) await expand.click();
  }

  /** Collapses the dock to its tab strip, leaving the canvas the room. */
  async collapseDock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Collapse the dock' }).click();
  }

  button(name: 'Run all' | 'New test' | 'Save as test'): Locator {
    return this.panel
      .getByRole('toolbar', { name: 'Tests' })
      .getByRole('button', { name, exact: true });
  }

  /** One test's row by its name (`data-result`: passed, failed, running, not-run). */
  row(name: string): Locator {
    return this.panel.locator(`.tests-list__row[data-test-name="${name}"]`);
  }

  result(name: string): Locator {
    return this.row(name).locator('.tests-list__result');
  }

  rowButton(name: string, button: 'Run' | 'Edit' | 'Show on canvas' | 'Hide paths'): Locator {
    return this.row(name).getByRole('button', { name: button, exact: true });
  }

  /** A field of the scenario form by its label. */
  formField(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async saveForm(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save test' }).click();
  }

  /** A canvas node's frame, which carries the tests' marks (`data-coverage`, `data-test-path`). */
  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"] > .flow-node`);
  }

  port(nodeId: string, port: string): Locator {
    return this.node(nodeId).locator(`.flow-node__port[data-port="${port}"]`);
  }

  /** The line from one node to another (the first, when several ports lead there). */
  edgeBetween(from: string, to: string): Locator {
    return this.page
      .getByRole('group', { name: `Edge from ${from} to ${to}`, exact: true })
      .locator('.react-flow__edge-path')
      .first();
  }

  /** Removes every test of the flow, one by one, as a person would. */
  async removeAll(): Promise<void> {
    const remove = this.rows.getByRole('button', { name: /^Remove “/ });
    for (let count = await remove.count(); count > 0; count--) {
      await remove.first().click();
      await expect(remove).toHaveCount(count - 1);
    }
  }
}
