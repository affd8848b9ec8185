import { definitionOf } from '../../../shared/catalog';
import type { FlowDocument } from '../../../shared/flow';
import type { RunUpdate } from '../../runner';

/** Fields of an event worth a glance in a trace. */
const EVENT_FIELDS = ['terminal_status', 'answered_by', 'digits', 'bridge_sid'] as const;

/**
 * Turns run updates into a readable trace: seconds since the start (platform time), then the
 * node entered, the event received, the port taken. Variables and API echoes are left out.
 */
export function traceFormatter(flow: FlowDocument): (update: RunUpdate) => string | null {
  const titles = new Map(
    flow.nodes.map((node) => [node.id, node.label || definitionOf(node.kind).title]),
  );
  let start: number | null = null;
  const time = (at: number) => {
    start ??= at;
    return `${((at - start) / 1000).toFixed(1).padStart(7)}s`;
  };
  return (update) => {
    switch (update.type) {
      case 'started':
        return `${time(update.at)}  run ${update.runId} of "${update.flow}"`;
      case 'node-entered':
        return `${time(update.at)}  ▶ ${update.nodeId} (${titles.get(update.nodeId)})${update.leg ? `  on ${update.leg}` : ''}`;
      case 'event': {
        const fields = EVENT_FIELDS.flatMap((name) =>
          update.data[name] !== undefined ? [`${name}=${String(update.data[name])}`] : [],
        );
        return `${time(update.at)}      ${update.leg ?? '-'} ← ${update.name}${fields.length ? `  ${fields.join(' ')}` : ''}`;
      }
      case 'api':
        return update.ok
          ? null
          : `${time(update.at)}      ✗ ${update.method} refused: ${String((update.reply as { error?: string }).error)}`;
      case 'node-left':
        return `${time(update.at)}    ↳ left by "${update.port}"${update.to ? ` → ${update.to}` : ', which leads nowhere'}`;
      case 'paused':
        return `${time(update.at)}  ‖ paused before ${update.nodeId} (${update.reason})`;
      case 'finished':
        return `${time(update.at)}  ■ ${update.status}: ${update.reason}`;
      default:
        return null;
    }
  };
}
