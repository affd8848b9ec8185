import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PERSONA,
  loadPhonebook,
  parsePhonebook,
  PERSONA_BEHAVIOURS,
  PhonebookError,
} from '../../../electron/simulator';
import { isDialable, numberKey } from '../../../shared/phone-number';

describe('the built-in phonebook', () => {
  const phonebook = loadPhonebook();

  it('has a valid Indian demo number for every behaviour', () => {
    for (const behaviour of PERSONA_BEHAVIOURS) {
      const entries = phonebook.entries().filter((entry) => entry.persona.behaviour === behaviour);
      expect(entries.length, behaviour).toBeGreaterThan(0);
      for (const entry of entries) expect(entry.number).toMatch(/^0[6-9]\d{9}$/);
    }
    expect(phonebook.entries().some((entry) => (entry.persona.digits ?? []).length > 0)).toBe(true);
  });

  it('finds a number in any accepted spelling, and gives strangers the default', () => {
    const persona = phonebook.personaOf('09876500002');
    expect(persona.behaviour).toBe('busy');
    expect(phonebook.personaOf('+919876500002')).toBe(persona);
    expect(phonebook.personaOf('919876500002')).toBe(persona);
    expect(phonebook.personaOf('09111111111')).toEqual({ behaviour: 'answer', answerAfter: 2 });
    expect(phonebook.personaOf('09111111111')).toBe(DEFAULT_PERSONA);
  });
});

describe('phonebook files', () => {
  it('explains what is wrong with a bad file', () => {
    const bad = {
      format: 'legflow.phonebook',
      version: 1,
      entries: [{ number: '12345', persona: { behaviour: 'answers' } }],
    };
    expect(() => parsePhonebook(bad, 'my.json')).toThrow(PhonebookError);
    expect(() => parsePhonebook(bad, 'my.json')).toThrow(/entries\.0\.number: must be an Indian/);
    expect(() => parsePhonebook(bad, 'my.json')).toThrow(/entries\.0\.persona\.behaviour/);
    expect(() => loadPhonebook('/nonexistent/phonebook.json')).toThrow(/Cannot read the phonebook/);
  });

  it('rejects persona keys it does not know, so typos do not pass silently', () => {
    const typo = {
      format: 'legflow.phonebook',
      version: 1,
      entries: [{ number: '09111111111', persona: { behaviour: 'answer', answerafter: 3 } }],
    };
    expect(() => parsePhonebook(typo)).toThrow(/answerafter/);
  });
});

describe('phone numbers', () => {
  it('accepts Indian numbers with 0 or the country code, and sip: URIs', () => {
    expect(['09163816621', '+919163816621', '919163816621', 'sip:a@b'].every(isDialable)).toBe(
      true,
    );
    expect(['9163816621', '+14155550100', 'sip:ab', ''].some(isDialable)).toBe(false);
    expect(numberKey('SIP:Agent@Example.com')).toBe('sip:agent@example.com');
  });
});
