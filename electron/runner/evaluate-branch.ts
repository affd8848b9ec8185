import type { BranchCondition } from '../../shared/catalog';

function asNumber(text: string): number | null {
  return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : null;
}

/** Whether one Branch condition holds for a variable's value (text; numbers compare as numbers). */
export function conditionHolds(condition: BranchCondition, value: string): boolean {
  switch (condition.operator) {
    case 'equals':
      return value === condition.value;
    case 'not-equals':
      return value !== condition.value;
    case 'contains':
      return value.includes(condition.value);
    case 'starts-with':
      return value.startsWith(condition.value);
    case 'greater-than':
    case 'less-than': {
      const left = asNumber(value);
      const right = asNumber(condition.value);
      if (left === null || right === null) return false;
      return condition.operator === 'greater-than' ? left > right : left < right;
    }
    case 'is-empty':
      return value === '';
    case 'is-not-empty':
      return value !== '';
  }
}

/** The port a Branch leaves by: `if-N` for the first condition that holds, else `else`. */
export function branchPort(conditions: BranchCondition[], value: string): string {
  const index = conditions.findIndex((condition) => conditionHolds(condition, value));
  return index < 0 ? 'else' : `if-${index + 1}`;
}
