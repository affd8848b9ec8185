import { describe, expect, it } from 'vitest';
import { foldRunUpdates } from '../../../../renderer/run/fold-run-update';
import { runStatusText } from '../../../../renderer/run/run-status-text';
import { loadFlow } from '../../../../shared/flow';
import { readFileSync } from 'node:fs';
import { ivrRun } from './run-updates-fixture';

const IVR = loadFlow(readFileSync('assets/examples/ivr-menu.legflow.json', 'utf8'));
const RUN = ivrRun();

describe('folding run updates', () => {
  it('stands on the breakpoint it paused at, and says so', () => {
    const view = foldRunUpdates(RUN.slice(0, 9));
    expect(view.phase).toBe('paused');
    expect(view.current).toEqual({ nodeId: 'menu', leg: 'caller' });
    expect(view.visits).toEqual({ start: 1, answer: 1 });
    expect(runStatusText(view, IVR)).toBe('Paused before Main menu (breakpoint)');
  });

  it('counts visits, the ports taken, the timeline and the legs by the end', () => {
    const view = foldRunUpdates(RUN);
    expect(view.phase).toBe('finished');
    expect(view.current).toBeNull();
    expect(view.visits).toEqual({ start: 1, answer: 1, menu: 1, support: 1 });
    expect(view.taken).toEqual({ 'start:next': 1, 'answer:next': 1, 'menu:2': 1 });
    expect(view.timeline.map((entry) => [entry.kind, entry.name, entry.nodeId])).toEqual([
      ['event', 'incoming_leg', 'start'],
      ['api', 'legAction', 'answer'],
      ['event', 'leg_answered', 'answer'],
    ]);
    expect(view.legs.caller).toMatchObject({
      sid: 'leg-1',
      state: 'terminal',
      terminalStatus: 'completed',
    });
    expect(view.variables).toEqual({ digits: '2' });
    expect(runStatusText(view, IVR)).toBe('Completed: The flow ended.');
  });

  it('shows a run in the middle as it was then', () => {
    const view = foldRunUpdates(RUN.slice(0, 6));
    expect(view.phase).toBe('running');
    expect(view.current?.nodeId).toBe('answer');
    expect(view.legs.caller?.state).toBe('ringing');
    expect(runStatusText(view, IVR)).toBe('Running');
    expect(runStatusText(foldRunUpdates(RUN.slice(0, 2)), IVR)).toBe(
      'Waiting for a call to 08030752400',
    );
  });
});
