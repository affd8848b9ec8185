import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles } from '../../../electron/storage/recent-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'legflow-recent-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('recent files', () => {
  it('keeps the newest first, without duplicates, at most ten, across instances', async () => {
    const file = join(dir, 'data', 'recent-files.json');
    const recent = createRecentFiles(file);
    for (let n = 1; n <= 12; n++) await recent.add(`/w/${n}.legflow.json`);
    await recent.add('/w/5.legflow.json');
    const list = await createRecentFiles(file).list();
    expect(list).toHaveLength(10);
    expect(list.slice(0, 3)).toEqual([
      '/w/5.legflow.json',
      '/w/12.legflow.json',
      '/w/11.legflow.json',
    ]);
    expect(list.filter((path) => path === '/w/5.legflow.json')).toHaveLength(1);
  });

  it('queues adds made at the same time so none is lost', async () => {
    const recent = createRecentFiles(join(dir, 'recent-files.json'));
    await Promise.all(['/a.legflow.json', '/b.legflow.json', '/c.legflow.json'].map(recent.add));
    expect((await recent.list()).sort()).toEqual([
      '/a.legflow.json',
      '/b.legflow.json',
      '/c.legflow.json',
    ]);
  });

  it('reads a missing or damaged list as empty, and writes a good one next time', async () => {
    const file = join(dir, 'recent-files.json');
    expect(await createRecentFiles(file).list()).toEqual([]);
    await writeFile(file, '{"format": "legflow.recent-files", "files": ["relative"]}');
    expect(await createRecentFiles(file).list()).toEqual([]);
    await createRecentFiles(file).add('/x.legflow.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      format: 'legflow.recent-files',
      files: ['/x.legflow.json'],
    });
  });
});
