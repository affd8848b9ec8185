// How form inputs map to stored param values and back. Pure, so every rule has a unit test.
import type { IntegerParam, ParamSpec, ParamValue, StringParam } from '../../shared/catalog';

/** The text an input shows for a stored value; absent values show as empty. */
export function inputText(value: ParamValue | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

const WHOLE = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.\d*|\.\d+)$/;

/**
 * What typing `text` into a number field stores. A number when the text reads as one (even a
 * fraction or one out of range), so validation can say exactly what is wrong; the text itself when
 * it is not a number at all, for the same reason; nothing when the field is empty, which leaves the
 * platform's default in force.
 */
export function parseIntegerInput(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (WHOLE.test(trimmed) || DECIMAL.test(trimmed)) return Number(trimmed);
  return text;
}

/**
 * Whether a field's draft text still stands for the stored value. When it does not, something
 * else changed the value (undo, another window) and the field shows the stored value instead.
 */
export function draftMatches(draft: string, value: ParamValue | undefined): boolean {
  return parseIntegerInput(draft) === value || draft === inputText(value);
}

const UNIT_WORDS: Record<NonNullable<IntegerParam['unit']>, string> = {
  seconds: 'seconds',
  times: 'times',
  digits: 'digits',
};

/** The allowed range in words, e.g. "0 to 10 times", shown beside a number field. */
export function describeRange(spec: IntegerParam): string {
  const unit = spec.unit ? ` ${UNIT_WORDS[spec.unit]}` : '';
  return `${spec.min} to ${spec.max}${unit}`;
}

/** A short example for formats whose shape is not obvious to someone who has never seen one. */
const FORMAT_EXAMPLES: Partial<Record<NonNullable<StringParam['format']>, string>> = {
  phone: 'e.g. 08030752400',
  identifier: 'e.g. attempts',
  digits: 'e.g. 1234',
};

/**
 * The placeholder of an empty field: the catalog's own hint, else the default the platform uses
 * when the field is left empty, else an example of the expected shape.
 */
export function placeholderFor(spec: ParamSpec): string | undefined {
  if (spec.type === 'string') {
    if (spec.placeholder) return spec.placeholder;
    // A required field left empty is a problem, not the default, so it must not look filled in.
    if (spec.default && !spec.required) return spec.default;
    if (spec.format === 'url') return `${spec.schemes?.[0] ?? 'https:'}//…`;
    return spec.format ? FORMAT_EXAMPLES[spec.format] : undefined;
  }
  if (spec.type === 'integer' && spec.default !== undefined && !spec.required) {
    return String(spec.default);
  }
  return undefined;
}

/** Input attributes that suit a text format: the right keyboard on touch screens, no spell check. */
export function textInputAttributes(spec: StringParam): {
  type: 'text' | 'url' | 'tel';
  inputMode?: 'url' | 'tel' | 'numeric';
  spellCheck?: boolean;
} {
  switch (spec.format) {
    case 'url':
      return { type: 'url', inputMode: 'url', spellCheck: false };
    case 'phone':
      return { type: 'tel', inputMode: 'tel', spellCheck: false };
    case 'digits':
      return { type: 'text', inputMode: 'numeric', spellCheck: false };
    case 'identifier':
      return { type: 'text', spellCheck: false };
    default:
      return { type: 'text' };
  }
}

/** What typing into a text field stores: empty text removes the param, so its default applies. */
export function parseTextInput(text: string): string | undefined {
  return text === '' ? undefined : text;
}
