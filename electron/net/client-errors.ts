import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Answers requests Node's HTTP parser refuses before any handler sees them (a method it does not
 * know, a target that is not a path, headers over 16 KB) with a reason in the server's own form,
 * not Node's bare `400 Bad Request` with no body.
 */
export function answerClientErrors(server: Server, form: 'json' | 'text'): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const [status, reason] = tooLarge
      ? [431, 'Request Header Fields Too Large']
      : [400, 'Bad Request'];
    const message = tooLarge
      ? 'The request headers are too large.'
      : 'The request is not one HTTP can read: check its method and path.';
    const body = form === 'json' ? JSON.stringify({ error: message }) : message;
    const type = form === 'json' ? 'application/json' : 'text/plain';
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${type}; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
