import type { BackendClient } from '../ipc/backend-client';
import { paceStore } from './pace-store';

/**
 * Keeps the window's {@link paceStore} true: asks the backend when it connects and whenever
 * settings change, hears each change of speed (from any window) and each run update's virtual
 * time, which the countdown reckons from. Returns the function that disconnects.
 */
export function connectPace(
  backend: Pick<BackendClient, 'on' | 'pace'>,
  store: typeof paceStore = paceStore,
): () => void {
  let connected = true;
  const ask = () =>
    backend.pace.get().then(
      (message) => {
        if (connected) store.getState().received(message);
      },
      // A backend without a simulator still runs live profiles: the toolbar keeps its default.
      () => undefined,
    );
  const stopChanges = backend.on('pace.changed', (message) => store.getState().received(message));
  const stopUpdates = backend.on('run.update', ({ update }) => store.getState().sawTime(update.at));
  // A speed saved in Settings takes effect at once: asking is what sets it on the session.
  const stopSettings = backend.on('settings.changed', () => void ask());
  void ask();
  return () => {
    connected = false;
    stopChanges();
    stopUpdates();
    stopSettings();
  };
}
