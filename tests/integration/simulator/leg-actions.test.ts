import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventData } from '../../../shared/events';
import type { LegEvent } from '../../../shared/events';
import { answeredLeg } from './helpers/answered-leg';
import { startSimHarness } from './helpers/sim-harness';
import type { SimHarness } from './helpers/sim-harness';

let h: SimHarness;

beforeAll(async () => {
  h = await startSimHarness();
});

afterAll(async () => {
  await h.close();
});

const named = (events: LegEvent[], name: string) => events.filter((e) => e.event_name === name);
const after = (legSid: string, first: string) => {
  const names = h.namesOf(legSid);
  return names.slice(names.indexOf(first));
};

describe('recording, hold, mute, streams, monitoring', () => {
  it('a recording has a sid, then a URL where a file is served', async () => {
    const legSid = await answeredLeg(h);
    await h.act(
      legSid,
      '<Flow><StartRecording direction="both" format="wav" storageType="s3"/></Flow>',
    );
    const started = await h.waitForEvent(legSid, 'recording_started');
    const recordingSid = eventData(started).recording_sid as string;
    expect(recordingSid).toMatch(/00000$/);
    const info = await h.api('GET', `${h.v2}/legs/${legSid}?fields=additional_info`);
    expect(info.body.response.data.additional_info.recording_status).toBe('recording');
    await h.act(legSid, '<Flow><StopRecording/></Flow>');
    const available = await h.waitForEvent(legSid, 'recording_available');
    expect(h.namesOf(legSid).slice(-2)).toEqual(['recording_stopped', 'recording_available']);
    expect(eventData(available).recording_sid).toBe(recordingSid);
    const url = String(eventData(available).url);
    expect(url).toBe(`${h.sim.baseUrl}/_sim/recordings/${recordingSid}.wav`);
    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('audio/wav');
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('RIFF');
  });

  it('hold, unhold, mute and unmute change the leg and say so', async () => {
    const legSid = await answeredLeg(h);
    await h.act(legSid, '<Flow><Hold/></Flow>');
    await h.act(legSid, '<Flow><Mute direction="both"/></Flow>');
    await h.waitForEvent(legSid, 'mute_success');
    const info = await h.api('GET', `${h.v2}/legs/${legSid}?fields=additional_info`);
    expect(info.body.response.data.additional_info).toMatchObject({
      hold_status: 'on_hold',
      mute_status: 'both',
    });
    await h.act(legSid, '<Flow><UnHold/></Flow>');
    await h.act(legSid, '<Flow><UnMute direction="in"/></Flow>');
    await h.waitForEvent(legSid, 'unmute_success');
    expect(after(legSid, 'hold_success')).toEqual([
      'hold_success',
      'mute_success',
      'unhold_success',
      'unmute_success',
    ]);
    const later = await h.api('GET', `${h.v2}/legs/${legSid}?fields=additional_info`);
    expect(later.body.response.data.additional_info).toMatchObject({
      hold_status: 'not_on_hold',
      mute_status: 'out',
    });
  });

  it('a stream is initiated, started and stopped', async () => {
    const legSid = await answeredLeg(h);
    const url = 'wss://bot.example.com/stream';
    await h.act(
      legSid,
      `<Flow><StartStream streamType="unidirectional" streamUrl="${url}"/></Flow>`,
    );
    const started = await h.waitForEvent(legSid, 'stream_started');
    const initiated = named(h.eventsOf(legSid), 'stream_initiated')[0]!;
    expect(eventData(initiated)).toMatchObject({ stream_type: 'unidirectional', stream_url: url });
    expect(eventData(started).stream_sid).toBe(eventData(initiated).stream_sid);
    await h.act(legSid, '<Flow><StopStream/></Flow>');
    expect(eventData(await h.waitForEvent(legSid, 'stream_stopped')).stream_sid).toBe(
      eventData(initiated).stream_sid,
    );
  });

  it('monitoring shows in the leg; the event table names no monitoring events', async () => {
    const agent = await answeredLeg(h);
    const supervisor = await answeredLeg(h);
    const reply = await h.act(
      agent,
      `<Flow><StartMonitoring monitoringLegSid="${supervisor}" rxAudio="enabled"/></Flow>`,
    );
    expect(reply.status).toBe(202);
    const info = await h.api('GET', `${h.v2}/legs/${agent}?fields=additional_info`);
    expect(info.body.response.data.additional_info.monitoring_status).toBe('enabled');
    expect((await h.act(agent, '<Flow><StopMonitoring/></Flow>')).status).toBe(202);
    expect((await h.act(agent, '<Flow><StopMonitoring/></Flow>')).status).toBe(400);
  });
});

describe('refer and hang-up', () => {
  it("Refer sends the leg's later events to the new endpoint", async () => {
    const other = await startSimHarness();
    try {
      const legSid = await answeredLeg(h);
      const newEndpoint = other.endpoint;
      await h.act(legSid, `<Flow><Refer legEventEndpoint="${newEndpoint}"/></Flow>`);
      await h.act(legSid, '<Flow><Hangup/></Flow>');
      await other.waitForEvent(legSid, 'leg_terminated');
      expect(h.namesOf(legSid)).not.toContain('leg_terminated');
    } finally {
      await other.close();
    }
  });

  it('Hangup ends the leg; a later action is refused, saying the leg has ended', async () => {
    const legSid = await answeredLeg(h);
    await h.act(legSid, '<Flow><Hangup/></Flow>');
    await h.waitForEvent(legSid, 'leg_terminated');
    const reply = await h.act(legSid, '<Flow><Say>Too late</Say></Flow>');
    expect(reply.status).toBe(400);
    expect(reply.body.response.error_data.message).toMatch(/has ended \(completed\)/);
  });
});
