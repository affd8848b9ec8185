import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FlowLoadError, loadFlow, serializeFlow, validateFlow } from '../../../../shared/flow';

const fixture = (name: string) => readFileSync(`tests/fixtures/flows/${name}`, 'utf8');

function loadError(text: string): FlowLoadError {
  try {
    loadFlow(text);
  } catch (error) {
    if (error instanceof FlowLoadError) return error;
    throw error;
  }
  throw new Error('expected the flow not to load');
}

describe('loadFlow', () => {
  it('loads a valid flow', () => {
    expect(loadFlow(fixture('minimal.legflow.json')).nodes.map((node) => node.id)).toEqual([
      'start',
      'bye',
    ]);
  });

  it('names the line and column of bad JSON', () => {
    const error = loadError(fixture('bad-json.legflow.json'));
    expect(error.notAFlow).toBe(true);
    expect(error.problems).toEqual([
      'The file is not valid JSON: unexpected "}" at line 9, column 3.',
    ]);
  });

  it('refuses a file nested thousands of levels deep with a reason, not a stack overflow', () => {
    const deep = `${'['.repeat(5_000)}1${']'.repeat(5_000)}`;
    for (const text of [
      `{"format":${deep}}`,
      `{"format":"legflow.flow","version":${deep}}`,
      `{"format":"legflow.flow","version":2,"nodes":[{"kind":${deep}}]}`,
    ]) {
      const error = loadError(text);
      expect(error.notAFlow).toBe(true);
      expect(error.problems).toEqual([
        'The file nests more than 64 levels deep, which no Legflow flow does.',
      ]);
    }
  });

  it('quotes an id that is not text as JSON, never as [object Object]', () => {
    const flow = JSON.parse(fixture('minimal.legflow.json')) as { edges: unknown[] };
    flow.edges = [{ id: {}, from: 'start', port: 'next', to: 'nowhere' }];
    const problems = loadError(JSON.stringify(flow)).problems.join('\n');
    expect(problems).toContain('edges[0] (id "{}")');
    expect(problems).not.toContain('[object Object]');
  });

  it('says when JSON is cut short', () => {
    expect(loadError('{"format": "legflow.flow"').problems[0]).toBe(
      'The file is not valid JSON: the text ends before the JSON is complete.',
    );
  });

  it('refuses a file that is not a flow', () => {
    expect(loadError('[1, 2]').problems).toEqual([
      'The file is JSON but not an object, so it is not a Legflow flow.',
    ]);
    const other = loadError('{"name": "package"}');
    expect(other.notAFlow).toBe(true);
    expect(other.message).toBe(
      'The file is not a Legflow flow: "format" must be "legflow.flow", found null.',
    );
  });

  it('refuses a newer version with advice', () => {
    const error = loadError(fixture('future-version.legflow.json'));
    expect(error.notAFlow).toBe(false);
    expect(error.message).toMatch(/version 7, made by a newer Legflow Studio.*Update the app/);
  });

  it('names an unknown kind and a missing node by path and id', () => {
    const error = loadError(fixture('broken-references.legflow.json'));
    expect(error.problems).toEqual([
      expect.stringMatching(
        /^nodes\[1\] \(id "greet"\)\.kind: unknown node kind "sya"; known kinds are answer, /,
      ),
      'edges[1] (id "e2"): "to" names node "goodbye", which is not in the flow',
    ]);
  });

  it('reports wrong types with their paths, and duplicate ids', () => {
    const text = fixture('minimal.legflow.json')
      .replace('"x": 0', '"x": "left"')
      .replace('"id": "bye"', '"id": "start"');
    const error = loadError(text);
    expect(error.problems).toEqual([
      'nodes[0] (id "start").position.x: Invalid input: expected number, received string',
      'nodes[1]: the id "start" is used by two nodes',
      'edges[0] (id "e1"): "to" names node "bye", which is not in the flow',
    ]);
  });

  it('fills in what a hand-written file leaves out, and saves it in the canonical form', () => {
    const flow = loadFlow(fixture('hand-written.legflow.json'));
    expect(flow.nodes.map((node) => [node.kind, node.leg])).toEqual([
      ['incoming-call', 'caller'],
      ['set-variable', null],
      ['wait', null],
      ['branch', null],
      ['end', null],
    ]);
    expect(flow.notes).toEqual([]);
    expect(flow.variables).toEqual({});
    expect(validateFlow(flow).filter((problem) => problem.severity === 'error')).toEqual([]);
    const saved = serializeFlow(flow);
    expect(saved).toContain('"id": "done",\n      "kind": "end",\n      "leg": null,');
    expect(saved).toMatch(/"notes": \[\],\n {2}"variables": \{\}\n\}\n$/);
    expect(loadFlow(saved)).toEqual(flow);
  });

  it('loads a leg-acting node with no leg, leaving validation to say it needs one', () => {
    const text = fixture('minimal.legflow.json').replace(
      '"kind": "hangup", "leg": "caller",',
      '"kind": "hangup",',
    );
    const flow = loadFlow(text);
    expect(flow.nodes[1]!.leg).toBeNull();
    expect(validateFlow(flow).map((problem) => problem.code)).toContain('leg-missing');
  });

  it('reads a file saved with a UTF-8 byte order mark', () => {
    const text = `\uFEFF${fixture('minimal.legflow.json')}`;
    expect(loadFlow(text)).toEqual(loadFlow(fixture('minimal.legflow.json')));
  });
});
