// Finds the Electron executable without downloading it. `require('electron')` alone would try to
// download a missing binary, which hangs or fails on machines without internet access.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * @returns {{ binary: string } | { missing: string }} the executable, or why there is none
 */
export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return { missing: `${pathFile} does not exist` };
    const expected = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (!existsSync(expected)) return { missing: `${expected} does not exist` };
  }
  try {
    const binary = require('electron');
    return existsSync(binary) ? { binary } : { missing: `${binary} does not exist` };
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}
