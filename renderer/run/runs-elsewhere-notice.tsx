import './runs-elsewhere.css';
import { useState } from 'react';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { useRun } from './run-context';
import { listedRuns } from './runs-elsewhere';
import { useRunAttachment } from './use-run-attachment';

/**
 * Keeps the window with the backend's runs (use-run-attachment.ts) and names the runs going on
 * that this canvas does not show: "A run of Click to call is going on", with Open it (its flow,
 * shown live) and Stop it (hanging up its legs). Nothing of such a run is painted here.
 */
export function RunsElsewhereNotice() {
  const openRun = useRunAttachment();
  const elsewhere = useRun((state) => state.elsewhere);
  const backend = useBackend();
  const designer = useDesignerStoreApi();
  const [stopping, setStopping] = useState<ReadonlySet<string>>(new Set());
  if (elsewhere.length === 0) return null;
  const { listed, more } = listedRuns(elsewhere);

  const stop = (runId: string) => {
    setStopping((ids) => new Set(ids).add(runId));
    // The run leaves the list when its end is heard; a run that ended meanwhile is no news.
    backend.run.stop({ runId }).catch((error: unknown) => {
      designer.getState().notify((error as Error).message, 'refusal');
      setStopping((ids) => new Set([...ids].filter((id) => id !== runId)));
    });
  };

  return (
    <section className="runs-elsewhere" aria-label="Runs going on elsewhere">
      {listed.map((run) => (
        <p key={run.runId} className="runs-elsewhere__run" data-run-id={run.runId}>
          <span>
            A run of <strong>{run.flow ? `“${run.flow}”` : 'another flow'}</strong> is going on.
          </span>
          <button type="button" onClick={() => void openRun(run.runId)}>
            Open it
          </button>
          <button
            type="button"
            disabled={stopping.has(run.runId)}
            onClick={() => stop(run.runId)}
            title="Stop it and hang up every leg"
          >
            {stopping.has(run.runId) ? 'Stopping…' : 'Stop it'}
          </button>
        </p>
      ))}
      {more > 0 && (
        <p className="runs-elsewhere__more">
          and {more} more {more === 1 ? 'run' : 'runs'} going on elsewhere
        </p>
      )}
    </section>
  );
}
