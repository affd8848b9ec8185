import { expect } from 'vitest';
import type { CaptureEndpoint, CapturedEvent } from './capture';
import type { LegflowSim } from './legflow-sim';

/** From create-leg to `leg_answered` for the seed's number: connecting, set-up, its 2 s answer. */
export const SEED_NUMBER_ANSWER_MS = 200 + 1_500 + 2_000;

/** Creates a leg (202 expected) and returns its sid. */
export async function createLeg(
  sim: LegflowSim,
  capture: CaptureEndpoint,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const reply = await sim.createLeg(capture.endpoint, extra);
  expect(reply.status, JSON.stringify(reply.body)).toBe(202);
  return reply.body.response.data.leg_sid as string;
}

/** Creates a leg to the seed's number and lets it answer. */
export async function answeredLeg(
  sim: LegflowSim,
  capture: CaptureEndpoint,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const legSid = await createLeg(sim, capture, extra);
  await sim.advance(SEED_NUMBER_ANSWER_MS);
  capture.one(legSid, 'leg_answered');
  return legSid;
}

/** Posts ExoML to a leg; returns the raw reply. */
export function act(sim: LegflowSim, legSid: string, exoml: string) {
  return sim.api('POST', `${sim.v2}/legs/${legSid}/actions`, { exoml });
}

/** Virtual ms between two events, from their `event_timestamp {seconds, nanos}`. */
export function msBetween(first: CapturedEvent, second: CapturedEvent): number {
  const ms = (event: CapturedEvent) =>
    Number(event.event_timestamp.seconds) * 1000 + event.event_timestamp.nanos / 1e6;
  return Math.round(ms(second) - ms(first));
}
