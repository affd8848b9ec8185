/** `{{ name }}` or `{{caller.contact_uri}}`: letters, digits, `_` and dots. */
const TEMPLATE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*\}\}/g;

/** The variable names a text refers to, in order of first use. */
export function templateNames(text: string): string[] {
  return [...new Set([...text.matchAll(TEMPLATE)].map((match) => match[1]!))];
}

/**
 * Replaces `{{name}}` with the variable's value. Unknown names become empty text when a run
 * substitutes them, and stay as written in a design-time preview (`keepUnknown`).
 */
export function substituteTemplates(
  text: string,
  variables: Readonly<Record<string, string>>,
  keepUnknown = false,
): string {
  return text.replace(TEMPLATE, (whole, name: string) =>
    Object.hasOwn(variables, name) ? variables[name]! : keepUnknown ? whole : '',
  );
}
