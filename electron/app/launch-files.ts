// Which flow files the app was asked to open: on its command line (Windows, Linux, and a second
// instance forwarding its own), or by the OS's `open-file` (macOS). Plain, unit-tested.
import { FLOW_FILE_EXTENSION } from '../../shared/ipc';

/** The `.legflow.json` paths in a command line; flags and Electron's own arguments are skipped. */
export function flowFilesInArgs(argv: readonly string[]): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(FLOW_FILE_EXTENSION));
}
