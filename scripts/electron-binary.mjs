// Finds the Electron executable without downloading it. `require('electron')` would try to
// download a missing binary (blocking, with no time limit), and caches its answer per process;
// this reads the same files its index.js reads, for any environment and package folder.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {string | undefined} the installed electron package's folder, if there is one */
export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/**
 * Where Electron's executable is, the way the electron package's index.js decides it: `path.txt`
 * (written by its installer) names the executable inside `dist/`, or inside
 * `ELECTRON_OVERRIDE_DIST_PATH` when that is set.
 *
 * @param {{ env?: NodeJS.ProcessEnv, packageDir?: string }} [where]
 * @returns {import('./electron-binary.d.mts').ElectronBinary}
 */
export function findElectronBinary({ env = process.env, packageDir = electronPackageDir() } = {}) {
  if (packageDir === undefined) {
    return { missing: 'the electron package is not installed', cause: 'no-package' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, executable || 'electron');
    return existsSync(binary)
      ? { binary }
      : { missing: `${binary} (ELECTRON_OVERRIDE_DIST_PATH) does not exist`, cause: 'override' };
  }
  if (!executable) {
    return { missing: `${pathFile} does not exist`, cause: 'not-downloaded' };
  }
  const binary = join(packageDir, 'dist', executable);
  return existsSync(binary)
    ? { binary }
    : { missing: `${binary} does not exist`, cause: 'not-downloaded' };
}

/** @returns {string} the electron package's version, e.g. "45.4.1" */
export function electronVersion(packageDir) {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
}
