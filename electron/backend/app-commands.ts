import type { AppInfo } from '../../shared/ipc';
import type { NamespaceHandlers } from './command-handlers';

/** The `app.*` commands. */
export function appCommands(info: AppInfo): NamespaceHandlers<'app'> {
  return {
    'app.info': async () => info,
  };
}
