import { status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legEvent } from './helpers/sample-events';
import { startTestListener } from './helpers/test-listener';
import type { TestListener } from './helpers/test-listener';
import { waitFor } from './helpers/wait-for';

let t: TestListener;

beforeAll(async () => {
  t = await startTestListener();
});

afterAll(async () => {
  await t.close();
});

/** The error a send failed with; fails the test if it succeeded. */
async function failure(send: Promise<unknown>): Promise<ServiceError> {
  const error = await send.then(
    () => undefined,
    (reason: ServiceError) => reason,
  );
  if (error === undefined) throw new Error('expected the call to fail');
  return error;
}

/** Checks that a good event still goes through, as it should after any bad one. */
async function stillServing(): Promise<void> {
  const good = legEvent('LEG-OK', 'leg_ringing', Math.floor(Math.random() * 1000));
  await t.client.send(good);
  await waitFor('a good event', () => t.sids().includes(good.event_sid as string));
}

describe('malformed events', () => {
  it('answers INVALID_ARGUMENT naming the missing field, and keeps serving', async () => {
    const { event_sid: _sid, ...withoutSid } = legEvent('LEG-M1', 'leg_ringing', 0);
    const error = await failure(t.client.send(withoutSid));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/^Malformed event: event_sid: /);
    await stillServing();
  });

  it('rejects an event without a timestamp or with impossible nanoseconds', async () => {
    const { event_timestamp: _time, ...withoutTime } = legEvent('LEG-M2', 'leg_ringing', 0);
    const missing = await failure(t.client.send(withoutTime));
    expect(missing.code).toBe(status.INVALID_ARGUMENT);
    expect(missing.details).toContain('event_timestamp');

    const bad = legEvent('LEG-M2', 'leg_ringing', 0, {});
    bad.event_timestamp = { seconds: 1_685_966_925, nanos: 2_000_000_000 };
    const wrong = await failure(t.client.send(bad));
    expect(wrong.code).toBe(status.INVALID_ARGUMENT);
    expect(wrong.details).toContain('event_timestamp');
    await stillServing();
  });

  it('answers INVALID_ARGUMENT to bytes that are not a message at all', async () => {
    // Field 4 (the timestamp) says 5 bytes follow; one does.
    const error = await failure(t.client.sendBytes(Buffer.from([0x22, 0x05, 0x08])));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/^Malformed event: /);
    expect(t.logger.lines.some((line) => line.message.includes('not a valid message'))).toBe(true);
    await stillServing();
  });

  it('does not let a rejected event block the same sid sent correctly later', async () => {
    const good = legEvent('LEG-M3', 'leg_ringing', 0);
    const { event_name: _name, ...broken } = good;
    await failure(t.client.send(broken));
    expect(await t.client.send(good)).toMatchObject({ duplicate: false });
  });
});

describe('unknown event names', () => {
  it('logs an unknown name once, and delivers every event carrying it', async () => {
    const first = legEvent('LEG-U1', 'leg_teleported', 0);
    const second = legEvent('LEG-U1', 'leg_teleported', 10);
    await t.client.send(first);
    await t.client.send(second);
    await waitFor('both events', () => t.sids().includes(second.event_sid as string));
    expect(t.sids()).toContain(first.event_sid);

    const warnings = t.logger.lines.filter(
      (line) => line.level === 'warn' && line.message.includes('"leg_teleported"'),
    );
    expect(warnings).toHaveLength(1);
  });

  it('folds an alias seen in samples into the name the app uses', async () => {
    const sent = legEvent('LEG-U2', 'leg_incoming', 0);
    await t.client.send(sent);
    await waitFor('the event', () => t.sids().includes(sent.event_sid as string));
    const got = t.received.find(({ event }) => event.event_sid === sent.event_sid);
    expect(got?.event.event_name).toBe('leg_incoming');
    expect(got?.info.name).toBe('incoming_leg');
  });
});
