/**
 * The Legs API's paths, in one table so a user with a real account can correct one in one edit
 * (reference/legs-api.md). Every id is URL-encoded: a leg sid is data, never part of the path.
 */
export const legsApiPaths = {
  legs: (account: string) => `/v2/accounts/${segment(account)}/legs`,
  leg: (account: string, legSid: string) => `${legsApiPaths.legs(account)}/${segment(legSid)}`,
  legActions: (account: string, legSid: string) => `${legsApiPaths.leg(account, legSid)}/actions`,
  /** The reference is unsure whether this is `external_events` or `external-events`. */
  legEvents: (account: string, legSid: string) =>
    `${legsApiPaths.leg(account, legSid)}/external_events`,
  bridges: (account: string) => `/v2/accounts/${segment(account)}/bridges`,
  bridge: (account: string, bridgeSid: string) =>
    `${legsApiPaths.bridges(account)}/${segment(bridgeSid)}`,
  bridgeActions: (account: string, bridgeSid: string) =>
    `${legsApiPaths.bridge(account, bridgeSid)}/actions`,
  /** Served by the v3 host. */
  callLegs: (account: string, callSid: string) =>
    `/v3/accounts/${segment(account)}/calls/${segment(callSid)}/legs`,
} as const;

function segment(value: string): string {
  return encodeURIComponent(value);
}

/** Appends the query parameters that have a value. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
