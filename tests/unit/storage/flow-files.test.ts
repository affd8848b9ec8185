import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFlow, serializeFlow } from '../../../shared/flow';
import { openFlowFile, saveFlowFile } from '../../../electron/storage/flow-files';
import { locateInWorkspace } from '../../../electron/storage/workspace-paths';

const EXAMPLE = loadFlow(
  await readFile(
    new URL('../../../assets/examples/ivr-menu.legflow.json', import.meta.url),
    'utf8',
  ),
);

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'legflow-files-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const at = (path: string) => locateInWorkspace(root, path);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('saveFlowFile', () => {
  it('writes the stable serialization, creating folders, and leaves no temporary file', async () => {
    const reply = await saveFlowFile(at('team/ivr.legflow.json'), EXAMPLE, {
      baseModifiedMs: null,
      force: false,
    });
    expect(reply).toMatchObject({ status: 'saved', path: 'team/ivr.legflow.json' });
    const text = await readFile(join(root, 'team', 'ivr.legflow.json'), 'utf8');
    expect(text).toBe(serializeFlow(EXAMPLE));
    expect(await readdir(join(root, 'team'))).toEqual(['ivr.legflow.json']);
    if (reply.status === 'saved') {
      expect(reply.modifiedMs).toBe((await stat(join(root, 'team', 'ivr.legflow.json'))).mtimeMs);
    }
  });

  it('refuses to overwrite a file changed on disk since it was opened, unless forced', async () => {
    const location = at('ivr.legflow.json');
    const first = await saveFlowFile(location, EXAMPLE, { baseModifiedMs: null, force: false });
    if (first.status !== 'saved') throw new Error('first save failed');
    // Someone else edits the file; its modification time moves on.
    await writeFile(location.absolute, 'their edit');
    const later = new Date(first.modifiedMs + 5_000);
    await utimes(location.absolute, later, later);

    const renamed = { ...EXAMPLE, name: 'Mine' };
    const guarded = { baseModifiedMs: first.modifiedMs, force: false };
    const conflict = await saveFlowFile(location, renamed, guarded);
    expect(conflict).toMatchObject({ status: 'conflict', reason: 'changed' });
    expect(await readFile(location.absolute, 'utf8')).toBe('their edit');

    const forced = await saveFlowFile(location, renamed, { ...guarded, force: true });
    expect(forced.status).toBe('saved');
    expect(loadFlow(await readFile(location.absolute, 'utf8')).name).toBe('Mine');
  });

  it('refuses to overwrite a file edited on disk with its modification time put back', async () => {
    const location = at('ivr.legflow.json');
    await writeFile(location.absolute, serializeFlow(EXAMPLE));
    // A whole second, so putting it back is exact on every file system.
    const original = new Date(Date.UTC(2024, 0, 1));
    await utimes(location.absolute, original, original);
    const opened = await openFlowFile(location);
    if (opened.status !== 'opened') throw new Error('open failed');
    // Another tool edits the file and restores its modification time, as `touch -r` or a sync
    // tool may: the time alone cannot tell.
    const theirs = serializeFlow({ ...EXAMPLE, name: 'Theirs' });
    await writeFile(location.absolute, theirs);
    await utimes(location.absolute, original, original);
    expect((await stat(location.absolute)).mtimeMs).toBe(opened.modifiedMs);

    const guard = {
      baseModifiedMs: opened.modifiedMs,
      baseContentHash: opened.contentHash,
      force: false,
    };
    const conflict = await saveFlowFile(location, { ...EXAMPLE, name: 'Mine' }, guard);
    expect(conflict).toMatchObject({ status: 'conflict', reason: 'changed' });
    expect(await readFile(location.absolute, 'utf8')).toBe(theirs);
  });

  it('saves over an unchanged file it opened, and hands back the hash of what it wrote', async () => {
    const location = at('ivr.legflow.json');
    await writeFile(location.absolute, serializeFlow(EXAMPLE));
    const opened = await openFlowFile(location);
    if (opened.status !== 'opened') throw new Error('open failed');
    expect(opened.contentHash).toBe(sha256(serializeFlow(EXAMPLE)));

    const mine = { ...EXAMPLE, name: 'Mine' };
    const saved = await saveFlowFile(location, mine, {
      baseModifiedMs: opened.modifiedMs,
      baseContentHash: opened.contentHash,
      force: false,
    });
    expect(saved).toMatchObject({ status: 'saved', contentHash: sha256(serializeFlow(mine)) });
    expect(loadFlow(await readFile(location.absolute, 'utf8')).name).toBe('Mine');
    if (saved.status !== 'saved') return;

    // And again over that save, with what it handed back.
    const again = await saveFlowFile(location, EXAMPLE, {
      baseModifiedMs: saved.modifiedMs,
      baseContentHash: saved.contentHash,
      force: false,
    });
    expect(again.status).toBe('saved');
  });

  it('saves again over its own last save', async () => {
    const location = at('ivr.legflow.json');
    const first = await saveFlowFile(location, EXAMPLE, { baseModifiedMs: null, force: false });
    if (first.status !== 'saved') throw new Error('first save failed');
    const second = await saveFlowFile(
      location,
      { ...EXAMPLE, name: 'Again' },
      {
        baseModifiedMs: first.modifiedMs,
        force: false,
      },
    );
    expect(second.status).toBe('saved');
  });

  it('does not replace an existing file when creating a new one', async () => {
    await writeFile(join(root, 'taken.legflow.json'), 'keep me');
    const reply = await saveFlowFile(at('taken.legflow.json'), EXAMPLE, {
      baseModifiedMs: null,
      force: false,
    });
    expect(reply).toMatchObject({ status: 'conflict', reason: 'exists' });
    expect(await readFile(join(root, 'taken.legflow.json'), 'utf8')).toBe('keep me');
  });

  it('refuses a flow that would not load again, and writes nothing', async () => {
    const broken = {
      ...EXAMPLE,
      edges: [...EXAMPLE.edges, { id: 'dangling', from: 'start', port: 'next', to: 'nowhere' }],
    };
    const attempt = saveFlowFile(at('broken.legflow.json'), broken, {
      baseModifiedMs: null,
      force: false,
    });
    await expect(attempt).rejects.toMatchObject({ code: 'bad-request' });
    expect(await readdir(root)).toEqual([]);
  });
});

describe('openFlowFile', () => {
  it('opens a flow with its modification time', async () => {
    await writeFile(join(root, 'ivr.legflow.json'), serializeFlow(EXAMPLE));
    const reply = await openFlowFile(at('ivr.legflow.json'));
    expect(reply).toMatchObject({ status: 'opened', path: 'ivr.legflow.json', flow: EXAMPLE });
  });

  it('reports a broken file with its problems and leaves it as it is', async () => {
    const text = '{ "format": "legflow.flow", "version": 1, "name": "x", }';
    await writeFile(join(root, 'bad.legflow.json'), text);
    const before = await stat(join(root, 'bad.legflow.json'));
    const reply = await openFlowFile(at('bad.legflow.json'));
    expect(reply).toMatchObject({ status: 'unreadable', notAFlow: true });
    if (reply.status === 'unreadable') expect(reply.problems[0]).toMatch(/not valid JSON.*line 1/);
    expect(await readFile(join(root, 'bad.legflow.json'), 'utf8')).toBe(text);
    expect((await stat(join(root, 'bad.legflow.json'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('says plainly when the file is missing', async () => {
    await expect(openFlowFile(at('gone.legflow.json'))).rejects.toMatchObject({
      code: 'not-found',
      message: 'There is no file "gone.legflow.json" in the workspace.',
    });
  });
});
