/**
 * The numbers the platform accepts (reference/legs-api.md, "Create a leg"): an Indian number with
 * a leading 0 (`09163816621`, `08030752400`) or with the country prefix (`+919163816621`,
 * `919163816621`), or a SIP URI (`sip:user@domain`).
 */
const INDIAN_NATIONAL = /^0([1-9]\d{9})$/;
const INDIAN_INTERNATIONAL = /^\+?91([1-9]\d{9})$/;
const SIP_URI = /^sip:[^@\s]+@[^@\s]+$/i;

/** Whether `value` is a `sip:` URI (a well-formed one or not). */
export function isSipUri(value: string): boolean {
  return value.toLowerCase().startsWith('sip:');
}

/** Whether `value` is a well-formed `sip:user@domain`. */
export function isValidSipUri(value: string): boolean {
  return SIP_URI.test(value);
}

/** The ten national digits of an Indian number in either accepted form, else undefined. */
export function nationalDigits(value: string): string | undefined {
  return INDIAN_NATIONAL.exec(value)?.[1] ?? INDIAN_INTERNATIONAL.exec(value)?.[1];
}

/** Whether `value` is a number or URI the platform would dial. */
export function isDialable(value: string): boolean {
  return nationalDigits(value) !== undefined || isValidSipUri(value);
}

/**
 * The key a number is looked up by in the phonebook: `09163816621`, `+919163816621` and
 * `919163816621` are one number; a SIP URI is compared without case.
 */
export function numberKey(value: string): string {
  const trimmed = value.trim();
  return nationalDigits(trimmed) ?? trimmed.toLowerCase();
}

/** Whether two spellings name one number: `08030752400` and `+918030752400` do. */
export function sameNumber(a: string, b: string): boolean {
  return numberKey(a) === numberKey(b);
}
