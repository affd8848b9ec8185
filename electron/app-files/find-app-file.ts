import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** Where the running program may find the files shipped with the app. */
export interface AppFilePlaces {
  /**
   * The packaged desktop app's resources folder (Electron's `process.resourcesPath`), where
   * electron-builder puts the `extraResources` of electron-builder.yml; absent outside Electron.
   */
  resourcesPath?: string;
  /**
   * Whether this is the packaged app (not Electron started on the repository's bundle). Only
   * the resources folder is then searched, and what is inside it, however the starts lie.
   */
  packaged?: boolean;
  /** Folders to look in and above: this module's, the script's, the working directory. */
  starts: readonly string[];
}

/**
 * The paths `relativePath` may be at, best first: in a packaged app's resources folder, then in
 * each start folder and every folder above it. A packaged app looks nowhere outside its
 * resources folder: its script argument can be a flow file the user opened, its working
 * directory anything, and a folder above the app one that any user of the machine can write to
 * (`C:\`), so a file missing from the package is reported missing, never taken from there.
 */
export function appFileCandidates(relativePath: string, places: AppFilePlaces): string[] {
  const candidates = new Set<string>();
  const { resourcesPath } = places;
  if (resourcesPath) candidates.add(join(resourcesPath, relativePath));
  const searched = (dir: string) =>
    !places.packaged || (resourcesPath !== undefined && isInside(resourcesPath, dir));
  for (const start of places.starts) {
    for (let dir = resolve(start); searched(dir); dir = dirname(dir)) {
      candidates.add(join(dir, relativePath));
      if (dirname(dir) === dir) break;
    }
  }
  return [...candidates];
}

/** Whether `dir` is `folder` or inside it. */
function isInside(folder: string, dir: string): boolean {
  const path = relative(resolve(folder), dir);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * The places of the running program. The same code runs from sources (vitest), from the CLI
 * bundle in `dist/`, from the Electron bundle in `dist/electron/` and from a packaged app, whose
 * bundle is inside `app.asar` while `proto/` and `assets/` are beside it in the resources folder.
 */
export function currentAppFilePlaces(): AppFilePlaces {
  // Set by Electron only; plain Node (the CLI, browser mode, tests) has no resources folder.
  // `defaultApp` is Electron's mark of an app started as `electron <script>`: not packaged.
  const { resourcesPath, defaultApp } = process as {
    resourcesPath?: unknown;
    defaultApp?: unknown;
  };
  // `__dirname` exists in the CommonJS bundle and under vitest, not in the ESM bundle.
  const moduleDir = typeof __dirname === 'string' ? __dirname : undefined;
  if (typeof resourcesPath !== 'string') return { starts: unpackagedStarts(moduleDir) };
  // Packaged, the bundle is in app.asar, inside the resources folder (package.json is beside it).
  if (defaultApp !== true)
    return { resourcesPath, packaged: true, starts: moduleDir ? [moduleDir] : [] };
  return { resourcesPath, starts: unpackagedStarts(moduleDir) };
}

/** Where a program run from the repository or its `dist/` may find the repository's files. */
function unpackagedStarts(moduleDir: string | undefined): string[] {
  const scriptDir = process.argv[1] ? dirname(process.argv[1]) : undefined;
  return [moduleDir, scriptDir, process.cwd()].filter((dir) => dir !== undefined);
}

/** Finds a file or folder shipped with the app, e.g. `assets/phonebook.json`. */
export function findAppFile(relativePath: string, places = currentAppFilePlaces()): string {
  const found = appFileCandidates(relativePath, places).find((candidate) => existsSync(candidate));
  if (found) return found;
  const above = places.packaged
    ? `in and above ${places.starts.join(', ')} within it`
    : `in and above ${places.starts.join(', ')}`;
  const where = places.resourcesPath ? `in ${places.resourcesPath}, ${above}` : above;
  throw new Error(`Cannot find ${relativePath} ${where}.`);
}
