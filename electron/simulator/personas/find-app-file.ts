import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Finds a file shipped with the app (e.g. `assets/phonebook.json`). The same code runs from
 * sources (vitest, vite-node), from the CLI bundle in `dist/` and from the Electron bundle, so it
 * walks up from this module, then from the script being run, then from the working directory.
 */
export function findAppFile(relativePath: string): string {
  // `__dirname` exists in the CommonJS bundle and under vitest, not in the ESM bundle.
  const moduleDir = typeof __dirname === 'string' ? __dirname : undefined;
  const scriptDir = process.argv[1] ? dirname(process.argv[1]) : undefined;
  const starts = [moduleDir, scriptDir, process.cwd()].filter((dir) => dir !== undefined);
  for (const start of starts) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const candidate = join(dir, relativePath);
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`Cannot find ${relativePath} above ${starts.join(', ')}.`);
}
