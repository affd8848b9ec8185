import type { MessageBoxOptions } from 'electron';

/** The answer of the quit question that stops the runs and quits. */
export const STOP_AND_QUIT = 0;

/** What quitting with runs going on asks; live runs are real calls, so it asks every time. */
export function quitWithRunsQuestion(count: number): MessageBoxOptions {
  return {
    type: 'warning',
    buttons: ['Stop and quit', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: count === 1 ? 'A run is going on.' : `${count} runs are going on.`,
    detail:
      'Quitting stops them and hangs up every call they placed. On a live profile those are ' +
      'real calls. Cancel keeps the app, and its runs, going.',
  };
}

/** What the quit guard needs from the shell. */
export interface QuitGuardShell {
  runsGoing(): number;
  /** Asks the person; true to stop the runs and quit. */
  ask(count: number): Promise<boolean>;
  /** Quits for real: `will-quit` then stops the runs and hangs up. */
  quit(): void;
  /** The person kept the app: show a window if none is open, so the runs can be seen. */
  kept(): void;
}

/**
 * The app's `before-quit` handler: with runs going on, the quit waits for the person's answer.
 * A second quit while the question is up is held too; once the person agreed, quits go through.
 */
export function guardQuit(shell: QuitGuardShell): (event: { preventDefault(): void }) => void {
  let agreed = false;
  let asking = false;
  return (event) => {
    if (agreed || shell.runsGoing() === 0) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void shell.ask(shell.runsGoing()).then(
      (stop) => {
        asking = false;
        if (!stop) return shell.kept();
        agreed = true;
        shell.quit();
      },
      () => {
        // The question could not be asked: keep the runs rather than hang up unasked.
        asking = false;
        shell.kept();
      },
    );
  };
}
