import { describe, expect, it } from 'vitest';
import { createFlowTestsStore } from '../../../../renderer/tests/flow-tests-store';
import type { TestResult } from '../../../../shared/ipc';

const scenario = (name: string) => ({ name, parties: {}, incoming: [], expect: {} });

const passed = (name: string): TestResult => ({
  name,
  passed: true,
  status: 'completed',
  reason: '',
  path: [],
  failures: [],
  pathDifference: null,
  outputs: [],
  durationMs: 0,
});

describe('the tests store', () => {
  it('keeps an unsaved flow’s tests in memory until they are written beside it', () => {
    const store = createFlowTestsStore();
    store.getState().setScenarios([scenario('a')], false);
    expect(store.getState()).toMatchObject({ owner: null, unsaved: true });
    store.getState().savedAt('ivr.legflow.json');
    expect(store.getState()).toMatchObject({ owner: { path: 'ivr.legflow.json' }, unsaved: false });
  });

  it('drops the result and the shown paths of a test that is removed', () => {
    const store = createFlowTestsStore();
    store.getState().loaded({ template: 'ivr-menu' }, [scenario('a'), scenario('b')]);
    store.getState().finishRunning([passed('a'), passed('b')]);
    store.getState().show('b');
    store.getState().setScenarios([scenario('a')], false);
    expect(Object.keys(store.getState().results)).toEqual(['a']);
    expect(store.getState().shown).toBeNull();
  });

  it('forgets everything of the last flow when another is opened', () => {
    const store = createFlowTestsStore();
    store.getState().loaded({ path: 'a.legflow.json' }, [scenario('a')]);
    store.getState().finishRunning([passed('a')]);
    store.getState().setCoverageShown(true);
    store.getState().reset({ path: 'b.legflow.json' });
    expect(store.getState()).toMatchObject({
      owner: { path: 'b.legflow.json' },
      scenarios: [],
      results: {},
      loading: true,
      coverageShown: false,
    });
  });
});
