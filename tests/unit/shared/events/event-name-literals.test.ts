import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { AUDIO_EVENTS, EVENT, EVENT_NAMES } from '../../../../shared/events';

/**
 * Every event name is spelt once, in shared/events/event-names.ts (issue 16, point 7): the app's
 * code names events through `EVENT`, so a correction is one edit and the compiler finds every use.
 * This walks the app's source and fails on a quoted event name, or a template that builds one
 * (`${kind}_success`), anywhere else.
 */
const TABLE = 'shared/events/event-names.ts';
const ROOTS = ['electron', 'shared', 'renderer'];

/** Files that may still spell a name, each with the reason. */
const ALLOWED: Record<string, string> = {};

const KNOWN = new Set<string>(Object.values(EVENT));
/** The endings of event names: what happened (`_success`, `_failed_to_start`, `_joined_bridge`). */
const ENDING =
  '(?:success|failed|started|completed|interrupted|initiated|stopped|created|terminated|terminal|answered|ringing|connecting|incoming|available|failed_to_[a-z]+|(?:joined|left)_bridge|sent)';
/** A whole string shaped like an event name, in the table or not (`hangup_success`). */
const NAME_SHAPE = new RegExp(`^[a-z]+(?:_[a-z]+)*_${ENDING}$`);
/** The text after `${…}` in a template that builds a name: `_success`, `_failed_to_start`. */
const BUILT_TAIL = new RegExp(`^_(?:[a-z]+_)*${ENDING}$`);
/** A cheap first look: a known name, or a word ending as event names do. */
const MAY_HOLD_NAME = new RegExp(`${[...KNOWN].join('|')}|_${ENDING}\\b`);

function looksLikeEventName(text: string): boolean {
  return KNOWN.has(text) || NAME_SHAPE.test(text);
}

/** The event-name spellings in one file's code (comments are not code), with their lines. */
function eventNameLiterals(fileName: string, text: string): string[] {
  // Parsing is the slow part: skip files with no word that could be (part of) an event name.
  if (!MAY_HOLD_NAME.test(text)) return [];
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${fileName}:${line + 1} ${what}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (looksLikeEventName(node.text)) report(node, `'${node.text}'`);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      // The head is not checked: `leg_${n}` is how a leg role is named, not an event.
      if (node.templateSpans.some((span) => BUILT_TAIL.test(span.literal.text)))
        report(node, `\`${parts.join('${…}')}\``);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('event names', () => {
  it('are spelt only in the table: no quoted or built name elsewhere in the app', () => {
    const files = ROOTS.flatMap(sourceFiles).filter((path) => path !== TABLE);
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .filter((path) => !Object.hasOwn(ALLOWED, path))
      .flatMap((path) => eventNameLiterals(path, readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  }, 30_000);

  it('allows only files that still spell a name, each with a reason', () => {
    for (const [path, reason] of Object.entries(ALLOWED)) {
      expect(reason.length, path).toBeGreaterThan(10);
      expect(eventNameLiterals(path, readFileSync(path, 'utf8')), path).not.toEqual([]);
    }
  });

  it('finds quoted, invented and built names, but not EVENT, fields or comments', () => {
    const code = [
      "emit('leg_answered');",
      'if (name === "hangup_success") {}',
      'emit(`${kind}_success`);',
      'const outcome = { event: `${prefix}_failed_to_start` };',
      'emit(EVENT.legAnswered);',
      'const role = `leg_${index}`;',
      "if (name === 'incoming_leg') {}",
      "const fields = ['leg_sid', 'bridge_sid', 'leg_event_endpoint', 'leg_lifecycle_event'];",
      '// sends `leg_terminated`',
    ].join('\n');
    expect(eventNameLiterals('probe.ts', code)).toEqual([
      "probe.ts:1 'leg_answered'",
      "probe.ts:2 'hangup_success'",
      'probe.ts:3 `${…}_success`',
      'probe.ts:4 `${…}_failed_to_start`',
      "probe.ts:7 'incoming_leg'",
    ]);
  });

  it('are all in the table with what they mean, and every audio event is one of them', () => {
    expect(Object.keys(EVENT_NAMES).sort()).toEqual([...KNOWN].sort());
    for (const name of KNOWN) expect(looksLikeEventName(name), name).toBe(true);
    for (const events of Object.values(AUDIO_EVENTS)) {
      for (const name of Object.values(events)) expect(KNOWN).toContain(name);
    }
  });
});
