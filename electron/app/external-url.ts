/**
 * Whether a link may be handed to the user's browser. Only web pages qualify: `file:`,
 * `javascript:`, custom protocols and the like could run something on the user's machine.
 */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
