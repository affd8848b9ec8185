import type { FlowDocument } from '../../shared/flow/flow-document';

/** What the autosaver writes: the open flow, where it is saved (if anywhere), in its slot. */
export interface AutosaveSnapshot {
  key: string;
  path: string | null;
  flow: FlowDocument;
}

export interface AutosaverDeps {
  put(snapshot: AutosaveSnapshot): Promise<unknown>;
  discard(key: string): Promise<unknown>;
  /** How long edits must pause before they are written; ~1 s keeps typing from hammering disk. */
  delayMs?: number;
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
  /** Tell it the document changed; it writes after a pause, or forgets once all is saved. */
  update(state: DocumentState): void;
  /** Take over a restored flow's slot, so its next autosave replaces it and a save removes it. */
  adopt(key: string): void;
  dispose(): void;
}

/** A slot name the backend accepts (letters, digits, `-`, `_`). */
export function newAutosaveKey(): string {
  return `w${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Keeps an autosave while the document has unsaved changes and drops it when they are saved
 * or given up. Writes and removals go one after another, so a removal can never overtake the
 * write before it and leave a stale entry to be offered after the next start.
 */
export function createAutosaver(deps: AutosaverDeps): Autosaver {
  const delayMs = deps.delayMs ?? 1000;
  const onError = deps.onError ?? (() => undefined);
  let key = (deps.newKey ?? newAutosaveKey)();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stored = false;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (operation: () => Promise<unknown>) => {
    queue = queue.then(operation).catch(onError);
  };

  return {
    get key() {
      return key;
    },
    update({ dirty, path, flow }) {
      clearTimeout(timer);
      timer = undefined;
      if (dirty) {
        timer = setTimeout(() => {
          stored = true;
          const snapshot = { key, path, flow };
          enqueue(() => deps.put(snapshot));
        }, delayMs);
      } else if (stored) {
        stored = false;
        const slot = key;
        enqueue(() => deps.discard(slot));
      }
    },
    adopt(restored) {
      key = restored;
      stored = true;
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
