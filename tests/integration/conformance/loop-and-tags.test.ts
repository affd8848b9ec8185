import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definitionOf } from '../../../shared/catalog';
import { compileNodeExoml } from '../../../shared/exoml';
import { loadFlow } from '../../../shared/flow';
import { captureGrpc } from './helpers/capture';
import type { CaptureEndpoint } from './helpers/capture';
import { act, answeredLeg, msBetween } from './helpers/calls';
import { startLegflowSim } from './helpers/legflow-sim';
import type { LegflowSim } from './helpers/legflow-sim';
import { LOOP } from './seed-samples';

/**
 * Issue 16, point 2: seed 002's `loop` is "number of times to repeat (max 10)", default 0; and
 * point 6's ExoML tag: the 2026 quickstart's `<StartSay>` is taken as seed 002's `<Say>`.
 */
let sim: LegflowSim;
let grpc: CaptureEndpoint;

beforeAll(async () => {
  [sim, grpc] = await Promise.all([startLegflowSim(), captureGrpc()]);
});

afterAll(async () => {
  sim.close();
  await grpc.close();
});

/** The virtual ms from play_started to play_completed of each Play on the leg. */
function playLengths(legSid: string): number[] {
  const events = grpc.ofLeg(legSid);
  const started = events.filter((event) => event.event_name === 'play_started');
  const completed = events.filter((event) => event.event_name === 'play_completed');
  return completed.map((end, index) => msBetween(started[index]!, end));
}

describe('loop counts repeats', () => {
  it("the catalog's Repeats has the seed's default and maximum", () => {
    for (const kind of ['say', 'play'] as const) {
      const loop = definitionOf(kind).params.find((spec) => spec.name === 'loop');
      expect(loop).toMatchObject({
        label: 'Repeats',
        default: LOOP.default,
        max: LOOP.max,
        min: 0,
      });
    }
  });

  it('the simulator plays loop + 1 times: absent and 0 once, 1 twice, 10 eleven times', async () => {
    const legSid = await answeredLeg(sim, grpc);
    const url = 'https://example.com/a.wav';
    for (const loop of ['', ' loop="0"', ' loop="1"', ' loop="10"']) {
      expect(
        (await act(sim, legSid, `<Flow><StartPlay${loop}>${url}</StartPlay></Flow>`)).status,
      ).toBe(202);
    }
    await sim.advance(5_000 * (1 + 1 + 2 + 11));
    expect(playLengths(legSid)).toEqual([5_000, 5_000, 10_000, 55_000]);
  });

  it('a saved version-1 flow that played three times still plays three times', async () => {
    const v1 = {
      format: 'legflow.flow',
      version: 1,
      name: 'old',
      legs: [{ id: 'caller', label: 'Caller', color: '#2563eb' }],
      nodes: [
        {
          id: 'p',
          kind: 'play',
          leg: 'caller',
          label: 'Jingle',
          params: { url: 'https://example.com/j.wav', loop: 3 },
          position: { x: 0, y: 0 },
        },
      ],
      edges: [],
    };
    const node = loadFlow(JSON.stringify(v1)).nodes[0]!;
    const exoml = compileNodeExoml(node)!;
    expect(exoml).toContain('loop="2"');
    const legSid = await answeredLeg(sim, grpc);
    expect((await act(sim, legSid, exoml)).status).toBe(202);
    await sim.advance(15_000);
    expect(playLengths(legSid)).toEqual([15_000]);
  });
});

describe('ExoML tags', () => {
  it('takes <StartSay> (2026 quickstart) as <Say> (seed 002); the app emits <Say>', async () => {
    const legSid = await answeredLeg(sim, grpc);
    const reply = await act(sim, legSid, '<Flow><StartSay language="en">Hello</StartSay></Flow>');
    expect(reply.status).toBe(202);
    await sim.advance(1_000);
    const names = grpc.ofLeg(legSid).map((event) => event.event_name);
    expect(names.slice(-2)).toEqual(['say_started', 'say_completed']);
    expect(compileNodeExoml({ kind: 'say', params: { text: 'Hi' } })).toMatch(/^<Flow><Say[ >]/);
  });
});
