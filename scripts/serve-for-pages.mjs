// The built app in browser mode on a fresh workspace and data folder, for scripts that drive it
// with Playwright (screenshots, tidying the examples).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Starts `legflow web` on a free port and resolves once it prints its address (with the token).
 *
 * @param {Record<string, string>} [env] more environment for the server
 * @returns {Promise<{ url: string, workspace: string, stop: () => void }>}
 */
export async function serveForPages(env = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'legflow-pages-'));
  const server = spawn(
    process.execPath,
    ['bin/legflow.js', 'web', '--port', '0', '--workspace', workspace],
    { env: { ...process.env, ...env, LEGFLOW_DATA_DIR: join(workspace, '.data') } },
  );
  const url = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /running at (\S+)/.exec(out);
      if (found) resolve(found[1]);
    });
    server.once('exit', () => reject(new Error(`legflow web exited: ${out}`)));
  });
  return { url, workspace, stop: () => server.kill('SIGINT') };
}
