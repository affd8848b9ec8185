import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startWebServer } from '../../web/web-server';
import { CliError } from '../cli-error';
import { parsePort } from './port-option';
import { waitForInterrupt } from './wait-for-interrupt';

export const WEB_USAGE = 'legflow web [--host H] [--port P]';

/** Serves the built app to a browser on this machine until interrupted. */
export async function webCommand(
  args: string[],
  out: (line: string) => void,
  rendererDir: string,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '5173' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const port = parsePort(values.port);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new CliError(
      `The app is not built yet (no ${rendererDir}/index.html). Run \`npm run build\` first.`,
    );
  }
  let server;
  try {
    server = await startWebServer({ host: values.host, port, rootDir: rendererDir });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  out(`Legflow Studio is running at ${server.url}`);
  out('Press Ctrl+C to stop.');
  await waitForInterrupt();
  await server.close();
  return 0;
}
