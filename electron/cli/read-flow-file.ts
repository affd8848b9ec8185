import { readFile } from 'node:fs/promises';
import { FlowLoadError, loadFlow } from '../../shared/flow';
import type { FlowDocument } from '../../shared/flow';
import { CliError, EXIT } from './cli-error';

/**
 * Reads and loads a flow file for a command. A missing file or a file that is not a flow is
 * a usage error (exit 2); a flow file with broken contents fails the command (exit 1).
 */
export async function readFlowFile(path: string): Promise<FlowDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : String(code ?? error);
    throw new CliError(`Cannot read ${path}: ${reason}.`, EXIT.usage);
  }
  try {
    return loadFlow(text);
  } catch (error) {
    if (!(error instanceof FlowLoadError)) throw error;
    const lines = error.problems.map((problem) => `  ${problem}`).join('\n');
    throw new CliError(
      `${path} cannot be opened as a flow:\n${lines}`,
      error.notAFlow ? EXIT.usage : EXIT.failed,
    );
  }
}
