import { useCallback, useEffect, useState } from 'react';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import type { RunSummary } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';
import { FlowLoadError, loadFlow } from '../../shared/flow';
import { useFileActions } from '../files/file-actions-context';
import { useRun, useRunStoreApi } from '../run/run-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { useSaveRunAsTest } from '../tests/use-scenario-editor';
import { sameFlowGraph } from './same-flow-graph';

const date = (iso: string) => new Date(iso).toLocaleString();

/**
 * Every kept run, newest first, with flow, profile, status, duration and date; Replay opens one
 * with a scrubber. A run going on (from any window) says `running` until it ends. Refreshed when
 * a run starts or ends. A run of another flow than the one open (or of an earlier shape of it)
 * is replayed on its own flow, opened as an unsaved copy.
 */
export function HistoryPanel() {
  const backend = useBackend();
  const runs = useRunStoreApi();
  const designer = useDesignerStoreApi();
  const files = useFileActions();
  const saveRunAsTest = useSaveRunAsTest();
  const finishedRun = useRun((state) =>
    state.live.phase === 'finished' ? state.live.runId : null,
  );
  // The runs going on that this window knows of: one starting or ending changes the list.
  const going = useRun((state) =>
    [state.live.runId ?? '', ...state.elsewhere.map((run) => run.runId)].join(' '),
  );
  const replaying = useRun((state) => state.replay?.summary.runId ?? null);
  const [list, setList] = useState<RunSummary[]>([]);
  const [problem, setProblem] = useState('');

  const refresh = useCallback(() => {
    backend.history.list().then(
      (reply) => setList(reply.runs),
      (error: unknown) => setProblem((error as Error).message),
    );
  }, [backend]);
  useEffect(() => {
    // The log is written just behind the last update; a moment later it reads as finished.
    const timer = setTimeout(refresh, finishedRun ? 300 : 0);
    return () => clearTimeout(timer);
  }, [refresh, finishedRun, going]);

  const open = async (summary: RunSummary) => {
    setProblem('');
    try {
      const recorded = await backend.history.read({ runId: summary.runId });
      // The kept flow may be of an older format: read it as a file would be, migrations included.
      const flow = loadFlow(JSON.stringify(recorded.flow));
      if (!sameFlowGraph(designer.getState().flow, flow)) {
        const opened = await files.openCopy(flow, `replaying a run of “${flow.name}”`);
        if (!opened) return;
      }
      runs.getState().openReplay(recorded.summary, recorded.updates);
    } catch (error) {
      setProblem(
        error instanceof FlowLoadError
          ? `The run's flow cannot be read: ${error.problems.join(' ')}`
          : (error as Error).message,
      );
    }
  };

  /** A kept run as a test of its own flow: opened first (as Replay does) when not on the canvas. */
  const saveAsTest = async (summary: RunSummary) => {
    setProblem('');
    try {
      const recorded = await backend.history.read({ runId: summary.runId });
      const flow = loadFlow(JSON.stringify(recorded.flow));
      if (!sameFlowGraph(designer.getState().flow, flow)) {
        if (!(await files.openCopy(flow, `saving a test of “${flow.name}”`))) return;
      }
      await saveRunAsTest(summary.runId);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <div className="run-panel history">
      <div className="run-panel__filters">
        <button type="button" onClick={refresh}>
          Refresh
        </button>
        {problem && <span role="alert">{problem}</span>}
      </div>
      {list.length === 0 ? (
        <p className="run-panel__empty">No runs kept yet.</p>
      ) : (
        <table className="run-table" aria-label="Past runs">
          <thead>
            <tr>
              <th>Flow</th>
              <th>Profile</th>
              <th>Status</th>
              <th>Duration</th>
              <th>Date</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((run) => (
              <tr key={run.runId} data-run-id={run.runId} data-current={run.runId === replaying}>
                <td>{run.flow}</td>
                <td>{run.profile}</td>
                <td title={run.reason} data-status={run.status}>
                  {run.status}
                </td>
                <td>{(run.durationMs / 1000).toFixed(1)} s</td>
                <td>{date(run.startedAt)}</td>
                <td>
                  <button type="button" onClick={() => void open(run)}>
                    Replay
                  </button>{' '}
                  {/* A finished simulator run can be repeated exactly: keep it as a test. */}
                  {run.profile === SIMULATOR_PROFILE &&
                    (run.status === 'completed' || run.status === 'failed') && (
                      <button type="button" onClick={() => void saveAsTest(run)}>
                        Save as test
                      </button>
                    )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
