/** A reply as it came off the wire: status, headers and parsed JSON body. */
export interface RawReply {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at any field
}

/** Credentials for Basic auth, or none. */
export interface BasicCredentials {
  key: string;
  token: string;
}

/**
 * The plainest HTTP client there is (fetch), for checking the exact envelope, status and headers
 * the simulator writes, including replies a typed client would reject.
 */
export function rawApi(baseUrl: string, credentials: BasicCredentials | undefined) {
  return async function call(
    method: string,
    path: string,
    body?: unknown,
    options: { credentials?: BasicCredentials | null; rawBody?: string } = {},
  ): Promise<RawReply> {
    const auth = options.credentials === undefined ? credentials : options.credentials;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth) {
      headers.authorization = `Basic ${Buffer.from(`${auth.key}:${auth.token}`).toString('base64')}`;
    }
    const payload = options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    const response = await fetch(baseUrl + path, { method, headers, body: payload });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: response.headers,
      body: type.includes('json') && text !== '' ? JSON.parse(text) : text,
    };
  };
}

export type RawApi = ReturnType<typeof rawApi>;
