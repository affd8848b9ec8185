import './app-status.css';
import { useEffect, useState } from 'react';
import { useBackend } from '../ipc/backend-context';

type AppState = 'loading' | 'ready' | 'offline';

/**
 * Says on the page's root element whether the app is ready for input (`data-app-state`:
 * `loading`, `ready`, or `offline` when the backend cannot be reached), which tests and
 * tools wait for instead of sleeping; and tells the user when the backend is out of reach.
 */
export function AppStatus() {
  const backend = useBackend();
  const [state, setState] = useState<AppState>('loading');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let live = true;
    backend.app.info().then(
      () => live && setState('ready'),
      (error: unknown) => {
        if (!live) return;
        setProblem((error as Error).message);
        setState('offline');
      },
    );
    return () => {
      live = false;
    };
  }, [backend]);

  useEffect(() => {
    document.documentElement.dataset.appState = state;
  }, [state]);

  if (state !== 'offline') return null;
  return (
    <div className="app-status" role="alert">
      <strong>Opening and saving are not available.</strong> {problem} You can still edit the flow
      on the canvas.
    </div>
  );
}
