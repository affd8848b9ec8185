/**
 * Where Exotel's Legs API lives (reference/legs-api.md, "Base URLs and auth"). The v2 host serves
 * legs, actions and bridges; the v3 host serves call legs. Any other base URL (the simulator, a
 * staging host) serves both unless told otherwise.
 */
export const LEGS_API_REGIONS = {
  mumbai: {
    label: 'Mumbai (India)',
    baseUrl: 'https://cpaas-api.in.exotel.com',
    v3BaseUrl: 'https://ccm-api.in.exotel.com',
  },
  singapore: {
    label: 'Singapore',
    baseUrl: 'https://cpaas-api.exotel.com',
    v3BaseUrl: 'https://ccm-api.exotel.com',
  },
} as const;

/** A region preset's key. */
export type LegsApiRegion = keyof typeof LEGS_API_REGIONS;

/**
 * The v3 base URL that goes with `baseUrl`: the region's v3 host for a preset, otherwise the same
 * URL, since the simulator answers both APIs on one port.
 */
export function defaultV3BaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  const preset = Object.values(LEGS_API_REGIONS).find((region) => region.baseUrl === trimmed);
  return preset ? preset.v3BaseUrl : trimmed;
}
