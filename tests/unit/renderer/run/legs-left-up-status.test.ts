import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldRunUpdates } from '../../../../renderer/run/fold-run-update';
import { runStatusText } from '../../../../renderer/run/run-status-text';
import { runUpdateSchema } from '../../../../shared/ipc/run-update-schema';
import { loadFlow } from '../../../../shared/flow';

const IVR = loadFlow(readFileSync('assets/examples/ivr-menu.legflow.json', 'utf8'));
const SID = 'e0d9a1f2c3b4a5968778695a4b3c2d1e';
const leftUp = {
  role: 'caller',
  number: '09163816621',
  sid: SID,
  reason: 'The platform had an internal error (500): Internal error',
};

describe('a finished run that could not hang up a leg', () => {
  it('reaches the app with the leg, and the toolbar status names it and what to do', () => {
    // As the backend sends it over IPC: parsed at the boundary, so the field must survive.
    const updates = [
      { type: 'started', runId: 'run-1', flow: 'IVR menu', at: 0 },
      {
        type: 'finished',
        status: 'stopped',
        reason: `Stopped; 1 leg could not be hung up: caller 09163816621 (sid ${SID}): hang it up from Exotel's dashboard or call the API.`,
        path: ['start', 'answer'],
        legs: { caller: { sid: SID, state: 'connected' } },
        legsLeftUp: [leftUp],
        at: 130_000,
      },
    ].map((update) => runUpdateSchema.parse(update));
    expect(updates[1]).toMatchObject({ legsLeftUp: [leftUp] });
    const status = runStatusText(foldRunUpdates(updates), IVR);
    expect(status).toContain(`caller 09163816621 (sid ${SID})`);
    expect(status).toContain("hang it up from Exotel's dashboard");
  });
});
