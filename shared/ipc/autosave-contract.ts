import { z } from 'zod';
import { flowDocumentSchema } from '../flow/flow-document';
import { command } from './define-contract';
import { workspacePathSchema } from './files-contract';

/** One open flow's autosave slot; stable while the flow is open in that window. */
export const autosaveKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an autosave key');

/** A window's (or browser tab's) id for as long as it is open: whose autosave an entry is. */
export const autosaveWindowIdSchema = autosaveKeySchema;

/** How often an open window says it is still there, while it holds an autosave. */
export const AUTOSAVE_HEARTBEAT_MS = 2_000;

/**
 * How long a window may stay silent before its autosave counts as left behind (a crash) and is
 * offered to other windows. A few heartbeats while it is on screen; minutes while it is hidden,
 * because browsers wake a hidden tab's timers as seldom as once a minute.
 */
export const AUTOSAVE_QUIET_AFTER_MS = { visible: 7_000, hidden: 180_000 } as const;

/** What a window says about itself with each autosave and heartbeat. */
const ownershipSchema = {
  owner: autosaveWindowIdSchema,
  /** How long after this message silence means the window is gone. */
  quietAfterMs: z.number().int().min(1_000).max(900_000),
};

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
      ...ownershipSchema,
    }),
    z.object({ savedAt: z.string() }),
  ),
  /**
   * The window holding the slot is still open (and takes the slot over, after a restore). A
   * slot that is gone stays gone: a heartbeat never brings back a discarded autosave.
   */
  'autosave.heartbeat': command(
    z.object({ key: autosaveKeySchema, ...ownershipSchema }),
    z.object({}),
  ),
  /**
   * The unsaved flows left behind, newest first: what to offer back on start. A flow whose
   * window is still open (another browser tab) is not left behind and is not listed.
   */
  'autosave.list': command(
    z.object({ owner: autosaveWindowIdSchema }).optional(),
    z.object({
      entries: z.array(autosaveEntryReplySchema),
      /**
       * Some flows belong to windows heard from a moment ago, which may have just crashed: ask
       * again after this many milliseconds to know. Null when there is nothing to wait for.
       */
      recheckInMs: z.number().int().nonnegative().nullable(),
    }),
  ),
  /** Forgets a slot: its flow was saved, or the person chose not to restore it. */
  'autosave.discard': command(z.object({ key: autosaveKeySchema }), z.object({})),
};
