import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LegsApiError } from '../../electron/legs-api';
import { loadScenario } from '../../electron/scenario/load-scenario';
import { runScenario } from '../../electron/scenario/run-scenario';
import { simTarget } from '../../electron/session/sim-target';
import { loadFlow } from '../../shared/flow';

const CLICK_TO_CALL = 'assets/examples/click-to-call.legflow.json';
const SCENARIOS = 'assets/examples/scenarios/click-to-call';
const AGENT = '09163816621';
const flow = loadFlow(readFileSync(CLICK_TO_CALL, 'utf8'));

describe('no leg is left up on a platform that answers 20% of requests with a 500', () => {
  it.each(['customer-hangs-up', 'agent-hangs-up'])(
    'after each of 20 runs of click-to-call (%s), no leg is live on the simulator',
    async (name) => {
      const scenario = await loadScenario(`${SCENARIOS}/${name}.scenario.json`);
      let retried = 0;
      for (let seed = 1; seed <= 20; seed++) {
        const target = await simTarget({ speed: 'instant', seed, faults: '500=0.2' });
        try {
          target.useParties(scenario.parties);
          const { result } = await runScenario(target, flow, scenario);
          const live = target.simulator!.listLegs({ live: true }).map((leg) => leg.legSid);
          expect(live, `seed ${seed}: ${result.reason}`).toEqual(
            result.legsLeftUp.map((leg) => leg.sid),
          );
          expect(live, `seed ${seed}: ${result.reason}`).toEqual([]);
          for (const leg of Object.values(result.legs)) expect(leg.state).toBe('terminal');
          retried += Number(/Internal error/.test(result.reason));
        } finally {
          await target.close();
        }
      }
      // The faults really hit these runs (some ended on a 500 of another action).
      expect(retried).toBeGreaterThan(0);
    },
    60_000,
  );

  it('names, by sid, a leg whose every Hangup fails, and that leg is the one left up', async () => {
    const scenario = await loadScenario(`${SCENARIOS}/customer-hangs-up.scenario.json`);
    const target = await simTarget({ speed: 'instant', seed: 1 });
    try {
      target.useParties(scenario.parties);
      // The platform fails every Hangup of the agent's leg with a 500, and carries none out.
      const { api } = target.platform;
      const simulator = target.simulator!;
      const legAction = api.legAction.bind(api);
      api.legAction = async (sid, body, options) => {
        if (/<Hangup/.test(body.exoml) && simulator.getLeg(sid).number === AGENT) {
          throw new LegsApiError('The platform had an internal error (500): Internal error', {
            kind: 'server',
            status: 500,
            retries: 0,
            outcomeUnknown: false,
          });
        }
        return legAction(sid, body, options);
      };
      const { result } = await runScenario(target, flow, scenario);

      const agentSid = result.legs.agent!.sid;
      expect(result.legsLeftUp).toEqual([
        {
          role: 'agent',
          number: AGENT,
          sid: agentSid,
          reason: expect.stringContaining('(500)'),
        },
      ]);
      expect(result.reason).toContain(
        `1 leg could not be hung up: agent ${AGENT} (sid ${agentSid}): hang it up from Exotel's dashboard`,
      );
      const live = simulator.listLegs({ live: true });
      expect(live.map((leg) => leg.legSid)).toEqual([agentSid]);
      simulator.hangUp(agentSid);
    } finally {
      await target.close();
    }
  });
});

describe('legflow run --faults 500=0.2 --repeat 20', () => {
  it('ends every run with its legs down, and names none left up', () => {
    const run = spawnSync(
      process.execPath,
      [
        'bin/legflow.js',
        'run',
        CLICK_TO_CALL,
        '--scenario',
        `${SCENARIOS}/customer-hangs-up.scenario.json`,
        '--faults',
        '500=0.2',
        '--repeat',
        '20',
        '--json',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const finished = lines.filter((line) => line.type === 'finished');
    expect(finished).toHaveLength(20);
    for (const line of finished) {
      expect(line).not.toHaveProperty('legsLeftUp');
      const legs = Object.values(line.legs as Record<string, { state: string }>);
      for (const leg of legs) expect(leg.state, String(line.reason)).toBe('terminal');
    }
    const result = lines.at(-1)!;
    expect(result).toMatchObject({ type: 'result', runs: 20 });
    expect(result).not.toHaveProperty('legsLeftUp');
    // Some runs fail on a 500 of another action; none for a leg left up.
    expect(run.status).toBe(result.failed === 0 ? 0 : 1);
  });
});
