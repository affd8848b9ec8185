/**
 * Describes one parameter of a node kind. The inspector form, the params validation and the
 * ExoML compiler are all derived from these descriptors, so a kind's params live in one place.
 */
export type ParamSpec =
  | StringParam
  | IntegerParam
  | BooleanParam
  | EnumParam
  | ChoicesParam
  | ConditionsParam
  | LegListParam;

/** Where a param goes in the node's ExoML: an attribute, the element's text, or nowhere. */
export type ExomlPlacement = 'attribute' | 'content' | 'none';

interface BaseParam {
  /** The platform's own name: a create-leg field or an ExoML attribute. */
  name: string;
  label: string;
  help: string;
  required?: boolean;
  /** Defaults to 'attribute' for action kinds; 'none' marks runner-only options. */
  exoml?: ExomlPlacement;
}

export interface StringParam extends BaseParam {
  type: 'string';
  default?: string;
  /** A UI hint and a light check: urls must look like urls, digits only digits. */
  format?: 'text' | 'multiline' | 'url' | 'phone' | 'digits' | 'identifier';
  /** Accepted URL schemes when format is 'url', e.g. ['wss:', 'ws:']. */
  schemes?: string[];
  placeholder?: string;
}

export interface IntegerParam extends BaseParam {
  type: 'integer';
  default?: number;
  min: number;
  max: number;
  unit?: 'seconds' | 'times' | 'digits';
}

export interface BooleanParam extends BaseParam {
  type: 'boolean';
  default: boolean;
}

export interface EnumParam extends BaseParam {
  type: 'enum';
  options: { value: string; label: string }[];
  default?: string;
}

/** Gather's menu: each choice becomes an output port named by its digits. */
export interface ChoicesParam extends BaseParam {
  type: 'choices';
}

/** Branch's conditions: each becomes an output port `if-1`, `if-2`, ... */
export interface ConditionsParam extends BaseParam {
  type: 'conditions';
}

/** A list of leg roles, e.g. the legs a bridge joins. */
export interface LegListParam extends BaseParam {
  type: 'legs';
  minItems: number;
}

export interface GatherChoice {
  digits: string;
  label: string;
}

export const BRANCH_OPERATORS = [
  'equals',
  'not-equals',
  'contains',
  'starts-with',
  'greater-than',
  'less-than',
  'is-empty',
  'is-not-empty',
] as const;
export type BranchOperator = (typeof BRANCH_OPERATORS)[number];

export interface BranchCondition {
  operator: BranchOperator;
  value: string;
  label?: string;
}

/** Param values as stored in a flow file. */
export type ParamValue = string | number | boolean | GatherChoice[] | BranchCondition[] | string[];
export type Params = Record<string, ParamValue>;
