/** The debugging commands on function keys, as in most IDEs. */
export type RunKey = 'run' | 'step' | 'stop' | 'breakpoint';

/** The run command a key press means: F5 run/continue, Shift+F5 stop, F10 step, F9 breakpoint. */
export function matchRunKey(press: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): RunKey | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'F5') return press.shiftKey ? 'stop' : 'run';
  if (press.shiftKey) return null;
  if (press.key === 'F10') return 'step';
  if (press.key === 'F9') return 'breakpoint';
  return null;
}
