/** One finding of validation, in plain words, tied to a node where it has one. */
export interface Problem {
  /** A stable identifier of the rule, for tests and for filtering. */
  code: ProblemCode;
  severity: 'error' | 'warning';
  message: string;
  nodeId?: string;
  param?: string;
}

export type ProblemCode =
  | 'no-start'
  | 'several-starts'
  | 'unreachable'
  | 'param-missing'
  | 'param-invalid'
  | 'port-unconnected'
  | 'port-unknown'
  | 'port-reused'
  | 'edge-into-trigger'
  | 'leg-missing'
  | 'leg-undefined'
  | 'leg-never-created'
  | 'bridge-too-few-legs'
  | 'hold-without-unhold'
  | 'gather-without-no-input'
  | 'cycle-without-exit';
