import type { RunPlatform } from '../runner';

/**
 * The platform as one live run sees it: the same account, listener and clock, but an API that
 * refuses to create a leg to any number the person did not confirm before the run started. The
 * consent check looks at the flow as planned; this catches what the plan could not see, such as
 * a Set variable node that changes a number's variable on the way.
 */
export function dialOnlyConfirmed(
  platform: RunPlatform,
  confirmed: readonly string[],
): RunPlatform {
  const allowed = new Set(confirmed);
  const { api } = platform;
  return {
    ...platform,
    // Bound calls, not a spread: a client's methods need not be its own properties.
    api: {
      legAction: (...args) => api.legAction(...args),
      createBridge: (...args) => api.createBridge(...args),
      getLeg: (...args) => api.getLeg(...args),
      createLeg: async (request) => {
        // The runner leaves an empty parameter out; the plan shows it as the empty number.
        const number = request.contact_uri ?? '';
        if (!allowed.has(number)) {
          throw new Error(
            `Refused to dial ${number || 'an empty number'}: a live run dials only the numbers confirmed before it started.`,
          );
        }
        return api.createLeg(request);
      },
    },
  };
}
