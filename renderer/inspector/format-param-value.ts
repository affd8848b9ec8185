import type { ParamSpec, ParamValue } from '../../shared/catalog';

const LIST_NOUNS = { choices: 'choice', conditions: 'condition', legs: 'leg' } as const;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A param's value as a designer would read it: "Yes", "10 seconds", "3 choices", "Not set". */
export function formatParamValue(spec: ParamSpec, value: ParamValue | undefined): string {
  if (spec.type === 'enum') {
    const option = spec.options.find((candidate) => candidate.value === value);
    if (option) return option.label;
  }
  if (value === undefined || value === '') return 'Not set';
  switch (spec.type) {
    case 'boolean':
      return value ? 'Yes' : 'No';
    case 'integer':
      return spec.unit && typeof value === 'number'
        ? plural(value, spec.unit.replace(/s$/, ''))
        : String(value);
    case 'choices':
    case 'conditions':
    case 'legs': {
      const count = Array.isArray(value) ? value.length : 0;
      return count === 0 ? 'None yet' : plural(count, LIST_NOUNS[spec.type]);
    }
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
