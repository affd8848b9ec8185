import { useShallow } from 'zustand/react/shallow';
import { useRun, useRunStoreApi } from '../run/run-context';
import { useDesigner } from '../store/designer-context';
import { ladderLayout } from './ladder-layout';
import { runReportHtml } from './run-report';

/** Offers a text as a file download, the browser way (works in Electron too). */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * The scrubber of an open replay: the canvas and every panel show the run as of its position.
 * Export writes the whole run (not just up to the scrubber) as an HTML report.
 */
export function ReplayBar() {
  const runs = useRunStoreApi();
  const legs = useDesigner((state) => state.flow.legs);
  const replay = useRun(useShallow((state) => state.replay));
  if (!replay) return null;
  const { summary, updates, position } = replay;
  const current = updates[position - 1];

  const exportReport = () => {
    const whole = runs.getState();
    whole.scrub(updates.length);
    const view = runs.getState().replay!.view;
    const layout = ladderLayout(view, (role) => legs.find((leg) => leg.id === role)?.label ?? role);
    download(
      `${summary.flow || 'run'}-${summary.runId}.html`,
      runReportHtml(summary, view, layout),
    );
    whole.scrub(position);
  };

  return (
    <div className="replay-bar" aria-label="Replay">
      <strong>Replay</strong>
      <span>
        {summary.flow} · {summary.status}
      </span>
      <input
        type="range"
        aria-label="Replay position"
        min={0}
        max={updates.length}
        value={position}
        onChange={(event) => runs.getState().scrub(Number(event.target.value))}
      />
      <output aria-label="Replay step">
        {position}/{updates.length}
        {current ? ` · ${current.type}` : ''}
      </output>
      <button type="button" onClick={exportReport}>
        Export report
      </button>
      <button type="button" onClick={() => runs.getState().closeReplay()}>
        Close replay
      </button>
    </div>
  );
}
