import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where the running program may find the files shipped with the app. */
export interface AppFilePlaces {
  /**
   * The packaged desktop app's resources folder (Electron's `process.resourcesPath`), where
   * electron-builder puts the `extraResources` of electron-builder.yml; absent outside Electron.
   */
  resourcesPath?: string;
  /** Folders to look in and above: this module's, the script's, the working directory. */
  starts: readonly string[];
}

/**
 * The paths `relativePath` may be at, best first: in a packaged app's resources folder, then in
 * each start folder and every folder above it. The resources folder comes first because a
 * packaged app's other starts are not ours to trust: the script argument there can be a flow
 * file the user opened, anywhere on disk.
 */
export function appFileCandidates(relativePath: string, places: AppFilePlaces): string[] {
  const candidates = new Set<string>();
  if (places.resourcesPath) candidates.add(join(places.resourcesPath, relativePath));
  for (const start of places.starts) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      candidates.add(join(dir, relativePath));
      if (dirname(dir) === dir) break;
    }
  }
  return [...candidates];
}

/**
 * The places of the running program. The same code runs from sources (vitest), from the CLI
 * bundle in `dist/`, from the Electron bundle in `dist/electron/` and from a packaged app, whose
 * bundle is inside `app.asar` while `proto/` and `assets/` are beside it in the resources folder.
 */
export function currentAppFilePlaces(): AppFilePlaces {
  // Set by Electron only; plain Node (the CLI, browser mode, tests) has no resources folder.
  const { resourcesPath } = process as { resourcesPath?: unknown };
  // `__dirname` exists in the CommonJS bundle and under vitest, not in the ESM bundle.
  const moduleDir = typeof __dirname === 'string' ? __dirname : undefined;
  const scriptDir = process.argv[1] ? dirname(process.argv[1]) : undefined;
  return {
    ...(typeof resourcesPath === 'string' ? { resourcesPath } : {}),
    starts: [moduleDir, scriptDir, process.cwd()].filter((dir) => dir !== undefined),
  };
}

/** Finds a file or folder shipped with the app, e.g. `assets/phonebook.json`. */
export function findAppFile(relativePath: string, places = currentAppFilePlaces()): string {
  const found = appFileCandidates(relativePath, places).find((candidate) => existsSync(candidate));
  if (found) return found;
  const above = `in and above ${places.starts.join(', ')}`;
  const where = places.resourcesPath ? `in ${places.resourcesPath}, ${above}` : above;
  throw new Error(`Cannot find ${relativePath} ${where}.`);
}
