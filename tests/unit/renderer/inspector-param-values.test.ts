import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../shared/catalog';
import type { IntegerParam, ParamSpec, StringParam } from '../../../shared/catalog';
import {
  describeRange,
  draftMatches,
  inputText,
  parseIntegerInput,
  parseTextInput,
  placeholderFor,
  textInputAttributes,
} from '../../../renderer/inspector/param-values';

function spec(kind: Parameters<typeof definitionOf>[0], name: string): ParamSpec {
  const found = definitionOf(kind).params.find((param) => param.name === name);
  if (!found) throw new Error(`${kind} has no param ${name}`);
  return found;
}

describe('number fields', () => {
  it('store whole numbers, fractions and out-of-range numbers as numbers', () => {
    expect(parseIntegerInput('3')).toBe(3);
    expect(parseIntegerInput(' 11 ')).toBe(11);
    expect(parseIntegerInput('-2')).toBe(-2);
    expect(parseIntegerInput('05')).toBe(5);
    expect(parseIntegerInput('2.5')).toBe(2.5);
    expect(parseIntegerInput('.5')).toBe(0.5);
  });

  it('keep text that is not a number as typed, so validation can name the mistake', () => {
    expect(parseIntegerInput('ten')).toBe('ten');
    expect(parseIntegerInput('1e3')).toBe('1e3');
    expect(parseIntegerInput('-')).toBe('-');
  });

  it('store nothing for an empty field, so the default applies', () => {
    expect(parseIntegerInput('')).toBeUndefined();
    expect(parseIntegerInput('   ')).toBeUndefined();
  });

  it('keep showing what was typed while it still means the stored value', () => {
    expect(draftMatches('05', 5)).toBe(true);
    expect(draftMatches('2.', '2.')).toBe(true);
    expect(draftMatches('', undefined)).toBe(true);
    // Undo put 1 back while the field said 05: show 1.
    expect(draftMatches('05', 1)).toBe(false);
  });

  it('describe their range with the unit', () => {
    expect(describeRange(spec('say', 'loop') as IntegerParam)).toBe('0 to 10 times');
    expect(describeRange(spec('wait', 'seconds') as IntegerParam)).toBe('1 to 3600 seconds');
    expect(describeRange({ ...(spec('wait', 'seconds') as IntegerParam), unit: undefined })).toBe(
      '1 to 3600',
    );
  });
});

describe('text fields', () => {
  it('remove the param when emptied and keep any other text exactly', () => {
    expect(parseTextInput('')).toBeUndefined();
    expect(parseTextInput('  Hello {{digits}} ')).toBe('  Hello {{digits}} ');
  });

  it('show stored values as text and absent ones as empty', () => {
    expect(inputText('abc')).toBe('abc');
    expect(inputText(30)).toBe('30');
    expect(inputText(undefined)).toBe('');
    expect(inputText(true)).toBe('');
  });

  it('get a keyboard and spell check that suit their format', () => {
    const url = spec('play', 'url') as StringParam;
    const phone = spec('outbound-call', 'contact_uri') as StringParam;
    expect(textInputAttributes(url)).toMatchObject({ type: 'url', spellCheck: false });
    expect(textInputAttributes(phone)).toMatchObject({ type: 'tel', inputMode: 'tel' });
    expect(textInputAttributes(spec('say', 'language') as StringParam).type).toBe('text');
  });
});

describe('placeholders', () => {
  it("show the catalog's hint, else the default, else an example of the shape", () => {
    expect(placeholderFor(spec('play', 'url'))).toBe('https://example.com/welcome.wav');
    expect(placeholderFor(spec('say', 'language'))).toBe('en');
    expect(placeholderFor(spec('say', 'loop'))).toBe('0');
    expect(placeholderFor(spec('outbound-call', 'contact_uri'))).toBe('e.g. 08030752400');
    expect(placeholderFor(spec('refer', 'legEventEndpoint'))).toBe('grpc://…');
    expect(placeholderFor(spec('say', 'pollyVoiceId'))).toBeUndefined();
  });

  it('never make a required field look filled in with its default', () => {
    // Join bridge's sid is required and defaults to {{bridge.sid}}: empty is a problem.
    expect(placeholderFor(spec('join-bridge', 'bridgeSid'))).toBeUndefined();
  });
});
