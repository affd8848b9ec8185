// `npm start`: runs the built desktop app with the locally installed Electron.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const mainBundle = fileURLToPath(new URL('../dist/electron/main.cjs', import.meta.url));

const electron = findElectronBinary();
if ('missing' in electron) {
  console.error(
    `Electron's binary is not installed on this machine (${electron.missing}); ` +
      'use `npm run web` for browser mode.',
  );
  process.exit(1);
}
if (!existsSync(mainBundle)) {
  console.error(`${mainBundle} does not exist; run \`npm run build\` first.`);
  process.exit(1);
}

const env = { ...process.env };
// Set by some tools; it would make Electron behave as plain Node and ignore the app.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron.binary, [mainBundle, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
