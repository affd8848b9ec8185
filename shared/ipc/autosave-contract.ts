import { z } from 'zod';
import { flowDocumentSchema } from '../flow/flow-document';
import { command } from './define-contract';
import { workspacePathSchema } from './files-contract';

/** One open flow's autosave slot; stable while the flow is open in that window. */
export const autosaveKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an autosave key');

export const autosaveEntryReplySchema = z.object({
  key: autosaveKeySchema,
  /** The flow's file in the workspace, or null for a flow never saved. */
  path: workspacePathSchema.nullable(),
  name: z.string(),
  /** When it was autosaved, ISO 8601. */
  savedAt: z.string(),
  flow: flowDocumentSchema,
});

export type AutosaveEntryReply = z.infer<typeof autosaveEntryReplySchema>;

/** Commands that keep unsaved edits safe from a crash (DESIGN.md, "The desktop shell"). */
export const AUTOSAVE_COMMANDS = {
  /** Keeps the flow's unsaved state in the app's data folder, replacing the slot's last one. */
  'autosave.put': command(
    z.object({
      key: autosaveKeySchema,
      path: workspacePathSchema.nullable(),
      flow: flowDocumentSchema,
    }),
    z.object({ savedAt: z.string() }),
  ),
  /** The unsaved flows left behind, newest first: what to offer back on start. */
  'autosave.list': command(z.undefined(), z.object({ entries: z.array(autosaveEntryReplySchema) })),
  /** Forgets a slot: its flow was saved, or the person chose not to restore it. */
  'autosave.discard': command(z.object({ key: autosaveKeySchema }), z.object({})),
};
