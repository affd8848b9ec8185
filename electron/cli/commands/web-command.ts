import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startWebServer } from '../../web/web-server';
import { CliError } from '../cli-error';

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
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(`--port must be a port number from 0 to 65535, not "${values.port}".`);
  }
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
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
