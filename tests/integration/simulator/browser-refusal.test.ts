import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../electron/simulator';
import type { RunningSimulator } from '../../../electron/simulator';

/** One request with exactly the headers given (fetch would add or forbid some). */
function send(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: url.hostname, port: url.port, method, path: url.pathname, headers },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const CALL = JSON.stringify({ from: '09811122233', exophone: '08047112233' });
const ENDPOINT = { endpoint: 'grpc://127.0.0.1:9' };
const TOKEN = 'a-token-only-the-app-knows-1234';

describe('what a web page could send cross-site, the simulator refuses', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({
      speed: 'instant',
      incomingEndpoints: { '08047112233': ENDPOINT.endpoint },
    });
  });
  afterAll(() => sim.close());

  it('refuses a call placed with a text/plain body (a no-cors fetch), and places none', async () => {
    const reply = await send(
      sim.baseUrl,
      'POST',
      '/_sim/calls',
      { 'content-type': 'text/plain' },
      CALL,
    );
    expect(reply.status).toBe(415);
    expect(JSON.parse(reply.body).error).toContain('Content-Type: application/json');
    expect(sim.control.listLegs()).toEqual([]);
  });

  it('refuses form bodies and bodies with no content type', async () => {
    const typed: Array<Record<string, string>> = [
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'multipart/form-data; boundary=x' },
      {},
    ];
    for (const headers of typed) {
      expect((await send(sim.baseUrl, 'POST', '/_sim/calls', headers, CALL)).status).toBe(415);
    }
    expect(sim.control.listLegs()).toEqual([]);
  });

  it('refuses any request that names an Origin, even with a JSON body', async () => {
    const headers = { 'content-type': 'application/json', origin: 'https://evil.example' };
    const reply = await send(sim.baseUrl, 'POST', '/_sim/calls', headers, CALL);
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toContain('Origin "https://evil.example"');
    const read = await send(sim.baseUrl, 'GET', '/_sim/legs', { origin: 'null' });
    expect(read.status).toBe(403);
    expect(sim.control.listLegs()).toEqual([]);
  });

  it('refuses a Host that is not its own (DNS rebinding)', async () => {
    const reply = await send(sim.baseUrl, 'GET', '/_sim/legs', { host: 'rebound.evil.example:80' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toContain(
      '"rebound.evil.example" is not a name of this server',
    );
  });

  it('refuses the platform API the same way', async () => {
    const path = `/v2/accounts/${sim.account.sid}/legs`;
    const reply = await send(sim.baseUrl, 'POST', path, { 'content-type': 'text/plain' }, '{}');
    expect(reply.status).toBe(415);
  });

  it('serves what a program sends: JSON, localhost, no Origin', async () => {
    const json = { 'content-type': 'application/json; charset=utf-8' };
    const placed = await send(sim.baseUrl, 'POST', '/_sim/calls', json, CALL);
    expect(placed.status).toBe(201);
    const legSid = JSON.parse(placed.body).legSid as string;
    // A bodyless POST (curl -X POST) needs no content type.
    expect((await send(sim.baseUrl, 'POST', `/_sim/legs/${legSid}/hangup`, {})).status).toBe(200);
    const byName = { host: `localhost:${new URL(sim.baseUrl).port}` };
    expect((await send(sim.baseUrl, 'GET', '/_sim', byName)).status).toBe(200);
  });
});

/** Bytes as they are, for requests Node's own client would not send. */
function sendRaw(baseUrl: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

describe('requests HTTP itself refuses', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ speed: 'instant' });
  });
  afterAll(() => sim.close());

  it('answers an unknown method or a target that is not a path with a reason in JSON', async () => {
    for (const line of ['A /_sim HTTP/1.1', 'get /_sim HTTP/1.1', 'GET ?= HTTP/1.1']) {
      const reply = await sendRaw(sim.baseUrl, `${line}\r\nHost: 127.0.0.1\r\n\r\n`);
      expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(reply).toContain('Content-Type: application/json');
      expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)).error).toContain('HTTP');
    }
    // It keeps serving.
    expect((await send(sim.baseUrl, 'GET', '/_sim', {})).status).toBe(200);
  });
});

describe('a simulator inside the app', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({
      speed: 'instant',
      controlToken: TOKEN,
      incomingEndpoints: { '08047112233': ENDPOINT.endpoint },
    });
  });
  afterAll(() => sim.close());

  it('needs its token for the control API', async () => {
    const json = { 'content-type': 'application/json' };
    const refused = await send(sim.baseUrl, 'POST', '/_sim/calls', json, CALL);
    expect(refused.status).toBe(401);
    expect(refused.body).not.toContain(TOKEN);
    const wrong = { ...json, authorization: 'Bearer a-guess-of-the-token-000' };
    expect((await send(sim.baseUrl, 'POST', '/_sim/calls', wrong, CALL)).status).toBe(401);
    expect(sim.control.listLegs()).toEqual([]);
    const right = { ...json, authorization: `Bearer ${TOKEN}` };
    expect((await send(sim.baseUrl, 'POST', '/_sim/calls', right, CALL)).status).toBe(201);
  });

  it('leaves recordings open (a flow hands their URLs out)', async () => {
    const reply = await send(sim.baseUrl, 'GET', '/_sim/recordings/RE_none.wav', {});
    expect(reply.status).toBe(404);
  });
});
