import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExoml, element, parseExoml, toXmlSafeText } from '../../../../shared/exoml';
import type { ExomlElement } from '../../../../shared/exoml';

/** Any text, including markup characters, whitespace, CRs, astral characters and lone surrogates. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '\r',
      '\n',
      '\t',
      ' ',
      ']]>',
      '&amp;',
      'a',
      '\u0001',
    ),
    maxLength: 30,
  }),
);

function onlyChild(root: ExomlElement): ExomlElement {
  expect(root.children).toHaveLength(1);
  return root.children[0] as ExomlElement;
}

describe('escaping (property)', () => {
  it('for any text, parsing the built ExoML gives the text back', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const say = onlyChild(parseExoml(buildExoml([element('Say', {}, [text])])));
        const expected = toXmlSafeText(text);
        expect(say.children).toEqual(expected === '' ? [] : [expected]);
      }),
      { numRuns: 2000 },
    );
  });

  it('for any attribute value, parsing gives the value back', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const stream = onlyChild(
          parseExoml(buildExoml([element('StartStream', { streamUrl: value })])),
        );
        expect(stream.attributes.streamUrl).toBe(toXmlSafeText(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('only drops characters XML cannot carry', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        // eslint-disable-next-line no-control-regex -- these are exactly the characters under test
        const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
        expect(toXmlSafeText(clean)).toBe(clean);
      }),
    );
  });
});
