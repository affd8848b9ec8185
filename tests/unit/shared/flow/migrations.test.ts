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
