import { flowDocumentSchema } from '../../shared/flow/flow-document';
import type { FlowDocument } from '../../shared/flow/flow-document';
import { loadFlow } from '../../shared/flow/load-flow';
import { serializeFlow } from '../../shared/flow/serialize-flow';
import type { AutosaveEntryReply } from '../../shared/ipc';
import type { AutosaveStore } from '../storage/autosave-store';
import type { NamespaceHandlers } from './command-handlers';

/**
 * The `autosave.*` commands over the data folder's AutosaveStore. Flows are kept in the stable
 * serializer's text, the same as a saved file, so a restore goes through the normal loader.
 */
export function autosaveCommands(store: AutosaveStore): NamespaceHandlers<'autosave'> {
  return {
    'autosave.put': async ({ key, path, flow }) => {
      const now = new Date();
      await store.put({ key, path, name: flow.name, flowText: serializeFlow(flow) }, now);
      return { savedAt: now.toISOString() };
    },
    'autosave.list': async () => {
      const entries: AutosaveEntryReply[] = [];
      for (const entry of await store.list()) {
        const flow = readFlow(entry.flowText);
        // An entry from a newer build or a torn disk is left on disk, not offered, never fatal.
        if (flow) entries.push({ ...entry, flow });
      }
      return { entries };
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
