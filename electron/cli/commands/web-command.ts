import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../../backend';
import { startWebServer } from '../../web/web-server';
import { CliError } from '../cli-error';
import { parsePort } from './port-option';
import { waitForInterrupt } from './wait-for-interrupt';

export const WEB_USAGE = 'legflow web [--port P] [--workspace DIR]';

/**
 * Serves the whole app (renderer and backend) to a browser on this machine until interrupted.
 * Loopback only: the backend reads and writes files, so it is never offered to the network.
 */
export async function webCommand(
  args: string[],
  out: (line: string) => void,
  rendererDir: string,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '5173' },
      workspace: { type: 'string' },
    },
  });
  const port = parsePort(values.port);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new CliError(
      `The app is not built yet (no ${rendererDir}/index.html). Run \`npm run build\` first.`,
    );
  }
  let backend;
  try {
    backend = await createBackend({ platform: 'web', workspaceDir: values.workspace });
  } catch (error) {
    throw new CliError(`Cannot use the workspace folder: ${(error as Error).message}`);
  }
  let server;
  try {
    server = await startWebServer({ host: '127.0.0.1', port, rootDir: rendererDir, backend });
  } catch (error) {
    await backend.close();
    throw new CliError((error as Error).message);
  }
  out(`Legflow Studio is running at ${server.openUrl}`);
  out(`Flows are opened from and saved to ${backend.workspace}`);
  out('The address carries a secret for this start; open it as printed. Press Ctrl+C to stop.');
  await waitForInterrupt();
  await server.close();
  await backend.close();
  return 0;
}
