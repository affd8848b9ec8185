import { describe, expect, it } from 'vitest';
import { foldRunUpdates } from '../../../../renderer/run/fold-run-update';
import { matchRunKey } from '../../../../renderer/run/run-keys';
import { edgeRunMark } from '../../../../renderer/run/edge-run-mark';
import { nodeRunState } from '../../../../renderer/run/node-run-state';
import { ladderLayout } from '../../../../renderer/run-panels/ladder-layout';
import { ivrRun } from './run-updates-fixture';

const press = (key: string, shiftKey = false) => ({
  key,
  shiftKey,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
});

describe('the run keys', () => {
  it('are F5 run, Shift+F5 stop, F10 step and F9 breakpoint, and nothing with Ctrl', () => {
    expect(matchRunKey(press('F5'))).toBe('run');
    expect(matchRunKey(press('F5', true))).toBe('stop');
    expect(matchRunKey(press('F10'))).toBe('step');
    expect(matchRunKey(press('F9'))).toBe('breakpoint');
    expect(matchRunKey({ ...press('F5'), ctrlKey: true })).toBeNull();
    expect(matchRunKey(press('a'))).toBeNull();
  });
});

describe('the canvas marks of a run', () => {
  it('marks the cursor active, a pause paused, and the rest visited or idle', () => {
    const paused = foldRunUpdates(ivrRun().slice(0, 9));
    expect(nodeRunState(paused, 'menu')).toBe('paused');
    expect(nodeRunState(paused, 'start')).toBe('visited');
    expect(nodeRunState(paused, 'sales')).toBe('idle');
    const running = foldRunUpdates(ivrRun().slice(0, 5));
    expect(nodeRunState(running, 'answer')).toBe('active');
  });

  it('marks the lines the run went along, the one into the current node flowing', () => {
    const atSupport = foldRunUpdates(ivrRun().slice(0, 14));
    expect(edgeRunMark(atSupport, 'menu', '2', 'support')).toBe('flowing');
    expect(edgeRunMark(atSupport, 'start', 'next', 'answer')).toBe('taken');
    expect(edgeRunMark(atSupport, 'menu', '1', 'sales')).toBeUndefined();
    const ended = foldRunUpdates(ivrRun());
    expect(edgeRunMark(ended, 'menu', '2', 'support')).toBe('taken');
    // By node too, each node's list kept as it is until it gains a port.
    expect(ended.portsTaken).toEqual({ start: ['next'], answer: ['next'], menu: ['2'] });
    const onward = foldRunUpdates(ivrRun().slice(14), atSupport);
    expect(onward.portsTaken.start).toBe(atSupport.portsTaken.start);
  });
});

describe('the call ladder', () => {
  it('draws API calls from App to API and events from their leg to App', () => {
    const layout = ladderLayout(foldRunUpdates(ivrRun()), (role) => role.toUpperCase());
    expect(layout.columns.map((column) => column.title)).toEqual(['App', 'API', 'CALLER']);
    const [app, api, caller] = layout.columns.map((column) => column.x);
    expect(layout.arrows.map((a) => [a.label, a.x1, a.x2])).toEqual([
      ['incoming_leg', caller, app],
      ['legAction caller', app, api],
      ['leg_answered', caller, app],
    ]);
    // Rows go down in time.
    expect(layout.arrows.map((a) => a.y)).toEqual(
      [...layout.arrows.map((a) => a.y)].sort((a, b) => a - b),
    );
  });
});
