import { describe, expect, it } from 'vitest';
import { guardQuit, quitWithRunsQuestion } from '../../../electron/app/quit-with-runs';

/** A shell whose person answers `answer`; records what the guard did. */
function shell(runs: number, answer: Promise<boolean>) {
  const did: string[] = [];
  return {
    did,
    guard: guardQuit({
      runsGoing: () => runs,
      ask: (count) => (did.push(`asked about ${count}`), answer),
      quit: () => did.push('quit'),
      kept: () => did.push('kept'),
    }),
  };
}

const quitting = () => {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
};

describe('quitting the desktop app with runs going on', () => {
  it('quits at once when nothing runs', () => {
    const { guard, did } = shell(0, Promise.resolve(true));
    const event = quitting();
    guard(event);
    expect(event.prevented).toBe(false);
    expect(did).toEqual([]);
  });

  it('asks once, then stops the runs and quits when the person agrees', async () => {
    const { guard, did } = shell(2, Promise.resolve(true));
    const first = quitting();
    guard(first);
    guard(quitting()); // a second Quit while the question is up
    expect(first.prevented).toBe(true);
    await Promise.resolve();
    expect(did).toEqual(['asked about 2', 'quit']);
    // The quit the guard started goes through: `will-quit` then stops the runs.
    const again = quitting();
    guard(again);
    expect(again.prevented).toBe(false);
  });

  it('keeps the app and its runs when the person cancels', async () => {
    const { guard, did } = shell(1, Promise.resolve(false));
    const event = quitting();
    guard(event);
    await Promise.resolve();
    expect(event.prevented).toBe(true);
    expect(did).toEqual(['asked about 1', 'kept']);
    expect(quitWithRunsQuestion(1).message).toBe('A run is going on.');
    expect(quitWithRunsQuestion(3)).toMatchObject({
      message: '3 runs are going on.',
      buttons: ['Stop and quit', 'Cancel'],
      cancelId: 1,
    });
  });
});
