import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies larger than this are refused (413); ExoML actions are small. */
export const MAX_BODY_BYTES = 1_048_576;

/** The body as text, or undefined when over {@link MAX_BODY_BYTES} (the rest is read and dropped). */
export function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Writes a JSON reply. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** Parses a JSON body; `undefined` for an empty one, a `SyntaxError` for a broken one. */
export function parseJsonBody(text: string): unknown {
  return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
}
