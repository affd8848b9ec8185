import type { FlowLeg } from '../../shared/flow';
import { BooleanParamField } from './fields/boolean-param';
import { ChoicesEditor } from './fields/choices-editor';
import { ConditionsEditor } from './fields/conditions-editor';
import { EnumParamField } from './fields/enum-param';
import { IntegerParamField } from './fields/integer-param';
import { LegsParamField } from './fields/legs-param';
import type { ParamFieldProps } from './fields/param-field-props';
import { TextParam } from './fields/text-param';

/** The form control for one param, chosen by the param's type in the catalog. */
export function ParamField({ spec, ...rest }: ParamFieldProps & { legs: readonly FlowLeg[] }) {
  switch (spec.type) {
    case 'string':
      return <TextParam spec={spec} {...rest} />;
    case 'integer':
      return <IntegerParamField spec={spec} {...rest} />;
    case 'boolean':
      return <BooleanParamField spec={spec} {...rest} />;
    case 'enum':
      return <EnumParamField spec={spec} {...rest} />;
    case 'choices':
      return <ChoicesEditor spec={spec} {...rest} />;
    case 'conditions':
      return <ConditionsEditor spec={spec} {...rest} />;
    case 'legs':
      return <LegsParamField spec={spec} {...rest} />;
  }
}
