import { parseArgs } from 'node:util';
import { startListener } from '../../listener';
import type { ListenerLogger } from '../../listener';
import { printableLine } from '../../text/printable';
import { CliError } from '../cli-error';
import { formatEventJson, formatEventLine } from './format-event';
import { parsePort } from './port-option';
import { waitForInterrupt } from './wait-for-interrupt';

export const LISTEN_USAGE =
  'legflow listen [--host H] [--port P] [--http-port P] [--tls-cert F --tls-key F] [--json]';

/** A notice on one line of stderr, its details as JSON, nothing in it able to drive the terminal. */
function writeNotice(message: string, details?: Record<string, unknown>): void {
  const extra = details && Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : '';
  process.stderr.write(`legflow listen: ${printableLine(message + extra)}\n`);
}

/** Notices go to stderr so that stdout carries only events, one a line. */
const stderrLogger: ListenerLogger = {
  debug() {},
  info: (message, details) => writeNotice(message, details),
  warn: (message, details) => writeNotice(message, details),
  error: (message, details) => writeNotice(message, details),
};

/**
 * An event inspector for people wiring their own account: it serves the event endpoint and
 * prints every event it receives until interrupted.
 */
export async function listenCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '9001' },
      'http-port': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const certFile = values['tls-cert'];
  const keyFile = values['tls-key'];
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new CliError('TLS needs both --tls-cert and --tls-key.');
  }
  const httpPort = values['http-port'];
  let listener;
  try {
    listener = await startListener(
      {
        host: values.host,
        port: parsePort(values.port),
        ...(certFile && keyFile ? { tls: { certFile, keyFile } } : {}),
        ...(httpPort !== undefined ? { http: { port: parsePort(httpPort, '--http-port') } } : {}),
      },
      { logger: stderrLogger },
    );
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message);
  }
  const scheme = certFile ? 'grpcs' : 'grpc';
  process.stderr.write(`Listening for leg events on ${scheme}://${listener.grpc.address}`);
  process.stderr.write(listener.http ? ` and ${listener.http.url}` : '');
  process.stderr.write('. Press Ctrl+C to stop.\n');
  listener.subscribe('all', (event, info) =>
    out(values.json ? formatEventJson(event, info) : formatEventLine(event, info)),
  );
  await waitForInterrupt();
  await listener.close();
  return 0;
}
