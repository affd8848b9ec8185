import { AUTOSAVE_HEARTBEAT_MS, AUTOSAVE_QUIET_AFTER_MS } from '../../shared/ipc';
import type { FlowDocument } from '../../shared/flow/flow-document';

/** Whose autosave a message is about, and how long that window may be silent from now. */
export interface AutosaveOwnership {
  owner: string;
  quietAfterMs: number;
}

/** What the autosaver writes: the open flow, where it is saved (if anywhere), in its slot. */
export interface AutosaveSnapshot extends AutosaveOwnership {
  key: string;
  path: string | null;
  flow: FlowDocument;
}

export interface AutosaverDeps {
  put(snapshot: AutosaveSnapshot): Promise<unknown>;
  /** Tells the backend the window holding `key` is still open. */
  heartbeat(beat: AutosaveOwnership & { key: string }): Promise<unknown>;
  discard(key: string): Promise<unknown>;
  /** How long edits must pause before they are written; ~1 s keeps typing from hammering disk. */
  delayMs?: number;
  /** The longest edits may go unwritten while they keep coming, so steady typing is not lost. */
  maxWaitMs?: number;
  /** How often the window says it is still open while it holds an autosave. */
  heartbeatMs?: number;
  /** How long the window may be silent from now, asked at each beat: longer while hidden. */
  quietAfterMs?: () => number;
  /** An autosave that failed; the next edit tries again. */
  onError?: (error: unknown) => void;
  newKey?: () => string;
}

/** The state of the window's document, as the autosaver needs it. */
export interface DocumentState {
  dirty: boolean;
  path: string | null;
  flow: FlowDocument;
}

export interface Autosaver {
  /** This window's slot. */
  readonly key: string;
  /** This window, as the owner of its autosave: another tab never offers it back while it lives. */
  readonly owner: string;
  /** Tell it the document changed; it writes after a pause, or forgets once all is saved. */
  update(state: DocumentState): void;
  /** Take over a restored flow's slot, so its next autosave replaces it and a save removes it. */
  adopt(key: string): void;
  dispose(): void;
}

/** While edits keep coming, a write at least this often (like lodash's debounce `maxWait`). */
export const AUTOSAVE_MAX_WAIT_MS = 3000;

/** A slot name the backend accepts (letters, digits, `-`, `_`). */
export function newAutosaveKey(): string {
  return `w${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Keeps an autosave while the document has unsaved changes and drops it when they are saved
 * or given up; while it holds one, it says every few seconds that the window is still open.
 * It writes once edits pause, and at least every `maxWaitMs` while they do not.
 * Writes, heartbeats and removals go one after another, so a removal can never overtake the
 * write before it and leave a stale entry to be offered after the next start.
 */
export function createAutosaver(deps: AutosaverDeps): Autosaver {
  const delayMs = deps.delayMs ?? 1000;
  const maxWaitMs = deps.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  const heartbeatMs = deps.heartbeatMs ?? AUTOSAVE_HEARTBEAT_MS;
  const quietAfterMs = deps.quietAfterMs ?? (() => AUTOSAVE_QUIET_AFTER_MS.visible);
  const onError = deps.onError ?? (() => undefined);
  const newKey = deps.newKey ?? newAutosaveKey;
  const owner = newKey();
  let key = newKey();
  /** The latest unwritten edit, written when edits pause or at the deadline, whichever is first. */
  let pending: Pick<DocumentState, 'path' | 'flow'> | undefined;
  let pause: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let beating: ReturnType<typeof setInterval> | undefined;
  let stored = false;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (operation: () => Promise<unknown>) => {
    queue = queue.then(operation).catch(onError);
  };
  const beat = () => {
    const slot = key;
    const lease = quietAfterMs();
    enqueue(() => deps.heartbeat({ key: slot, owner, quietAfterMs: lease }));
  };
  const startBeating = () => {
    beating ??= setInterval(beat, heartbeatMs);
  };
  const stopBeating = () => {
    clearInterval(beating);
    beating = undefined;
  };
  const cancelWrite = () => {
    clearTimeout(pause);
    clearTimeout(deadline);
    pause = deadline = pending = undefined;
  };
  const write = () => {
    if (!pending) return;
    const { path, flow } = pending;
    cancelWrite();
    stored = true;
    const snapshot = { key, path, flow, owner, quietAfterMs: quietAfterMs() };
    enqueue(() => deps.put(snapshot));
    startBeating();
  };

  return {
    get key() {
      return key;
    },
    owner,
    update({ dirty, path, flow }) {
      if (dirty) {
        pending = { path, flow };
        clearTimeout(pause);
        pause = setTimeout(write, delayMs);
        deadline ??= setTimeout(write, maxWaitMs);
        return;
      }
      cancelWrite();
      if (stored) {
        stored = false;
        stopBeating();
        const slot = key;
        enqueue(() => deps.discard(slot));
      }
    },
    adopt(restored) {
      key = restored;
      stored = true;
      // Claim it at once, so no other window offers it back while this one has it open.
      beat();
      startBeating();
    },
    dispose() {
      cancelWrite();
      stopBeating();
    },
  };
}
