import type { ParamSpec, ParamValue } from '../../../shared/catalog';
import type { FieldMessage } from '../field-problems';

/** What every param field gets: the node, the param's spec, its value and its messages. */
export interface ParamFieldProps<Spec extends ParamSpec = ParamSpec> {
  nodeId: string;
  spec: Spec;
  value: ParamValue | undefined;
  messages?: readonly FieldMessage[] | undefined;
}
