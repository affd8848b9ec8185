import { NEXT, firstWords, text } from '../common-params';
import type { NodeDefinition } from '../node-definition';
import type { BranchCondition, Params } from '../param-spec';

function flowControl(
  definition: Omit<NodeDefinition, 'category' | 'usesLeg' | 'trigger' | 'waitsFor'>,
): NodeDefinition {
  return { ...definition, category: 'Flow', usesLeg: false, trigger: false, waitsFor: () => null };
}

/** The conditions of a Branch, tolerating a half-edited params object. */
export function branchConditions(params: Params): BranchCondition[] {
  const value = params.conditions;
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is BranchCondition =>
      typeof item === 'object' && item !== null && 'operator' in item,
  );
}

export const wait = flowControl({
  kind: 'wait',
  title: 'Wait',
  help: 'Pauses the flow for some seconds; the call stays up.',
  icon: '◷',
  params: [
    {
      name: 'seconds',
      label: 'Seconds',
      help: 'How long to wait.',
      type: 'integer',
      default: 5,
      min: 1,
      max: 3600,
      unit: 'seconds',
      exoml: 'none',
    },
  ],
  ports: () => [NEXT],
  summary: (params) => `${String(params.seconds ?? 5)} s`,
});

export const branch = flowControl({
  kind: 'branch',
  title: 'Branch',
  help: 'Goes one way or another depending on a variable, e.g. the digits pressed.',
  icon: '⑂',
  params: [
    {
      name: 'variable',
      label: 'Variable',
      help: 'The variable to test, e.g. digits or caller.answered_by.',
      type: 'string',
      format: 'identifier',
      default: 'digits',
      required: true,
      exoml: 'none',
    },
    {
      name: 'conditions',
      label: 'Conditions',
      help: 'Checked in order; the first that holds picks its output. Otherwise "else".',
      type: 'conditions',
      exoml: 'none',
    },
  ],
  ports: (params) => [
    ...branchConditions(params).map((condition, index) => ({
      name: `if-${index + 1}`,
      label: condition.label || `${condition.operator} ${condition.value}`.trim(),
      required: true,
    })),
    { name: 'else', label: 'Else', required: true },
  ],
  summary: (params) => `on ${text(params, 'variable')}`,
});

export const setVariable = flowControl({
  kind: 'set-variable',
  title: 'Set variable',
  help: 'Stores a value under a name, for later Say text or Branch tests.',
  icon: '≔',
  params: [
    {
      name: 'name',
      label: 'Name',
      help: 'Letters, digits and _ ; e.g. attempts.',
      type: 'string',
      format: 'identifier',
      required: true,
      exoml: 'none',
    },
    {
      name: 'value',
      label: 'Value',
      help: 'Text, which may use {{templates}}.',
      type: 'string',
      exoml: 'none',
    },
  ],
  ports: () => [NEXT],
  summary: (params) => firstWords(`${text(params, 'name')} = ${text(params, 'value')}`),
});

export const end = flowControl({
  kind: 'end',
  title: 'End',
  help: 'Ends the run. Every leg the run created is hung up.',
  icon: '◼',
  params: [
    {
      name: 'status',
      label: 'Result',
      help: 'Whether the run counts as completed or failed.',
      type: 'enum',
      default: 'completed',
      options: [
        { value: 'completed', label: 'Completed' },
        { value: 'failed', label: 'Failed' },
      ],
      exoml: 'none',
    },
    {
      name: 'reason',
      label: 'Reason',
      help: 'Optional words recorded with the result.',
      type: 'string',
      exoml: 'none',
    },
  ],
  ports: () => [],
  summary: (params) => text(params, 'status'),
});
