import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT } from './cli-error';
import { EXOML_USAGE, exomlCommand } from './commands/exoml-command';
import { LEGS_USAGE, legsCommand } from './commands/legs-command';
import { LISTEN_USAGE, listenCommand } from './commands/listen-command';
import { RUN_USAGE, runCommand } from './run/run-command';
import { SIM_USAGE, simCommand } from './commands/sim-command';
import { TEST_USAGE, testCommand } from './commands/test-command';
import { VALIDATE_USAGE, validateCommand } from './commands/validate-command';
import { WEB_USAGE, webCommand } from './commands/web-command';
import { printableText } from '../text/printable';

const USAGE = `Legflow Studio: design call flows and run them on Exotel's Legs API.

Usage:
  ${VALIDATE_USAGE}
      List a flow's problems; exit 1 on any error, 2 when the file is not a flow.
  ${EXOML_USAGE}
      Print the ExoML each action node posts.
  ${RUN_USAGE}
      Run a flow headless on the built-in simulator; exit 0 when every run passes.
  ${TEST_USAGE}
      Run a flow's saved tests with exact time and report the outputs they cover.
  ${LEGS_USAGE}
      Look up a call's legs on a live account: name, number, status, times, group.
  ${SIM_USAGE}
      Serve the built-in platform simulator (the Legs API, virtual callers) until Ctrl+C.
  ${WEB_USAGE}
      Serve the app to a browser on this machine.
  ${LISTEN_USAGE}
      Serve the event endpoint and print every leg event it receives, one a line.
  legflow --help`;

/** This bundle lives in dist/; the built renderer beside it in dist/renderer. */
const rendererDir = join(dirname(fileURLToPath(import.meta.url)), 'renderer');

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const out = (line: string) => process.stdout.write(`${printableText(line)}\n`);
  switch (command) {
    case 'validate':
      return validateCommand(args, out);
    case 'exoml':
      return exomlCommand(args, out);
    case 'web':
      return webCommand(args, out, rendererDir);
    case 'listen':
      return listenCommand(args, out);
    case 'run':
      return runCommand(args, out);
    case 'sim':
      return simCommand(args, out);
    case 'test':
      return testCommand(args, out);
    case 'legs':
      return legsCommand(args, out);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      out(USAGE);
      return command === undefined ? EXIT.usage : EXIT.ok;
    default:
      throw new CliError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

// `legflow exoml flow.json | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Argument errors from parseArgs carry a code; show them as usage errors, not crashes.
    const known =
      error instanceof CliError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`legflow: ${printableText((error as Error).message)}\n`);
    if (!known)
      process.stderr.write(
        'This is a bug in Legflow Studio; please report it with the command you ran.\n',
      );
    process.exitCode =
      error instanceof CliError ? error.exitCode : known ? EXIT.usage : EXIT.failed;
  },
);
