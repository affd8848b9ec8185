import { describe, expect, it } from 'vitest';
import { ExomlParseError, parseExoml } from '../../../../shared/exoml';

function failure(text: string): ExomlParseError {
  try {
    parseExoml(text);
  } catch (error) {
    if (error instanceof ExomlParseError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse`);
}

describe('parseExoml', () => {
  it('reads elements, attributes in either quote, references, CDATA and comments', () => {
    const root = parseExoml(
      `<Flow>\n  <Say a='1' b="&lt;2&#x3E;&#65;">x<![CDATA[<y>]]>z<!-- c --></Say>\n</Flow>`,
    );
    expect(root).toEqual({
      tag: 'Flow',
      attributes: {},
      children: [{ tag: 'Say', attributes: { a: '1', b: '<2>A' }, children: ['x<y>z'] }],
    });
  });

  it('keeps whitespace-only text when it is the content, drops it between elements', () => {
    expect(parseExoml('<Flow><Say>  </Say>\n</Flow>').children).toEqual([
      { tag: 'Say', attributes: {}, children: ['  '] },
    ]);
  });

  it('normalises line ends in text and whitespace in attributes, as XML does', () => {
    const say = parseExoml('<Flow><Say v="a\tb\nc">1\r\n2\r3</Say></Flow>').children[0];
    expect(say).toEqual({ tag: 'Say', attributes: { v: 'a b c' }, children: ['1\n2\n3'] });
  });

  it.each([
    ['<Flow><Say>hi</Flow>', 1, 14, '</Flow> closes <Say>'],
    ['<Flow>\n<Say loop=1/></Flow>', 2, 11, 'the value of loop must be quoted'],
    ['<Flow><Say>a & b</Say></Flow>', 1, 14, '"&" must start a reference'],
    ['<Flow><Say>&nbsp;</Say></Flow>', 1, 12, 'unknown reference &nbsp;'],
    ['<Flow a="1" a="2"/>', 1, 13, 'attribute a appears twice'],
    ['<Flow>', 1, 1, '<Flow> is never closed'],
    ['<Flow/><Flow/>', 1, 8, 'unexpected content after the root element'],
    ['hello', 1, 1, 'expected an element'],
    ['<Flow><Say>&#1114112;</Say></Flow>', 1, 12, 'not a character'],
  ])('reports %j at line %i, column %i', (text, line, column, reason) => {
    const error = failure(text);
    expect(error.line).toBe(line);
    expect(error.column).toBe(column);
    expect(error.message).toContain(reason);
    expect(error.message).toMatch(/^ExoML is not well-formed at line \d+, column \d+: /);
  });
});
