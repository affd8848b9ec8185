import { describe, expect, it } from 'vitest';
import { FlowVersionError, MIGRATIONS, migrateFlow } from '../../../../shared/flow';
import type { Migration } from '../../../../shared/flow';
import { CURRENT_FLOW_VERSION } from '../../../../shared/flow';

/** A made-up history: v1 renames "name" to "title", v2 adds a "tags" list. */
const history: Record<number, Migration> = {
  1: ({ name, ...rest }) => ({ ...rest, title: name }),
  2: (document) => ({ ...document, tags: [] }),
};

describe('migrateFlow', () => {
  it('applies each step in order and stamps the new version', () => {
    expect(migrateFlow({ format: 'legflow.flow', version: 1, name: 'x' }, history, 3)).toEqual({
      format: 'legflow.flow',
      version: 3,
      title: 'x',
      tags: [],
    });
  });

  it('starts from the document own version', () => {
    expect(migrateFlow({ version: 2, title: 'y' }, history, 3)).toEqual({
      version: 3,
      title: 'y',
      tags: [],
    });
  });

  it('leaves a current document alone', () => {
    const document = { version: CURRENT_FLOW_VERSION, name: 'z' };
    expect(migrateFlow(document)).toEqual(document);
  });

  it('has a step for every version before the current one', () => {
    for (let version = 1; version < CURRENT_FLOW_VERSION; version++)
      expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('refuses a newer version, a gap and a bad version', () => {
    expect(() => migrateFlow({ version: 4 }, history, 3)).toThrow(/made by a newer Legflow Studio/);
    expect(() => migrateFlow({ version: 1 }, { 1: history[1]! }, 3)).toThrow(
      /No migration from flow format version 2 to 3/,
    );
    expect(() => migrateFlow({ version: '1' })).toThrow(FlowVersionError);
    expect(() => migrateFlow({})).toThrow(/"version" must be a whole number/);
  });
});

describe('version 1 → 2: loop counts repeats (seed 002: "number of times to repeat, default 0")', () => {
  const v1 = (params: Record<string, unknown>, kind = 'say') => ({
    format: 'legflow.flow',
    version: 1,
    name: 'x',
    legs: [],
    nodes: [{ id: 'n', kind, leg: null, label: '', params, position: { x: 0, y: 0 } }],
    edges: [],
  });
  const loopAfter = (params: Record<string, unknown>, kind = 'say') =>
    (migrateFlow(v1(params, kind)).nodes as { params: Record<string, unknown> }[])[0]!.params;

  it('turns "play N times" into N − 1 repeats, so the flow sounds as it did', () => {
    expect(loopAfter({ text: 'hi', loop: 1 })).toEqual({ text: 'hi', loop: 0 });
    expect(loopAfter({ url: 'https://a/b.wav', loop: 3 }, 'play')).toEqual({
      url: 'https://a/b.wav',
      loop: 2,
    });
    expect(loopAfter({ text: 'hi', loop: 10 })).toEqual({ text: 'hi', loop: 9 });
  });

  it('keeps 0 (which played once too) at 0, and a Say without loop as it is', () => {
    expect(loopAfter({ text: 'hi', loop: 0 })).toEqual({ text: 'hi', loop: 0 });
    expect(loopAfter({ text: 'hi' })).toEqual({ text: 'hi' });
  });

  it('touches only Say and Play, and nothing but loop', () => {
    expect(loopAfter({ loop: 3, numDigits: 1 }, 'gather')).toEqual({ loop: 3, numDigits: 1 });
    const migrated = migrateFlow(v1({ text: 'hi', loop: 2 }));
    expect(migrated).toMatchObject({ version: CURRENT_FLOW_VERSION, name: 'x', edges: [] });
  });

  it('opens a version-1 file through loadFlow with the new meaning', async () => {
    const { loadFlow } = await import('../../../../shared/flow');
    const flow = loadFlow(JSON.stringify(v1({ text: 'hi', loop: 2 })));
    expect(flow.version).toBe(2);
    expect(flow.nodes[0]!.params.loop).toBe(1);
  });
});
