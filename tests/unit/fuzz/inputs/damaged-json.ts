/** Nearly valid documents and damaged file texts: a valid JSON value, edited or broken. */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { anyJson, Deep, jsonText, oddJson } from './odd-json';
import { CONTROL, oddKey } from './odd-text';

type Json = unknown;

/**
 * One change to a JSON document at some path: what a hand edit or a broken writer does. `path`
 * walks down from the top, one pick per level, so a top-level key is as likely a target as a
 * field deep inside (a uniform pick among all places would hardly ever touch `version`).
 */
type Edit =
  | { op: 'replace'; path: number[]; value: Json }
  | { op: 'delete'; path: number[] }
  | { op: 'add'; path: number[]; key: string; value: Json }
  | { op: 'wrap'; path: number[] };

const editPath = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });

const edit: Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), path: editPath, value: anyJson }),
  fc.record({ op: fc.constant('delete' as const), path: editPath }),
  fc.record({ op: fc.constant('add' as const), path: editPath, key: oddKey, value: oddJson }),
  fc.record({ op: fc.constant('wrap' as const), path: editPath }),
);

function isContainer(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !(value instanceof Deep);
}

/** The place `path` leads to: a container and one of its keys, or none in a scalar document. */
function placeOf(
  document: Json,
  path: number[],
): { holder: Record<string, Json>; key: string } | undefined {
  if (!isContainer(document)) return undefined;
  let holder = document;
  for (const [level, pick] of path.entries()) {
    const keys = Object.keys(holder);
    if (keys.length === 0) return undefined;
    const key = keys[pick % keys.length]!;
    const next = holder[key];
    if (level === path.length - 1 || !isContainer(next)) return { holder, key };
    holder = next;
  }
  return undefined;
}

function applyEdit(document: Json, change: Edit): Json {
  const place = placeOf(document, change.path);
  if (!place) return change.op === 'replace' ? change.value : document;
  const { holder, key } = place;
  switch (change.op) {
    case 'replace':
      holder[key] = change.value;
      break;
    case 'delete':
      if (Array.isArray(holder)) holder.splice(Number(key), 1);
      else delete holder[key];
      break;
    case 'add': {
      const target = holder[key];
      if (Array.isArray(target)) target.push(change.value);
      else if (isContainer(target)) {
        Object.defineProperty(target, change.key, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    }
    case 'wrap':
      holder[key] = [holder[key]];
      break;
  }
  return document;
}

/** A valid document with one to four random edits: nearly right, which is where bugs hide. */
export function mutated(valid: Json): Arbitrary<Json> {
  return fc
    .array(edit, { minLength: 1, maxLength: 4 })
    .map((edits) => edits.reduce(applyEdit, structuredClone(valid)));
}

/** What can go wrong with a file's text once written: cut short, a BOM, a stray byte. */
export function damagedText(text: Arbitrary<string>): Arbitrary<string> {
  return fc.oneof(
    text,
    fc.tuple(text, fc.nat()).map(([value, at]) => value.slice(0, at % (value.length + 1))),
    text.map((value) => `\uFEFF${value}`),
    fc
      .tuple(text, fc.nat(), fc.oneof(CONTROL, fc.constantFrom('\uFEFF', '"', ',', '}', ']', '\\')))
      .map(([value, at, insert]) => {
        const index = at % (value.length + 1);
        return value.slice(0, index) + insert + value.slice(index);
      }),
  );
}

/** Text for a file that should hold JSON: odd JSON, damaged JSON, or no JSON at all. */
export function jsonFileText(valid: Json): Arbitrary<string> {
  const asText = (value: Arbitrary<Json>) => value.map(jsonText);
  return fc.oneof(
    { weight: 4, arbitrary: asText(mutated(valid)) },
    { weight: 2, arbitrary: damagedText(asText(fc.oneof(fc.constant(valid), mutated(valid)))) },
    { weight: 1, arbitrary: asText(anyJson) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
}
