import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legEvent } from './helpers/sample-events';
import { startTestListener } from './helpers/test-listener';
import type { TestListener } from './helpers/test-listener';
import { waitFor } from './helpers/wait-for';

let t: TestListener;

beforeAll(async () => {
  // A wide window, so a slow machine still gets every out-of-order event inside it.
  t = await startTestListener({ reorderWindowMs: 300 });
});

afterAll(async () => {
  await t.close();
});

const namesOf = (legSid: string) =>
  t.received
    .filter(({ event }) => event.event_data?.data?.leg_sid === legSid)
    .map(({ event }) => event.event_name);

describe('at-least-once, unordered delivery', () => {
  it('acknowledges a repeated event_sid but delivers it once', async () => {
    const first = legEvent('LEG-DUP', 'leg_ringing', 0);
    expect(await t.client.send(first)).toMatchObject({ duplicate: false });
    expect(await t.client.send(first)).toMatchObject({ duplicate: true });
    // A retry may even carry other content; the sid alone identifies the event.
    expect(await t.client.send({ ...first, event_name: 'leg_answered' })).toMatchObject({
      duplicate: true,
    });
    const marker = legEvent('LEG-DUP', 'leg_answered', 1000);
    await t.client.send(marker);

    await waitFor('the marker', () => t.sids().includes(marker.event_sid as string));
    expect(t.sids().filter((sid) => sid === first.event_sid)).toHaveLength(1);
    expect(namesOf('LEG-DUP')).toEqual(['leg_ringing', 'leg_answered']);
  });

  it("puts each leg's events in timestamp order", async () => {
    // Sent newest first, two legs interleaved, the second-level and nanosecond parts both mattering.
    const sends = [
      legEvent('LEG-O1', 'leg_terminated', 9_000),
      legEvent('LEG-O2', 'leg_answered', 2_500),
      legEvent('LEG-O1', 'leg_answered', 2_001),
      legEvent('LEG-O2', 'leg_ringing', 1_000),
      legEvent('LEG-O1', 'leg_ringing', 2_000),
      legEvent('LEG-O1', 'leg_connecting', 0),
    ];
    for (const event of sends) await t.client.send(event);

    await waitFor('all six', () => namesOf('LEG-O1').length + namesOf('LEG-O2').length === 6);
    expect(namesOf('LEG-O1')).toEqual([
      'leg_connecting',
      'leg_ringing',
      'leg_answered',
      'leg_terminated',
    ]);
    expect(namesOf('LEG-O2')).toEqual(['leg_ringing', 'leg_answered']);
    const infos = t.received.filter(({ event }) => event.event_data?.data?.leg_sid === 'LEG-O1');
    expect(infos.every(({ info }) => !info.late)).toBe(true);
  });

  it('still delivers an event too late to reorder, marked late', async () => {
    const newer = legEvent('LEG-LATE', 'leg_answered', 5_000);
    await t.client.send(newer);
    await waitFor('the newer event', () => t.sids().includes(newer.event_sid as string));

    const older = legEvent('LEG-LATE', 'leg_ringing', 1_000);
    await t.client.send(older);
    await waitFor('the older event', () => t.sids().includes(older.event_sid as string));
    expect(namesOf('LEG-LATE')).toEqual(['leg_answered', 'leg_ringing']);
    const info = t.received.find(({ event }) => event.event_sid === older.event_sid)?.info;
    expect(info?.late).toBe(true);
  });
});
