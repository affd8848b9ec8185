import type { PortSpec } from './node-definition';
import type { BooleanParam, EnumParam, IntegerParam, Params } from './param-spec';

// ASSUMPTION(loop-label): the catalog calls loop "Repeats", default 0 (seed 002).
/**
 * ExoML's `loop`: seed 002 says "number of times to repeat (max 10), default 0", so it counts
 * repeats, not plays: 0 plays once, 2 plays three times. (Flow format 1 counted plays; the
 * migration to format 2 turns those into repeats.)
 */
export const loopParam: IntegerParam = {
  name: 'loop',
  label: 'Repeats',
  help: 'How many more times to play it after the first time (0 to 10). 0 plays it once; 2 plays it three times.',
  type: 'integer',
  default: 0,
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
