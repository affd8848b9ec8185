import { definitionOf } from '../../shared/catalog';
import { compileNodeExoml } from '../../shared/exoml';
import type { FlowDocument } from '../../shared/flow/flow-document';

/**
 * The ExoML each action node of `flow` posts, as `legflow exoml` prints it: a `#` line naming
 * the node and its leg, then the ExoML as designed (`{{templates}}` left in). Nodes that post
 * no ExoML (API calls, flow control) are left out.
 */
export function flowExomlText(flow: FlowDocument): string {
  const lines = [`# ExoML of "${flow.name}"`];
  for (const node of flow.nodes) {
    const exoml = compileNodeExoml(node);
    if (exoml === null) continue;
    const title = node.label || definitionOf(node.kind).title;
    lines.push(`# ${node.id} (${title}) on leg ${node.leg ?? '-'}`, exoml);
  }
  return `${lines.join('\n')}\n`;
}

/** Hands `text` to the browser as a file download named `fileName`. */
export function downloadText(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
