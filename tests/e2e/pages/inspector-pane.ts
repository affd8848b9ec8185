import type { Locator, Page } from '@playwright/test';

/** The inspector on the right: a node's form, a summary of several, or the flow's properties. */
export class InspectorPane {
  readonly root: Locator;
  /** The heading: the node kind's title, "Flow", or "N nodes selected". */
  readonly title: Locator;
  /** The selected node kind's help text. */
  readonly help: Locator;
  /** The hint shown when no single node is selected. */
  readonly placeholder: Locator;
  /** The live ExoML of an action node. */
  readonly exoml: Locator;
  /** The API request of an Outbound call or Bridge legs node. */
  readonly apiRequest: Locator;
  /** Problems with the node as a whole, above its fields. */
  readonly nodeNotes: Locator;
  /** The node's leg role. */
  readonly leg: Locator;
  /** The flow's leg roles (shown with nothing selected). */
  readonly legs: Locator;
  readonly newLegName: Locator;
  readonly addLegButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
    this.title = this.root.getByRole('heading', { level: 2 });
    this.help = this.root.locator('.node-form__help');
    this.placeholder = this.root.locator('.inspector__placeholder');
    this.exoml = this.root.getByRole('figure', { name: /^ExoML/ });
    this.apiRequest = this.root.getByRole('figure', { name: 'API request' });
    this.nodeNotes = this.root.getByRole('list', { name: 'Problems with this node' });
    this.leg = this.root.getByLabel('Leg', { exact: true });
    this.legs = this.root.getByRole('region', { name: 'Legs' });
    this.newLegName = this.root.getByLabel('New leg name');
    this.addLegButton = this.root.getByRole('button', { name: 'Add leg' });
  }

  /** A form control by its label, e.g. "Text" or "Repeat". */
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** The messages under a field, by the param's name (`data-field`). */
  messages(name: string): Locator {
    return this.root.locator(`[data-field="${name}"] .field__message`);
  }

  /** A whole field (label, help, messages, control), by the param's name. */
  fieldBox(name: string): Locator {
    return this.root.locator(`[data-field="${name}"]`);
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** The keys and label inputs of the Gather choice at 1-based `n`. */
  choice(n: number): { keys: Locator; label: Locator; problem: Locator } {
    return {
      keys: this.root.getByLabel(`Keys of choice ${n}`),
      label: this.root.getByLabel(`Label of choice ${n}`),
      problem: this.root
        .locator('.list-editor__row')
        .nth(n - 1)
        .locator('.list-editor__problem'),
    };
  }

  /** One leg role of the flow in the leg manager, by id. */
  legRow(id: string): Locator {
    return this.legs.locator(`[data-leg="${id}"]`);
  }

  /** Adds a leg role from the flow's properties (nothing selected). */
  async addLeg(name: string): Promise<void> {
    await this.newLegName.fill(name);
    await this.addLegButton.click();
  }

  /**
   * Clicks the heading, outside any field: the field being typed in loses focus (which ends its
   * undo step) and the keyboard stays in the inspector.
   */
  async leaveField(): Promise<void> {
    await this.title.click();
  }
}
