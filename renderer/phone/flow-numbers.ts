import type { FlowDocument } from '../../shared/flow/flow-document';

/**
 * The numbers the flow dials as written (Outbound call's `contact_uri`), without templates a run
 * fills in later: the ones worth offering to ring on the virtual phone.
 */
export function numbersDialledBy(flow: Pick<FlowDocument, 'nodes'>): string[] {
  const numbers = flow.nodes
    .filter((node) => node.kind === 'outbound-call')
    .map((node) => String(node.params.contact_uri ?? '').trim())
    .filter((number) => number !== '' && !number.includes('{{'));
  return [...new Set(numbers)];
}

/** Whether two spellings name one number (`09163816621`, `+919163816621`); SIP URIs by text. */
export function sameNumber(a: string, b: string): boolean {
  const digits = (value: string) => value.replace(/\D/g, '');
  if (a.includes('@') || b.includes('@')) return a.trim().toLowerCase() === b.trim().toLowerCase();
  const [x, y] = [digits(a), digits(b)];
  return x.length >= 10 && y.length >= 10 ? x.slice(-10) === y.slice(-10) : x === y;
}
