import { IpcError } from '../../shared/ipc';
import type { ShowDialog } from './dialog-host';
import { MessageDialog } from './message-dialog';

/**
 * Runs a file action and shows what went wrong if it fails (a refused path, a full disk, a lost
 * connection), with the backend's own words. Resolves false after a failure.
 */
export async function reportFailure(
  show: ShowDialog,
  title: string,
  action: () => Promise<boolean>,
): Promise<boolean> {
  try {
    return await action();
  } catch (error) {
    const problems = error instanceof IpcError ? error.problems : [];
    const message = error instanceof Error ? error.message : String(error);
    await show<void>((close) => (
      <MessageDialog title={title} message={message} problems={problems} onClose={close} />
    ));
    return false;
  }
}
