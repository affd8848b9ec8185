/** Lines of a stack trace, as Node prints them: what a user must never be shown. */
const STACK_LINE = /^\s+at .+(\.[cm]?[jt]s:\d+|\(node:|<anonymous>)/m;

/**
 * Fails unless `message` reads as written for a person: not empty, no stack trace, not a crash
 * report, not JavaScript's own words for a bug in our code.
 */
export function expectClearMessage(message: unknown): void {
  if (typeof message !== 'string' || message.trim() === '') {
    throw new Error(`expected a message, got ${JSON.stringify(message)}`);
  }
  const bad = [
    STACK_LINE,
    /This is a bug/i,
    /\b(TypeError|ReferenceError|RangeError)\b/,
    /Cannot read propert(y|ies) of/,
    /is not a function/,
    /Maximum call stack/,
    /\[object Object\]/,
  ].find((pattern) => pattern.test(message));
  if (bad) throw new Error(`message ${bad} should not reach a user:\n${message.slice(0, 2_000)}`);
}
