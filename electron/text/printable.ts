/**
 * Text from the network (an event's name, a reply's message) can hold terminal escape codes that
 * recolour, move the cursor or retitle the terminal it is printed on. Anything printed that came
 * from outside goes through these, which show control characters as `\u001b`-style escapes.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

const escape = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line: every control character escaped, line breaks and tabs too. */
export function printableLine(text: string): string {
  return text.replace(CONTROL, escape);
}

/** Text that may span lines: control characters escaped, but `\n` and `\t` kept. */
export function printableText(text: string): string {
  return text.replace(CONTROL_BUT_LINE_BREAKS, escape);
}
