import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LEGS_API, pathOf, patternOf } from '../../../../shared/api/legs-api-paths';
import type { PathParamName } from '../../../../shared/api/legs-api-paths';
import { requestLine } from '../../../../electron/legs-api/api-paths';
import { bridgeRoutes } from '../../../../electron/simulator/api/bridge-routes';
import { callRoutes } from '../../../../electron/simulator/api/call-routes';
import { legRoutes } from '../../../../electron/simulator/api/leg-routes';

/**
 * The client's URLs and the simulator's routes come from one table, shared/api/legs-api-paths.ts
 * (issue 16, point 7): a path corrected there is corrected on both sides.
 */
const ROUTES = [...legRoutes, ...bridgeRoutes, ...callRoutes];

/** Sids with characters a path must encode, so a match proves the encoding round-trips. */
const SAMPLE: Record<string, string> = {
  accountSid: 'acc/1 x',
  legSid: 'LEG?1#',
  bridgeSid: 'BR%2',
  callSid: 'CALL 3',
};

function sampleParams(path: string): Record<string, string> {
  return Object.fromEntries(patternOf(path).names.map((name) => [name, SAMPLE[name]!]));
}

describe('the Legs API table', () => {
  it.each(Object.entries(LEGS_API))(
    '%s: the client path is matched by exactly one simulator route, which reads its params back',
    (_, endpoint) => {
      const params = sampleParams(endpoint.path);
      const line = requestLine(endpoint, params as never);
      const matching = ROUTES.filter(
        (route) => route.method === line.method && route.pattern.test(line.path),
      );
      expect(matching.map((route) => route.path)).toEqual([endpoint.path]);
      const route = matching[0]!;
      expect(route.version).toBe(line.version);
      const values = route.pattern.exec(line.path)!.slice(1).map(decodeURIComponent);
      expect(Object.fromEntries(route.names.map((name, i) => [name, values[i]]))).toEqual(params);
    },
  );

  it('gives the simulator no route of its own: each is a path or an alias in the table', () => {
    const table = Object.values(LEGS_API).flatMap((endpoint) =>
      [endpoint.path, ...('aliases' in endpoint ? endpoint.aliases : [])].map(
        (path) => `${endpoint.method} ${path}`,
      ),
    );
    expect(ROUTES.map((route) => `${route.method} ${route.path}`).sort()).toEqual(table.sort());
  });

  it('answers the alias the reference is unsure of, at the same endpoint', () => {
    const hyphen = pathOf(LEGS_API.legEvents, { accountSid: 'A', legSid: 'L' }).replace(
      'external_events',
      'external-events',
    );
    const matching = ROUTES.filter((route) => route.method === 'GET' && route.pattern.test(hyphen));
    expect(matching).toHaveLength(1);
    expect(matching[0]!.handle).toBe(
      ROUTES.find((r) => r.path === LEGS_API.legEvents.path)!.handle,
    );
  });

  it('builds the documented paths, the v3 one for the v3 host', () => {
    expect(
      requestLine(LEGS_API.getLeg, { accountSid: 'A', legSid: 'L/1' }, { fields: 'x' }),
    ).toEqual({ method: 'GET', path: '/v2/accounts/A/legs/L%2F1?fields=x', version: 'v2' });
    expect(requestLine(LEGS_API.stopBridge, { accountSid: 'A', bridgeSid: 'B' })).toEqual({
      method: 'PUT',
      path: '/v2/accounts/A/bridges/B',
      version: 'v2',
    });
    expect(requestLine(LEGS_API.callLegs, { accountSid: 'A', callSid: 'C' })).toEqual({
      method: 'GET',
      path: '/v3/accounts/A/calls/C/legs',
      version: 'v3',
    });
  });

  it('types each endpoint’s params from its path, so a missing sid does not compile', () => {
    expectTypeOf<PathParamName<typeof LEGS_API.bridgeAction.path>>().toEqualTypeOf<
      'accountSid' | 'bridgeSid'
    >();
    expectTypeOf<PathParamName<typeof LEGS_API.createLeg.path>>().toEqualTypeOf<'accountSid'>();
  });

  it('is the only place the client and the simulator spell an API path', () => {
    const dirs = ['electron/legs-api', 'electron/simulator/api'];
    const spelt = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.ts'))
        .flatMap((name) => {
          const code = readFileSync(join(dir, name), 'utf8')
            .split('\n')
            .filter((line) => !/^\s*(\*|\/\/|\/\*|import )/.test(line));
          return code
            .filter((line) => /['"`]\/v[23]\/|\/:[a-z]+Sid\b|external[_-]events['"`]/.test(line))
            .map((line) => `${dir}/${name}: ${line.trim()}`);
        }),
    );
    expect(spelt).toEqual([]);
  });
});
