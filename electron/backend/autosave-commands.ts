import { flowDocumentSchema } from '../../shared/flow/flow-document';
import type { FlowDocument } from '../../shared/flow/flow-document';
import { loadFlow } from '../../shared/flow/load-flow';
import { serializeFlow } from '../../shared/flow/serialize-flow';
import type { AutosaveEntryReply } from '../../shared/ipc';
import { autosaveStatus, processIsRunning, recheckDelay } from '../storage/autosave-liveness';
import type { AutosaveStatus, BackendIdentity } from '../storage/autosave-liveness';
import type { AutosaveStore } from '../storage/autosave-store';
import type { NamespaceHandlers } from './command-handlers';

/** What the autosave commands work with. */
export interface AutosaveCommandsContext {
  store: AutosaveStore;
  /** This backend, which the windows' autosaves name as theirs. */
  self: BackendIdentity;
  /** The clock that stamps autosaves and heartbeats and tells how long a window was quiet. */
  now?: () => Date;
}

/**
 * The `autosave.*` commands over the data folder's AutosaveStore. Flows are kept in the stable
 * serializer's text, the same as a saved file, so a restore goes through the normal loader.
 * Each autosave names the window holding it, so one tab is never offered another open tab's
 * flow as if it had crashed.
 */
export function autosaveCommands(context: AutosaveCommandsContext): NamespaceHandlers<'autosave'> {
  const { store, self } = context;
  const now = context.now ?? (() => new Date());
  const stamp = (window: string, quietAfterMs: number) => ({ window, quietAfterMs, ...self });

  return {
    'autosave.put': async ({ key, path, flow, owner, quietAfterMs }) => {
      const at = now();
      const flowText = serializeFlow(flow);
      await store.put(
        { key, path, name: flow.name, flowText, owner: stamp(owner, quietAfterMs) },
        at,
      );
      return { savedAt: at.toISOString() };
    },
    'autosave.heartbeat': async ({ key, owner, quietAfterMs }) => {
      await store.touch(key, stamp(owner, quietAfterMs), now());
      return {};
    },
    'autosave.list': async (request) => {
      const liveness = { now: now().getTime(), self, isProcessRunning: processIsRunning };
      const entries: AutosaveEntryReply[] = [];
      const held: AutosaveStatus[] = [];
      for (const entry of await store.list()) {
        // The asking window's own autosave is neither offered to it nor waited for.
        if (request && entry.owner?.window === request.owner) continue;
        const status = autosaveStatus(entry, liveness);
        if (status.state === 'held') {
          held.push(status);
          continue;
        }
        const flow = readFlow(entry.flowText);
        // An entry from a newer build or a torn disk is left on disk, not offered, never fatal.
        const { key, path, name, savedAt } = entry;
        if (flow) entries.push({ key, path, name, savedAt, flow });
      }
      return { entries, recheckInMs: recheckDelay(held) };
    },
    'autosave.discard': async ({ key }) => {
      await store.discard(key);
      return {};
    },
  };
}

/**
 * The autosaved flow, or null. A half-edited flow may break a reference check that a saved
 * file must pass, and refusing it here would lose exactly the edits autosave exists to keep,
 * so the plain document schema is enough.
 */
function readFlow(text: string): FlowDocument | null {
  try {
    return loadFlow(text);
  } catch {
    try {
      const parsed = flowDocumentSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
