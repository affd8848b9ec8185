import { parseArgs } from 'node:util';
import { definitionOf } from '../../../shared/catalog';
import { compileNodeExoml } from '../../../shared/exoml';
import { CliError, EXIT } from '../cli-error';
import { readFlowFile } from '../read-flow-file';

export const EXOML_USAGE = 'legflow exoml FLOW [--node ID]';

/**
 * Prints the ExoML each action node posts, as designed ({{templates}} are filled in only when
 * a call runs). With --node, only that node's ExoML, bare, for piping into other tools.
 */
export async function exomlCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { node: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new CliError(`usage: ${EXOML_USAGE}`);
  const flow = await readFlowFile(positionals[0]!);
  if (values.node !== undefined) {
    const node = flow.nodes.find((candidate) => candidate.id === values.node);
    if (!node) {
      throw new CliError(
        `The flow has no node "${values.node}". Its nodes: ${flow.nodes.map((n) => n.id).join(', ')}.`,
      );
    }
    const exoml = compileNodeExoml(node);
    if (exoml === null) {
      const title = definitionOf(node.kind).title;
      throw new CliError(`Node "${node.id}" (${title}) is not an ExoML action: it posts no ExoML.`);
    }
    out(exoml);
    return EXIT.ok;
  }
  for (const node of flow.nodes) {
    const exoml = compileNodeExoml(node);
    if (exoml === null) continue;
    const title = node.label || definitionOf(node.kind).title;
    out(`# ${node.id} (${title}) on leg ${node.leg ?? '-'}`);
    out(exoml);
  }
  return EXIT.ok;
}
