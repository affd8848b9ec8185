#!/usr/bin/env node
// The `legflow` command. The TypeScript sources are bundled to dist/cli.js by `npm run build`
// (also run by `npm install` through the prepare script).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'legflow: not built yet. Run `npm run build` in the Legflow Studio folder.\n',
  );
  process.exit(2);
}
await import(cli.href);
