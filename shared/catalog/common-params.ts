import type { PortSpec } from './node-definition';
import type { BooleanParam, EnumParam, IntegerParam, Params } from './param-spec';

export const loopParam: IntegerParam = {
  name: 'loop',
  label: 'Repeat',
  help: 'How many times to play it (0 to 10). 0 plays it once with no repeat.',
  type: 'integer',
  default: 1,
  min: 0,
  max: 10,
  unit: 'times',
};

export function directionParam(defaultValue: 'in' | 'out' | 'both', help: string): EnumParam {
  return {
    name: 'direction',
    label: 'Direction',
    help,
    type: 'enum',
    default: defaultValue,
    options: [
      { value: 'in', label: 'In (what the caller says)' },
      { value: 'out', label: 'Out (what the caller hears)' },
      { value: 'both', label: 'Both ways' },
    ],
  };
}

/** A runner option, not an ExoML attribute: hold the cursor until the audio has finished. */
export const waitParam: BooleanParam = {
  name: 'wait',
  label: 'Wait until finished',
  help: 'On: the flow moves on when the audio has finished. Off: it moves on at once.',
  type: 'boolean',
  default: true,
  exoml: 'none',
};

export const NEXT: PortSpec = { name: 'next', label: 'Next', required: true };
export const ERROR: PortSpec = { name: 'error', label: 'Error', required: false };
export const HUNG_UP: PortSpec = { name: 'hung-up', label: 'When it hangs up', required: false };

/** Reads a string param, treating absent values as empty. */
export function text(params: Params, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Cuts text to a one-line summary for the canvas. */
export function firstWords(value: string, max = 40): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
