import { parseArgs } from 'node:util';
import { validateFlow } from '../../../shared/flow';
import type { Problem } from '../../../shared/flow';
import { CliError, EXIT } from '../cli-error';
import { readFlowFile } from '../read-flow-file';

export const VALIDATE_USAGE = 'legflow validate FLOW [--json]';

function describe(problem: Problem, labels: Map<string, string>): string {
  const where = problem.nodeId
    ? `${problem.nodeId}${labels.get(problem.nodeId) ? ` (${labels.get(problem.nodeId)})` : ''}: `
    : '';
  return `  ${problem.severity.padEnd(7)} ${where}${problem.message}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Lists a flow's problems; exit 1 when any is an error. */
export async function validateCommand(
  args: string[],
  out: (line: string) => void,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new CliError(`usage: ${VALIDATE_USAGE}`);
  const path = positionals[0]!;
  const flow = await readFlowFile(path);
  const problems = validateFlow(flow);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  if (values.json) {
    out(
      JSON.stringify({
        file: path,
        name: flow.name,
        errors,
        warnings: problems.length - errors,
        problems,
      }),
    );
  } else {
    const labels = new Map(flow.nodes.map((node) => [node.id, node.label]));
    out(`${path}: "${flow.name}", ${count(flow.nodes.length, 'node')}`);
    for (const problem of problems) out(describe(problem, labels));
    out(
      problems.length === 0
        ? 'No problems.'
        : `${count(errors, 'error')}, ${count(problems.length - errors, 'warning')}.`,
    );
  }
  return errors > 0 ? EXIT.failed : EXIT.ok;
}
