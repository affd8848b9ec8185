import { lookup } from 'node:dns/promises';
import { connect, isIP } from 'node:net';
import { privateKindOf } from './private-address';
import type { PrivateKind } from './private-address';
import type { LiveProfile } from './settings-schema';

/** Whether the platform's events could reach an endpoint, in words a person can act on. */
export interface EndpointCheck {
  ok: boolean;
  message: string;
}

/** Whether something accepts a TCP connection at host:port within the time-out. */
export function reachable(host: string, port: number, timeoutMs = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** An event endpoint URL (grpc://, grpcs://, http://, https://) as written: host and port. */
function hostAndPort(endpoint: string): { host: string; port: number } {
  const url = new URL(endpoint.replace(/^grpcs?:/, 'http:'));
  const tls = /^(grpcs|https):/.test(endpoint);
  // An IPv6 host keeps its brackets in a URL; a socket wants it bare.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return { host, port: Number(url.port) || (tls ? 443 : 80) };
}

/**
 * The endpoint the platform is given for this profile's events (`leg_event_endpoint`): its public
 * event endpoint, else its listener's own address, as a live run would give it.
 */
export function platformEndpoint(profile: LiveProfile): string {
  if (profile.eventEndpoint) return profile.eventEndpoint;
  const { host, port } = profile.listener;
  return `grpc://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** host:port as a person writes it, with an IPv6 host in brackets. */
function shown(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Whether anything answers at the address from this machine, and what to do when nothing does. */
async function answersHere(
  host: string,
  port: number,
  connects: (host: string, port: number) => Promise<boolean>,
  whenSilent: string | undefined,
): Promise<EndpointCheck> {
  const address = shown(host, port);
  return (await connects(host, port))
    ? { ok: true, message: `The event endpoint ${address} answers from this machine.` }
    : {
        ok: false,
        message:
          `Nothing answers at ${address}. Start the listener (or the tunnel) and check the profile's event endpoint.` +
          (whenSilent ? ` ${whenSilent}` : ''),
      };
}

/** How {@link checkPlatformReach} looks, and what it adds when nothing answers. */
export interface ReachCheckOptions {
  probes?: ReachProbes;
  /** The platform is on this machine or its network (see isLocalPlatform). */
  platformIsLocal?: boolean;
  /** A sentence added when nothing answers: why that may be, and where to look again. */
  whenSilent?: string;
}

/** How the platform's reach is probed: the network by default, fakes in tests. */
export interface ReachProbes {
  /** Every address a host name resolves to. */
  resolve(host: string): Promise<string[]>;
  /** Whether something accepts a TCP connection at host:port. */
  connects(host: string, port: number): Promise<boolean>;
}

export const networkProbes: ReachProbes = {
  resolve: async (host) => (await lookup(host, { all: true })).map((found) => found.address),
  connects: (host, port) => reachable(host, port),
};

const WHERE: Record<PrivateKind, string> = {
  loopback: 'an address on this machine only',
  private: 'a private-network address',
  'link-local': 'a link-local address',
  unspecified: 'which is not an address anything can send to',
};

/**
 * Whether the platform could deliver events to the endpoint it is given (`leg_event_endpoint`).
 * The platform is out on the internet: an endpoint on a loopback, private or link-local address
 * cannot be reached from there, however well it answers here, so that is said plainly rather
 * than tested from this machine. Only a public endpoint is asked, with a TCP connection, whether
 * anything answers at it.
 */
export async function checkPlatformReach(
  eventEndpoint: string,
  { probes = networkProbes, platformIsLocal = false, whenSilent }: ReachCheckOptions = {},
): Promise<EndpointCheck> {
  const { host, port } = hostAndPort(eventEndpoint);
  const unreachable = (why: string): EndpointCheck => ({
    ok: false,
    message: `No listener reachable from the platform: ${why} Set a public event endpoint in the profile (a tunnel to the listener), unless the platform can reach this address.`,
  });
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await probes.resolve(host);
  } catch {
    return unreachable(`the event endpoint's host ${host} could not be resolved here.`);
  }
  const kinds = addresses.map(privateKindOf);
  // A platform on this machine or network (a stand-in, a proxy) does reach private addresses.
  if (!platformIsLocal && addresses.length > 0 && kinds.every((kind) => kind !== null)) {
    return unreachable(`events would go to ${shown(host, port)}, ${WHERE[kinds[0]!]}.`);
  }
  return answersHere(host, port, probes.connects, whenSilent);
}

/**
 * Whether the profile's platform is on this machine or its network (a custom base URL on a
 * loopback or private address, or `localhost`): a stand-in or a proxy, not Exotel's cloud.
 */
export function isLocalPlatform(profile: LiveProfile): boolean {
  if (profile.region !== 'custom' || !profile.baseUrl) return false;
  const host = new URL(profile.baseUrl).hostname.replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || privateKindOf(host) !== null;
}
