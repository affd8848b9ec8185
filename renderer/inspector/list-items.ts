// Pure helpers for the list editors (Gather choices, Branch conditions).
import type { BranchCondition, GatherChoice } from '../../shared/catalog';

/** The keys a new menu choice gets: the first keypad key no choice uses yet, in keypad order. */
export function nextChoiceKey(choices: readonly GatherChoice[]): string {
  const used = new Set(choices.map((choice) => choice.digits));
  return (
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'].find((key) => !used.has(key)) ?? ''
  );
}

/** A fresh condition: "equals" and an empty value, which the designer fills in. */
export function newCondition(): BranchCondition {
  return { operator: 'equals', value: '' };
}

/** The list with the items at `a` and `b` swapped; the same list when either is out of range. */
export function swapItems<T>(list: readonly T[], a: number, b: number): T[] {
  const first = list[a];
  const second = list[b];
  if (first === undefined || second === undefined) return [...list];
  const next = [...list];
  next[a] = second;
  next[b] = first;
  return next;
}

/** The list without the item at `index`. */
export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

/** The list with the item at `index` replaced by `patch` applied to it. */
export function patchItem<T extends object>(
  list: readonly T[],
  index: number,
  patch: Partial<T>,
): T[] {
  return list.map((item, at) => (at === index ? { ...item, ...patch } : item));
}

const KEYPAD = /^[0-9*#]+$/;

/**
 * What is wrong with one choice's keys, said at once under its row: the flow-wide check names
 * the choice by its keys, which does not help while those keys are what is being typed.
 */
export function choiceKeysProblem(
  digits: string,
  index: number,
  choices: readonly GatherChoice[],
): string | null {
  if (digits === '') return 'Type the key (or keys) that pick this choice.';
  if (!KEYPAD.test(digits)) return 'Use keypad keys only: 0-9, * and #.';
  if (choices.some((choice, at) => at !== index && choice.digits === digits)) {
    return `Another choice already uses ${digits}.`;
  }
  return null;
}

/** Operators that test only whether the variable is empty, so they take no value. */
export function operatorTakesValue(operator: BranchCondition['operator']): boolean {
  return operator !== 'is-empty' && operator !== 'is-not-empty';
}

/** Operators in plain words for the operator select. */
export const OPERATOR_LABELS: Record<BranchCondition['operator'], string> = {
  equals: 'is',
  'not-equals': 'is not',
  contains: 'contains',
  'starts-with': 'starts with',
  'greater-than': 'is more than',
  'less-than': 'is less than',
  'is-empty': 'is empty',
  'is-not-empty': 'is not empty',
};
