import { jsonText } from '../../../unit/fuzz/fuzz-inputs';
import { basic, encode, wirePath } from './raw-http';
import type { Reply } from './raw-http';
import { EXOPHONE, validFor } from './simulator-request-plans';
import type { Plan, Segment, SimTarget } from './simulator-request-plans';

/** A segment as sent: its text, or the sid it picks from `pool` (made up when there is none). */
function fill(part: Segment, pool: readonly string[]): string {
  if ('text' in part) return part.text;
  return pool.length === 0 ? 'none' : pool[part.pick % pool.length]!;
}

/** The request a plan makes, with the sids it names picked from `target`'s. */
export function build(
  p: Plan,
  target: SimTarget,
): {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
} {
  const { sim, legSids, bridgeSids } = target;
  let method: string;
  let path: string;
  if (typeof p.route === 'object') {
    method = p.method ?? 'GET';
    path = p.route.raw;
  } else {
    const [routeMethod, area, rest] = p.route.split(' ') as [string, string, string];
    method = p.method ?? routeMethod;
    const id = rest.includes(':bridge')
      ? fill(p.id, bridgeSids)
      : rest.includes(':leg')
        ? fill(p.id, legSids)
        : fill(p.id, ['09999999999', EXOPHONE, 'x.wav']);
    const tail = rest.replace(/:leg|:bridge|:text/, encode(id));
    if (area === 'sim') path = `/_sim${tail ? `/${tail}` : ''}`;
    else {
      const account = fill(p.account, [sim.account.sid]);
      path = `/${area}/accounts/${encode(account)}/${tail}`;
    }
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of p.extraHeaders) headers[name] = value;
  if (p.contentType !== null) headers['content-type'] = p.contentType;
  if (p.auth === 'right') headers.authorization = basic(sim.account.key, sim.account.token);
  if (p.auth === 'wrong') headers.authorization = basic(sim.account.key, 'wrong');
  if (p.auth === 'odd') headers.authorization = 'Basic %%%';
  if (p.origin !== null) headers.origin = p.origin;
  const valid = validFor(p.route, target);
  const body =
    p.body.kind === 'none'
      ? undefined
      : p.body.kind === 'valid'
        ? Buffer.from(JSON.stringify(valid))
        : p.body.kind === 'mutated'
          ? Buffer.from(jsonText(p.body.value))
          : p.body.kind === 'json'
            ? Buffer.from(jsonText(p.body.value))
            : p.body.kind === 'exoml'
              ? Buffer.from(JSON.stringify({ exoml: p.body.text }))
              : p.body.kind === 'text'
                ? Buffer.from(p.body.text)
                : Buffer.from(p.body.bytes);
  return { method, path: wirePath(path + p.query), headers, ...(body ? { body } : {}) };
}

/** Remembers the sids a successful create answered with, for later requests to name. */
export function remember(reply: Reply, { legSids, bridgeSids }: SimTarget): void {
  if (reply.status !== 202 && reply.status !== 200 && reply.status !== 201) return;
  try {
    const data = JSON.parse(reply.body.toString())?.response?.data;
    if (typeof data?.leg_sid === 'string' && !legSids.includes(data.leg_sid))
      legSids.push(data.leg_sid);
    if (typeof data?.bridge_sid === 'string' && !bridgeSids.includes(data.bridge_sid))
      bridgeSids.push(data.bridge_sid);
  } catch {
    // Not every reply carries one.
  }
}
