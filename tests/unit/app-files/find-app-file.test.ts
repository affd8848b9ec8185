import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appFileCandidates, findAppFile } from '../../../electron/app-files/find-app-file';

let folder: string | undefined;
afterEach(async () => folder && rm(folder, { recursive: true, force: true }));

/** A file with some text in it, its folders made. */
async function place(path: string): Promise<string> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, 'shipped');
  return path;
}

describe('where shipped files may be', () => {
  const root = resolve('/');

  it('looks in a packaged app’s resources folder first, then in and above each start', () => {
    const candidates = appFileCandidates(join('proto', 'events.proto'), {
      resourcesPath: join(root, 'opt', 'Legflow', 'resources'),
      starts: [join(root, 'opt', 'Legflow', 'resources', 'app.asar', 'dist')],
    });
    expect(candidates).toEqual([
      join(root, 'opt', 'Legflow', 'resources', 'proto', 'events.proto'),
      join(root, 'opt', 'Legflow', 'resources', 'app.asar', 'dist', 'proto', 'events.proto'),
      join(root, 'opt', 'Legflow', 'resources', 'app.asar', 'proto', 'events.proto'),
      // The resources folder again, reached by walking up: listed once.
      join(root, 'opt', 'Legflow', 'proto', 'events.proto'),
      join(root, 'opt', 'proto', 'events.proto'),
      join(root, 'proto', 'events.proto'),
    ]);
  });

  it('looks nowhere outside a packaged app’s resources folder', () => {
    const resources = join(root, 'opt', 'Legflow', 'resources');
    const candidates = appFileCandidates('package.json', {
      resourcesPath: resources,
      packaged: true,
      // The user's flow folder and a working directory, should they be given, are not looked in.
      starts: [
        join(resources, 'app.asar', 'dist', 'electron'),
        join(root, 'home', 'someone', 'flows'),
        root,
      ],
    });
    expect(candidates).toEqual([
      join(resources, 'package.json'),
      join(resources, 'app.asar', 'dist', 'electron', 'package.json'),
      join(resources, 'app.asar', 'dist', 'package.json'),
      join(resources, 'app.asar', 'package.json'),
    ]);
  });

  it('has no resources folder outside Electron: sources, the CLI and browser mode', () => {
    const candidates = appFileCandidates('package.json', {
      starts: [join(root, 'repo', 'dist'), join(root, 'repo')],
    });
    expect(candidates).toEqual([
      join(root, 'repo', 'dist', 'package.json'),
      join(root, 'repo', 'package.json'),
      join(root, 'package.json'),
    ]);
  });
});

describe('finding a shipped file', () => {
  it('takes the packaged copy over a same-named file beside a flow the user opened', async () => {
    folder = await mkdtemp(join(tmpdir(), 'legflow-app-files-'));
    const resources = join(folder, 'Legflow', 'resources');
    const shipped = await place(join(resources, 'assets', 'phonebook.json'));
    const userFolder = join(folder, 'home', 'flows');
    await place(join(userFolder, 'assets', 'phonebook.json'));
    const places = { resourcesPath: resources, starts: [userFolder, join(resources, 'app.asar')] };
    expect(findAppFile(join('assets', 'phonebook.json'), places)).toBe(shipped);
  });

  it('reports a file missing from a packaged app rather than take one beside the user’s flow', async () => {
    folder = await mkdtemp(join(tmpdir(), 'legflow-app-files-'));
    const resources = join(folder, 'Legflow', 'resources');
    await place(join(resources, 'app.asar', 'package.json'));
    const userFolder = join(folder, 'home', 'flows');
    await place(join(userFolder, 'assets', 'phonebook.json'));
    // Above the app, too: on Windows any user may write to the drive's root.
    await place(join(folder, 'assets', 'phonebook.json'));
    const places = {
      resourcesPath: resources,
      packaged: true,
      starts: [join(resources, 'app.asar', 'dist'), userFolder, folder],
    };
    expect(() => findAppFile(join('assets', 'phonebook.json'), places)).toThrow(/Cannot find/);
    // What the package holds is still found, inside app.asar as beside it.
    expect(findAppFile('package.json', places)).toBe(join(resources, 'app.asar', 'package.json'));
  });

  it('finds the repository’s copy when Electron’s own resources folder lacks it (npm start)', async () => {
    folder = await mkdtemp(join(tmpdir(), 'legflow-app-files-'));
    const repo = join(folder, 'repo');
    const proto = await place(join(repo, 'proto', 'events.proto'));
    const places = {
      resourcesPath: join(repo, 'node_modules', 'electron', 'dist', 'resources'),
      starts: [join(repo, 'dist', 'electron')],
    };
    expect(findAppFile(join('proto', 'events.proto'), places)).toBe(proto);
  });

  it('says what it looked for and where when the file is nowhere', async () => {
    folder = await mkdtemp(join(tmpdir(), 'legflow-app-files-'));
    const places = { resourcesPath: join(folder, 'resources'), starts: [folder] };
    expect(() => findAppFile(join('assets', 'missing.json'), places)).toThrow(
      `Cannot find ${join('assets', 'missing.json')} in ${join(folder, 'resources')}, in and above ${folder}.`,
    );
  });
});
