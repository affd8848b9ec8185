import { createServer } from 'node:net';

/**
 * Asks the operating system for a port that is free on `host` right now, by binding port 0 and
 * releasing it. Another process may take it before the caller binds it, so use it as advice
 * (e.g. in an error message), not as a reservation.
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen({ host, port: 0 }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
