// Bundles the Node side with esbuild: the CLI (ESM) and the Electron main and preload (CommonJS,
// which Electron's sandboxed preload requires). npm packages stay external and load from
// node_modules at run time; only our own sources are bundled.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['electron/cli/legflow.ts'],
  outfile: 'dist/cli.js',
  format: 'esm',
});
await build({
  ...common,
  entryPoints: ['scripts/write-json-schema.ts'],
  outfile: 'dist/scripts/write-json-schema.js',
  format: 'esm',
});
// Electron's own Node is newer than ours. The sandboxed preload may only require('electron'),
// so it is bundled whole; the main process loads npm packages from node_modules.
await build({
  ...common,
  target: 'node22',
  entryPoints: ['electron/app/main.ts'],
  outfile: 'dist/electron/main.cjs',
  format: 'cjs',
  external: ['electron'],
});
const { packages: _bundleEverything, ...preloadOptions } = common;
await build({
  ...preloadOptions,
  target: 'node22',
  entryPoints: ['electron/app/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
