import type { CommandName, CommandNamespace, VerbOf } from './contract';
import type { DesktopCommandName } from './desktop-contract';
import type { WireNotification, WireResult } from './wire';

/**
 * What the desktop app's preload puts on `window.legflow`: a function per command, grouped like
 * the contract (`legflow.files.open(request)`), answering with the wire result the main
 * process's wrapper produced, plus a notification subscription. Never `ipcRenderer` itself.
 * The UI's client parses every result with the contract, exactly as in browser mode.
 */
export type DesktopBridge = {
  readonly platform: 'electron';
  /** The app's version, e.g. `0.1.0`. */
  readonly version: string;
  /** Calls `listener` with every notification; returns the function that stops it. */
  onNotification(listener: (notification: WireNotification) => void): () => void;
} & {
  readonly [Namespace in CommandNamespace]: {
    readonly [N in CommandName as VerbOf<N, Namespace>]: (request: unknown) => Promise<WireResult>;
  };
} & {
  /** The commands the main process answers itself (shared/ipc/desktop-contract.ts). */
  readonly desktop: {
    readonly [N in DesktopCommandName as VerbOf<N, 'desktop'>]: (
      request: unknown,
    ) => Promise<WireResult>;
  };
};
