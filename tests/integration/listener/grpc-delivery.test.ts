import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordRunEvents } from '../../../electron/listener';
import { readRunLog } from '../../../electron/storage/run-log-reader';
import { openRunLog } from '../../../electron/storage/run-log-writer';
import type { LegEvent } from '../../../shared/events';
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

describe('delivering events over gRPC', () => {
  it('acknowledges an event and hands it to an "all" subscriber, parsed', async () => {
    const sent = legEvent('LEG-A1', 'leg_answered', 500, {
      state: 'connected',
      answered_by: 'HUMAN',
    });
    const reply = await t.client.send(sent);
    expect(reply).toEqual({ event_sid: sent.event_sid, duplicate: false });

    await waitFor('the event', () => t.sids().includes(sent.event_sid as string));
    const got = t.received.find(({ event }) => event.event_sid === sent.event_sid);
    expect(got?.event).toMatchObject({
      event_name: 'leg_answered',
      event_type: 'leg_lifecycle_event',
      event_timestamp: { seconds: 1_685_966_925, nanos: 500_000_000 },
      event_data: { data: { leg_sid: 'LEG-A1', answered_by: 'HUMAN', time_limit: 14400 } },
    });
    expect(got?.info).toMatchObject({ via: 'grpc', name: 'leg_answered', late: false });
    expect(got?.info.runId).toBeUndefined();
  });

  it('carries the top-level data some samples use, and the error of a failed leg', async () => {
    const sent = {
      event_sid: 'EV-TOP-LEVEL-DATA',
      event_type: 'leg_lifecycle_event',
      event_name: 'leg_failed_to_create',
      event_timestamp: { seconds: 1_685_966_930, nanos: 0 },
      data: { leg_sid: 'LEG-TOP', state: 'terminal', terminal_status: 'failed' },
      event_data: { error: { error_code: 10743, message: 'Invalid number', description: 'x' } },
    };
    await t.client.send(sent);
    await waitFor('the event', () => t.sids().includes(sent.event_sid));
    const got = t.received.find(({ event }) => event.event_sid === sent.event_sid)?.event;
    expect(got?.data).toEqual({ leg_sid: 'LEG-TOP', state: 'terminal', terminal_status: 'failed' });
    expect(got?.event_data?.error).toEqual({
      error_code: 10743,
      message: 'Invalid number',
      description: 'x',
    });
  });

  it('gives a leg subscriber only that leg, and stops when it unsubscribes', async () => {
    const mine: string[] = [];
    const stop = t.listener.subscribe({ legSid: 'LEG-B1' }, (event) => {
      mine.push(event.event_sid);
    });
    const ours = legEvent('LEG-B1', 'leg_ringing', 100);
    const theirs = legEvent('LEG-B2', 'leg_ringing', 100);
    await Promise.all([t.client.send(ours), t.client.send(theirs)]);
    await waitFor('both events', () => t.sids().includes(theirs.event_sid as string));
    await waitFor('our event', () => mine.length === 1);
    expect(mine).toEqual([ours.event_sid]);

    stop();
    const after = legEvent('LEG-B1', 'leg_answered', 200);
    await t.client.send(after);
    await waitFor('the later event', () => t.sids().includes(after.event_sid as string));
    expect(mine).toEqual([ours.event_sid]);
  });

  it('gives a run subscriber the events of its legs, also those from before the assignment', async () => {
    const runEvents: Array<{ sid: string; runId?: string }> = [];
    t.listener.subscribe({ runId: 'run-1' }, (event, info) => {
      runEvents.push({ sid: event.event_sid, runId: info.runId });
    });
    // The platform may report a leg before the create-leg reply gives the runner its sid.
    const early = legEvent('LEG-C1', 'leg_connecting', 0);
    await t.client.send(early);
    await waitFor('the early event', () => t.sids().includes(early.event_sid as string));
    expect(runEvents).toEqual([]);

    t.listener.assignLeg('LEG-C1', 'run-1');
    expect(runEvents).toEqual([{ sid: early.event_sid, runId: 'run-1' }]);

    const later = legEvent('LEG-C1', 'leg_ringing', 100);
    const otherLeg = legEvent('LEG-C2', 'leg_ringing', 100);
    await Promise.all([t.client.send(later), t.client.send(otherLeg)]);
    await waitFor('both events', () => t.sids().includes(otherLeg.event_sid as string));
    await waitFor('the run event', () => runEvents.length === 2);
    expect(runEvents[1]).toEqual({ sid: later.event_sid, runId: 'run-1' });
    expect(t.received.find(({ event }) => event.event_sid === later.event_sid)?.info.runId).toBe(
      'run-1',
    );
  });

  it('keeps delivering to others when a subscriber throws, and logs it', async () => {
    const stop = t.listener.subscribe({ legSid: 'LEG-D1' }, () => {
      throw new Error('subscriber bug');
    });
    const stopAsync = t.listener.subscribe({ legSid: 'LEG-D1' }, () =>
      Promise.reject(new Error('async subscriber bug')),
    );
    const sent = legEvent('LEG-D1', 'leg_ringing', 0);
    await t.client.send(sent);
    await waitFor('the event', () => t.sids().includes(sent.event_sid as string));
    await waitFor(
      'two logged failures',
      () =>
        t.logger.lines.filter((line) => line.message === 'An event subscriber failed').length >= 2,
    );
    const errors = t.logger.lines.filter((line) => line.level === 'error');
    expect(errors.map((line) => line.details?.error)).toEqual(
      expect.arrayContaining(['subscriber bug', 'async subscriber bug']),
    );
    stop();
    stopAsync();
  });

  it("writes a run's events to its log", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'legflow-listener-log-'));
    try {
      const log = await openRunLog(folder, 'run-log-1');
      const stop = recordRunEvents(t.listener, 'run-log-1', log, t.logger);
      t.listener.assignLeg('LEG-E1', 'run-log-1');
      const events = [legEvent('LEG-E1', 'leg_ringing', 0), legEvent('LEG-E1', 'leg_answered', 10)];
      for (const event of events) await t.client.send(event);
      await waitFor('both events', () => t.sids().includes(events[1]?.event_sid as string));
      stop();
      await log.close();

      const contents = await readRunLog(log.path);
      expect(contents.skipped).toEqual([]);
      expect(contents.tornLastLine).toBeUndefined();
      expect(contents.entries.map((entry) => entry.type)).toEqual(['event', 'event']);
      const logged = contents.entries.map((entry) => (entry as { event: LegEvent }).event);
      expect(logged.map((event) => event.event_sid)).toEqual(events.map((e) => e.event_sid));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
