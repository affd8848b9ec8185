/**
 * A run's variables: the flow's own, `digits`, `bridge.sid`, `error.message`, Set variable's,
 * and each leg's fields as `<role>.<field>` (`caller.contact_uri`). Changes are reported once per
 * batch, so an event that updates ten leg fields is one `variables` update, not ten.
 */
export class RunVariables {
  private readonly values = new Map<string, string>();

  constructor(
    initial: Record<string, string>,
    private readonly onChange: (all: Record<string, string>) => void,
  ) {
    for (const [name, value] of Object.entries(initial)) this.values.set(name, value);
  }

  get(name: string): string | undefined {
    return this.values.get(name);
  }

  all(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  set(name: string, value: string): void {
    this.setMany([[name, value]]);
  }

  /** Sets a leg's fields as `<role>.<field>` variables. */
  setLegFields(role: string, fields: Record<string, string>): void {
    this.setMany(Object.entries(fields).map(([field, value]) => [`${role}.${field}`, value]));
  }

  private setMany(entries: Iterable<[string, string]>): void {
    let changed = false;
    for (const [name, value] of entries) {
      if (this.values.get(name) === value) continue;
      this.values.set(name, value);
      changed = true;
    }
    if (changed) this.onChange(this.all());
  }
}
