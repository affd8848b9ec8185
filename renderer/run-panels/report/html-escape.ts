import { escapeAttribute } from '../../../shared/exoml';

/**
 * Escapes a text for an HTML report, in element content and quoted attribute values alike: the
 * ExoML escape (`&`, `<`, `>`, both quotes, and the control characters XML cannot carry), which
 * is also safe HTML. Every text from a flow or a run goes through it, as flows come from anyone.
 */
export function escapeHtml(text: string): string {
  return escapeAttribute(text);
}
