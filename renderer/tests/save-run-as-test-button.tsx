import { FlaskConical } from 'lucide-react';
import { useState } from 'react';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import { useRun } from '../run/run-context';
import { useProfileChoice } from '../run/run-profile-choice';
import { useSaveRunAsTest } from './use-scenario-editor';

/**
 * "Save as test" for the run just finished on the simulator (by itself, or driven by hand from
 * the virtual phone): disabled until there is one. A stopped run cannot be repeated, so not it.
 */
export function SaveRunAsTestButton({ className }: { className?: string }) {
  const runId = useRun((state) =>
    state.live.phase === 'finished' && state.live.finished?.status !== 'stopped'
      ? state.live.runId
      : null,
  );
  const onSimulator = useProfileChoice((state) => state.profile === SIMULATOR_PROFILE);
  const saveRunAsTest = useSaveRunAsTest();
  const [busy, setBusy] = useState(false);
  const usable = runId !== null && onSimulator && !busy;
  return (
    <button
      type="button"
      className={className}
      disabled={!usable}
      title={
        usable
          ? 'Keep this run as a test of the flow: its callers, keys and path'
          : 'After a run on the simulator ends, save it as a test'
      }
      onClick={() => {
        if (!runId) return;
        setBusy(true);
        void saveRunAsTest(runId).finally(() => setBusy(false));
      }}
    >
      <FlaskConical size={12} aria-hidden="true" focusable="false" className="run-toolbar__icon" />
      Save as test
    </button>
  );
}
