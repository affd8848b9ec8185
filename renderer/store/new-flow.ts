import { CURRENT_FLOW_VERSION, FLOW_FORMAT } from '../../shared/flow/flow-document';
import type { FlowDocument } from '../../shared/flow/flow-document';

/** The flow a fresh window starts with: empty, with the one leg role most flows begin with. */
export function newFlow(name = 'Untitled flow'): FlowDocument {
  return {
    format: FLOW_FORMAT,
    version: CURRENT_FLOW_VERSION,
    name,
    legs: [{ id: 'caller', label: 'Caller', color: '#2563eb' }],
    nodes: [],
    edges: [],
    notes: [],
    variables: {},
  };
}
