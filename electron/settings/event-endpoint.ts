import { connect } from 'node:net';
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

/**
 * An event endpoint URL (grpc://, grpcs://, http://, https://) as host and port. A listener on
 * every interface (0.0.0.0) is asked for on loopback, where it also answers.
 */
export function endpointOfUrl(endpoint: string): { host: string; port: number } {
  const url = new URL(endpoint.replace(/^grpcs?:/, 'http:'));
  const tls = /^(grpcs|https):/.test(endpoint);
  const host = url.hostname === '0.0.0.0' ? '127.0.0.1' : url.hostname;
  return { host, port: Number(url.port) || (tls ? 443 : 80) };
}

/** Where the platform sends events for this profile: its public endpoint, else its listener. */
export function endpointAddress(profile: LiveProfile): { host: string; port: number } {
  if (profile.eventEndpoint) return endpointOfUrl(profile.eventEndpoint);
  return {
    host: profile.listener.host === '0.0.0.0' ? '127.0.0.1' : profile.listener.host,
    port: profile.listener.port,
  };
}

/** Asks whether anything answers at the address, and says what to do when nothing does. */
export async function checkEndpoint(address: {
  host: string;
  port: number;
}): Promise<EndpointCheck> {
  const { host, port } = address;
  return (await reachable(host, port))
    ? { ok: true, message: `The event endpoint ${host}:${port} answers from this machine.` }
    : {
        ok: false,
        message: `Nothing answers at ${host}:${port}. Start the listener (or the tunnel) and check the profile's event endpoint.`,
      };
}
