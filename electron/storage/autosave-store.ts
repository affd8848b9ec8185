import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

/** One unsaved flow as last autosaved: enough to offer it back after a crash. */
export const autosaveEntrySchema = z.object({
  /** The editor's document key: one per open flow, stable while it is open. */
  key: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** Where the flow is saved, or null for a flow never saved. */
  path: z.string().nullable(),
  name: z.string(),
  /** The flow as the stable serializer writes it. */
  flowText: z.string(),
  savedAt: z.iso.datetime(),
});

export type AutosaveEntry = z.infer<typeof autosaveEntrySchema>;

/**
 * Autosaves of unsaved flows in the app's data folder. An entry exists while its flow has
 * changes not saved to its file; after a crash or a kill, the entries left are the flows to
 * offer back. Browser mode and the desktop app use the same store.
 */
export class AutosaveStore {
  constructor(private readonly folder: string) {}

  async put(entry: Omit<AutosaveEntry, 'savedAt'>, now = new Date()): Promise<void> {
    const checked = autosaveEntrySchema.parse({ ...entry, savedAt: now.toISOString() });
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(this.file(checked.key), `${JSON.stringify(checked)}\n`);
  }

  /** The flows to offer back, newest first; an unreadable entry is skipped, never fatal. */
  async list(): Promise<AutosaveEntry[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const entries = await Promise.all(
      names
        .filter((name) => name.endsWith('.autosave.json'))
        .map(async (name) => {
          const text = await readFile(join(this.folder, name), 'utf8').catch(() => '');
          try {
            return autosaveEntrySchema.parse(JSON.parse(text));
          } catch {
            return null;
          }
        }),
    );
    return entries
      .flatMap((entry) => (entry ? [entry] : []))
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  }

  /** Forgets an autosave: its flow was saved, or the person chose not to restore it. */
  async discard(key: string): Promise<void> {
    await unlink(this.file(autosaveEntrySchema.shape.key.parse(key))).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      },
    );
  }

  private file(key: string): string {
    return join(this.folder, `${key}.autosave.json`);
  }
}
