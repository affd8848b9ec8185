/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Replaces every occurrence of each secret in `text` with `[redacted]`. Longer secrets go first,
 * so a secret that contains another (the Basic auth value contains the token's encoding) is
 * removed whole. Empty secrets are ignored: replacing "" would change nothing but the meaning.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const sorted = secrets.filter((secret) => secret.length > 0).sort((a, b) => b.length - a.length);
  let result = text;
  for (const secret of sorted) {
    result = result.split(secret).join(REDACTED);
  }
  return result;
}

/**
 * The forms in which an API token could leak: as is, URL-encoded, and inside the Basic auth value
 * (with and without its scheme) that is built from it.
 */
export function secretsOf(apiKey: string, apiToken: string): string[] {
  if (apiToken.length === 0) return [];
  const basic = Buffer.from(`${apiKey}:${apiToken}`).toString('base64');
  return [apiToken, encodeURIComponent(apiToken), basic, `Basic ${basic}`];
}
