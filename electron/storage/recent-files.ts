import { mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

/** How many files the list keeps. */
const LIMIT = 10;

/** The file on disk: absolute paths, newest first. */
const recentFilesSchema = z.object({
  format: z.literal('legflow.recent-files'),
  files: z.array(z.string().refine(isAbsolute, 'must be an absolute path')).max(100),
});

/** The recently opened and saved flow files, kept in one small JSON file. */
export interface RecentFiles {
  /** Absolute paths, the most recent first. */
  list(): Promise<string[]>;
  /** Moves `path` (absolute) to the front of the list. */
  add(path: string): Promise<void>;
}

/**
 * Keeps the recent-files list in `file` (in the app's data folder). A missing or damaged list
 * reads as empty: losing it costs a user a shortcut, nothing more, so it is not worth an
 * error. Writes are queued so two quick saves cannot interleave.
 */
export function createRecentFiles(file: string): RecentFiles {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<string[]> => {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) return [];
    try {
      return recentFilesSchema.parse(JSON.parse(text)).files;
    } catch {
      return [];
    }
  };
  return {
    list: () => queue.then(read),
    add(path) {
      const next = queue.then(async () => {
        const files = [path, ...(await read()).filter((other) => other !== path)].slice(0, LIMIT);
        await mkdir(dirname(file), { recursive: true });
        const content: z.infer<typeof recentFilesSchema> = {
          format: 'legflow.recent-files',
          files,
        };
        await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
