import type { ExomlElement, ExomlNode } from './exoml-element';

/** A parse failure with the line and column where the ExoML went wrong. */
export class ExomlParseError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`ExoML is not well-formed at line ${line}, column ${column}: ${reason}`);
    this.name = 'ExomlParseError';
  }
}

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};
const NAME = /[A-Za-z_][A-Za-z0-9_.:-]*/y;

/**
 * A small XML reader for ExoML: elements, attributes, text, character and entity references,
 * comments, CDATA and an XML declaration. No DTDs or namespaces: ExoML uses neither.
 */
class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  parseDocument(): ExomlElement {
    this.skipMisc();
    if (this.text.startsWith('<?xml', this.at)) this.skipPast('?>', 'the XML declaration');
    this.skipMisc();
    if (this.text[this.at] !== '<') this.fail('expected an element such as <Flow>');
    const root = this.parseElement();
    this.skipMisc();
    if (this.at < this.text.length) this.fail('unexpected content after the root element');
    return root;
  }

  private parseElement(): ExomlElement {
    const start = this.at;
    this.at++; // '<'
    const tag = this.readName('a tag name');
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.text.startsWith('/>', this.at)) {
        this.at += 2;
        return { tag, attributes, children: [] };
      }
      if (this.text[this.at] === '>') {
        this.at++;
        break;
      }
      if (this.at >= this.text.length) this.fail(`<${tag}> is not closed`, start);
      if (!hadSpace) this.fail(`expected a space, ">" or "/>" in <${tag}>`);
      const nameAt = this.at;
      const name = this.readName('an attribute name');
      if (name in attributes) this.fail(`attribute ${name} appears twice in <${tag}>`, nameAt);
      this.skipSpace();
      this.expect('=', `"=" after attribute ${name}`);
      this.skipSpace();
      attributes[name] = this.readQuoted(name);
    }
    const children = this.parseChildren(tag, start);
    return { tag, attributes, children };
  }

  private parseChildren(tag: string, start: number): ExomlNode[] {
    const children: ExomlNode[] = [];
    let text = '';
    const flushText = () => {
      if (text !== '') children.push(text);
      text = '';
    };
    for (;;) {
      if (this.at >= this.text.length) this.fail(`<${tag}> is never closed`, start);
      if (this.text.startsWith('</', this.at)) {
        const closingAt = this.at;
        this.at += 2;
        const closing = this.readName('a closing tag name');
        if (closing !== tag) this.fail(`</${closing}> closes <${tag}>`, closingAt);
        this.skipSpace();
        this.expect('>', `">" after </${closing}`);
        flushText();
        return dropLayoutWhitespace(children);
      }
      if (this.text.startsWith('<!--', this.at)) {
        this.skipPast('-->', 'a comment');
      } else if (this.text.startsWith('<![CDATA[', this.at)) {
        const end = this.text.indexOf(']]>', this.at);
        if (end < 0) this.fail('a CDATA section is never closed');
        text += this.text.slice(this.at + 9, end);
        this.at = end + 3;
      } else if (this.text[this.at] === '<') {
        flushText();
        children.push(this.parseElement());
      } else {
        text += this.readText();
      }
    }
  }

  private readText(): string {
    let out = '';
    while (this.at < this.text.length && this.text[this.at] !== '<') {
      const ch = this.text[this.at]!;
      if (ch === '&') out += this.readReference();
      else if (ch === '\r') {
        // XML end-of-line handling: CRLF and lone CR become LF.
        out += '\n';
        this.at += this.text[this.at + 1] === '\n' ? 2 : 1;
      } else {
        out += ch;
        this.at++;
      }
    }
    return out;
  }

  private readQuoted(name: string): string {
    const quote = this.text[this.at];
    if (quote !== '"' && quote !== "'") this.fail(`the value of ${name} must be quoted`);
    this.at++;
    let out = '';
    for (;;) {
      const ch = this.text[this.at];
      if (ch === undefined) this.fail(`the value of ${name} is never closed`);
      if (ch === quote) break;
      if (ch === '<') this.fail(`"<" inside the value of ${name}`);
      if (ch === '&') {
        out += this.readReference();
        continue;
      }
      // Attribute-value normalisation: literal whitespace becomes a space.
      out += ch === '\n' || ch === '\t' || ch === '\r' ? ' ' : ch;
      this.at++;
    }
    this.at++;
    return out;
  }

  private readReference(): string {
    const end = this.text.indexOf(';', this.at);
    if (end < 0 || end - this.at > 12) this.fail('"&" must start a reference such as &amp;');
    const body = this.text.slice(this.at + 1, end);
    let value: string | undefined;
    const code = /^#x[0-9a-fA-F]+$/.test(body)
      ? parseInt(body.slice(2), 16)
      : /^#[0-9]+$/.test(body)
        ? parseInt(body.slice(1), 10)
        : undefined;
    if (code !== undefined) {
      if (code > 0x10ffff) this.fail(`&${body}; is not a character`);
      value = String.fromCodePoint(code);
    } else value = NAMED_ENTITIES[body];
    if (value === undefined) this.fail(`unknown reference &${body};`);
    this.at = end + 1;
    return value;
  }

  private readName(what: string): string {
    NAME.lastIndex = this.at;
    const match = NAME.exec(this.text);
    if (!match) this.fail(`expected ${what}`);
    this.at += match[0].length;
    return match[0];
  }

  private skipSpace(): boolean {
    const from = this.at;
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
    return this.at > from;
  }

  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (!this.text.startsWith('<!--', this.at)) return;
      this.skipPast('-->', 'a comment');
    }
  }

  private skipPast(terminator: string, what: string): void {
    const end = this.text.indexOf(terminator, this.at);
    if (end < 0) this.fail(`${what} is never closed`);
    this.at = end + terminator.length;
  }

  private expect(literal: string, what: string): void {
    if (!this.text.startsWith(literal, this.at)) this.fail(`expected ${what}`);
    this.at += literal.length;
  }

  private fail(reason: string, at = this.at): never {
    const before = this.text.slice(0, at).split('\n');
    throw new ExomlParseError(reason, before.length, (before.at(-1)?.length ?? 0) + 1);
  }
}

/** Indentation between elements is layout, not content: drop it when elements are present. */
function dropLayoutWhitespace(children: ExomlNode[]): ExomlNode[] {
  if (!children.some((child) => typeof child !== 'string')) return children;
  return children.filter((child) => typeof child !== 'string' || child.trim() !== '');
}

/** Parses ExoML text into its root element (normally `<Flow>`). Throws ExomlParseError. */
export function parseExoml(text: string): ExomlElement {
  return new Reader(text).parseDocument();
}
