import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { autosaveKeySchema, autosaveWindowIdSchema } from '../../shared/ipc';
import { writeFileAtomic } from './atomic-write';

/**
 * Who holds an autosave: the window that writes it, in which backend process, and when it was
 * last heard from. What tells a crashed window's flow from one still open in another tab.
 */
export const autosaveOwnerSchema = z.object({
  /** The window's (browser tab's) id while it is open. */
  window: autosaveWindowIdSchema,
  /** The process of the backend that window talks to. */
  pid: z.number().int().positive(),
  /** That backend's own id, new each start, so a restarted backend is told from the old one. */
  backend: z.string().min(1).max(100),
  /** The window's last autosave or heartbeat. */
  seenAt: z.iso.datetime(),
  /** How long after `seenAt` silence means the window is gone. */
  quietAfterMs: z.number().int().positive(),
});

export type AutosaveOwner = z.infer<typeof autosaveOwnerSchema>;

/** One unsaved flow as last autosaved: enough to offer it back after a crash. */
export const autosaveEntrySchema = z.object({
  /** The editor's document key: one per open flow, stable while it is open. */
  key: autosaveKeySchema,
  /** Where the flow is saved, or null for a flow never saved. */
  path: z.string().nullable(),
  name: z.string(),
  /** The flow as the stable serializer writes it. */
  flowText: z.string(),
  savedAt: z.iso.datetime(),
  /** Absent in entries written before owners were kept: those count as left behind. */
  owner: autosaveOwnerSchema.optional(),
});

export type AutosaveEntry = z.infer<typeof autosaveEntrySchema>;

/** An owner as a writer gives it; the store stamps `seenAt` itself. */
export type OwnerStamp = Omit<AutosaveOwner, 'seenAt'>;

/**
 * Autosaves of unsaved flows in the app's data folder. An entry exists while its flow has
 * changes not saved to its file; after a crash or a kill, the entries left are the flows to
 * offer back. Browser mode and the desktop app use the same store.
 */
export class AutosaveStore {
  /**
   * The last change queued for each key. Changes to one key run one at a time, in the order
   * asked: a heartbeat's touch reads the entry and then writes it back, and a discard landing
   * in between would otherwise be undone by that write, bringing a saved flow back as unsaved.
   */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly folder: string) {}

  async put(
    entry: Omit<AutosaveEntry, 'savedAt' | 'owner'> & { owner?: OwnerStamp },
    now = new Date(),
  ): Promise<void> {
    const { owner, ...rest } = entry;
    return this.inTurn(entry.key, () =>
      this.write({
        ...rest,
        savedAt: now.toISOString(),
        ...(owner ? { owner: { ...owner, seenAt: now.toISOString() } } : {}),
      }),
    );
  }

  /**
   * Records that `owner` still holds the entry `key` (taking it over if another held it).
   * Returns false, writing nothing, when there is no such entry: it was saved or discarded.
   */
  async touch(key: string, owner: OwnerStamp, now = new Date()): Promise<boolean> {
    return this.inTurn(key, async () => {
      const entry = await this.read(`${key}.autosave.json`);
      if (!entry) return false;
      await this.write({ ...entry, owner: { ...owner, seenAt: now.toISOString() } });
      return true;
    });
  }

  /** Every entry, newest first; an unreadable entry is skipped, never fatal. */
  async list(): Promise<AutosaveEntry[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const entries = await Promise.all(
      names.filter((name) => name.endsWith('.autosave.json')).map((name) => this.read(name)),
    );
    return entries
      .flatMap((entry) => (entry ? [entry] : []))
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  }

  /** Forgets an autosave: its flow was saved, or the person chose not to restore it. */
  async discard(key: string): Promise<void> {
    return this.inTurn(key, async () => {
      await unlink(this.file(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    });
  }

  /**
   * Runs `change` to the entry `key` once the changes queued before it for that key are done,
   * whether they succeeded or not. A key that is not one is refused before anything queues.
   */
  private inTurn<T>(key: string, change: () => Promise<T>): Promise<T> {
    const checked = autosaveKeySchema.parse(key);
    const previous = this.queues.get(checked) ?? Promise.resolve();
    const turn = previous.then(change);
    const done = turn.catch(() => undefined);
    this.queues.set(checked, done);
    // The map keeps only keys with changes pending, not every key ever used.
    void done.then(() => {
      if (this.queues.get(checked) === done) this.queues.delete(checked);
    });
    return turn;
  }

  private async write(entry: AutosaveEntry): Promise<void> {
    const checked = autosaveEntrySchema.parse(entry);
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(this.file(checked.key), `${JSON.stringify(checked)}\n`);
  }

  /** The entry in file `name`, or null when it is missing or damaged (a torn write). */
  private async read(name: string): Promise<AutosaveEntry | null> {
    const text = await readFile(join(this.folder, name), 'utf8').catch(() => '');
    try {
      return autosaveEntrySchema.parse(JSON.parse(text));
    } catch {
      return null;
    }
  }

  private file(key: string): string {
    return join(this.folder, `${key}.autosave.json`);
  }
}
