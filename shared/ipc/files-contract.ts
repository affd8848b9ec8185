import { z } from 'zod';
import { flowDocumentSchema } from '../flow/flow-document';
import { command } from './define-contract';
import { templateSummarySchema } from './templates-contract';

/** The extension every flow file has; the backend reads and writes no other files. */
export const FLOW_FILE_EXTENSION = '.legflow.json';

/**
 * A flow file's place in the workspace, relative and with `/` separators
 * (`support/ivr-menu.legflow.json`). The backend refuses anything that leaves the workspace.
 */
export const workspacePathSchema = z.string().min(1).max(1024);

/** A file's modification time in milliseconds, as the file system reports it. */
const modifiedMsSchema = z.number().nonnegative();

/**
 * The SHA-256 of a file's bytes, in lowercase hex, as the backend read or wrote them. Sent back
 * with a save beside the modification time, so an edit made on disk is noticed even when it
 * left the modification time as it was.
 */
const contentHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const workspaceFileSchema = z.object({
  path: workspacePathSchema,
  modifiedMs: modifiedMsSchema,
  size: z.number().int().nonnegative(),
});

export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;

export const filesListReplySchema = z.object({
  /** The workspace folder, absolute, for display. */
  folder: z.string(),
  /** Every flow file in the workspace, by path. */
  files: z.array(workspaceFileSchema),
  /** The examples, which open as unsaved copies. */
  templates: z.array(templateSummarySchema),
});

export const openReplySchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('opened'),
    path: workspacePathSchema,
    /** What `files.save` needs back to detect a change made on disk meanwhile. */
    modifiedMs: modifiedMsSchema,
    /** With `modifiedMs`, what `files.save` needs back: the hash of the bytes read. */
    contentHash: contentHashSchema,
    flow: flowDocumentSchema,
  }),
  z.object({
    /** The file exists but is not a flow we can open; it is left as it is. */
    status: z.literal('unreadable'),
    path: workspacePathSchema,
    problems: z.array(z.string()).min(1),
    /** True when the file is not a flow at all (not JSON, or no format tag). */
    notAFlow: z.boolean(),
  }),
]);

export type OpenReply = z.infer<typeof openReplySchema>;

export const saveRequestSchema = z.object({
  path: workspacePathSchema,
  flow: flowDocumentSchema,
  /**
   * The modification time the file had when it was opened or last saved, or null when the
   * caller means to create a new file. A file that no longer matches is not overwritten.
   */
  baseModifiedMs: modifiedMsSchema.nullable(),
  /**
   * The `contentHash` the file had when it was opened or last saved. A file on disk with other
   * content is not overwritten either; left out, only the modification time is compared.
   */
  baseContentHash: contentHashSchema.nullable().optional(),
  /** Overwrite even if the file changed on disk or already exists (the user said so). */
  force: z.boolean().default(false),
});

export const saveReplySchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    path: workspacePathSchema,
    modifiedMs: modifiedMsSchema,
    /** The hash of the bytes written, to send back with the next save. */
    contentHash: contentHashSchema,
  }),
  z.object({
    /** Nothing was written: `changed` since it was opened, or it `exists` and was not opened. */
    status: z.literal('conflict'),
    path: workspacePathSchema,
    reason: z.enum(['changed', 'exists']),
    modifiedMs: modifiedMsSchema,
  }),
]);

export type SaveReply = z.infer<typeof saveReplySchema>;

export const recentReplySchema = z.object({
  /** The most recently opened or saved first; files that are gone are left out. */
  files: z.array(workspaceFileSchema),
});

/** Commands about flow files in the workspace. */
export const FILES_COMMANDS = {
  /** The workspace's flow files and the templates, for the Open dialog. */
  'files.list': command(z.undefined(), filesListReplySchema),
  /** Reads and loads a flow file; a file that fails to load comes back with its problems. */
  'files.open': command(z.object({ path: workspacePathSchema }), openReplySchema),
  /** Writes a flow with the stable serializer, atomically, refusing to clobber others' changes. */
  'files.save': command(saveRequestSchema, saveReplySchema),
  /** The recently opened and saved files. */
  'files.recent': command(z.undefined(), recentReplySchema),
};

/** Notifications about flow files. */
export const FILES_NOTIFICATIONS = {
  /** A flow file was written through the backend (by this window or another). */
  'files.changed': z.object({ path: workspacePathSchema, modifiedMs: modifiedMsSchema }),
};
