// Bundles the Node side with esbuild: the CLI (ESM) and the Electron main and preload (CommonJS,
// which Electron's sandboxed preload requires). npm packages stay external and load from
// node_modules at run time; only our own sources are bundled.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

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
for (const entry of ['main', 'preload']) {
  const source = `electron/app/${entry}.ts`;
  if (!existsSync(source)) continue;
  await build({
    ...common,
    entryPoints: [source],
    outfile: `dist/electron/${entry}.cjs`,
    format: 'cjs',
    external: ['electron'],
  });
}
