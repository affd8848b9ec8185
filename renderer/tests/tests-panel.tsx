import './tests.css';
import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ScenarioWire } from '../../shared/flow-tests';
import { coverageSummary } from '../../shared/flow-tests';
import type { TestResult } from '../../shared/ipc';
import { useDesigner } from '../store/designer-context';
import { CoverageList } from './coverage-list';
import { useFlowTests, useFlowTestsApi } from './flow-tests-context';
import { resultText } from './result-words';
import { SaveRunAsTestButton } from './save-run-as-test-button';
import { testsCoverage } from './tests-coverage';
import { useEditScenario } from './use-scenario-editor';
import { useTestActions } from './use-test-actions';

const NEW_SCENARIO: ScenarioWire = { name: 'new test', parties: {}, incoming: [], expect: {} };

type RowState = 'running' | 'passed' | 'failed' | 'not-run';

/**
 * The Tests tab: the flow's tests with their last result, Run all and run one (on exact time,
 * so the same answer every time), a failing test's first difference and its two paths on the
 * canvas, and what the tests cover of the flow, marked on the canvas on demand.
 */
export function TestsPanel() {
  const state = useFlowTests(
    useShallow((s) => ({
      scenarios: s.scenarios,
      results: s.results,
      running: s.running,
      loading: s.loading,
      problems: s.problems,
      unsaved: s.unsaved,
      owner: s.owner,
      shown: s.shown,
      coverageShown: s.coverageShown,
    })),
  );
  const store = useFlowTestsApi();
  const flow = useDesigner((s) => s.flow);
  const actions = useTestActions();
  const edit = useEditScenario();
  const { fitView } = useReactFlow();
  /** Shows a failing test's two paths, fitting both in view; or hides them. */
  const showPaths = (scenario: ScenarioWire, show: boolean) => {
    store.getState().show(show ? scenario.name : null);
    const taken = state.results[scenario.name]?.path ?? [];
    const ids = new Set([...(scenario.expect.path ?? []), ...taken]);
    if (show && ids.size > 0) {
      void fitView({ nodes: [...ids].map((id) => ({ id })), duration: 250, padding: 0.22 });
    }
  };
  const coverage = useMemo(() => testsCoverage(flow, state), [flow, state]);
  const ran = state.scenarios.filter((scenario) => state.results[scenario.name]);
  const passed = ran.filter((scenario) => state.results[scenario.name]!.passed).length;
  const busy = state.running.length > 0;

  const rowState = (name: string): RowState => {
    if (state.running.includes(name)) return 'running';
    const result = state.results[name];
    return result ? (result.passed ? 'passed' : 'failed') : 'not-run';
  };

  return (
    <div className="tests-panel" aria-busy={busy || state.loading}>
      <div className="tests-panel__bar" role="toolbar" aria-label="Tests">
        <button
          type="button"
          className="tests-panel__primary"
          disabled={busy || state.scenarios.length === 0}
          onClick={() => void actions.run()}
        >
          {busy ? 'Running…' : 'Run all'}
        </button>
        <button type="button" onClick={() => void edit(NEW_SCENARIO, { title: 'A new test' })}>
          New test
        </button>
        <SaveRunAsTestButton />
        <label className="tests-panel__toggle">
          <input
            type="checkbox"
            checked={state.coverageShown}
            onChange={(event) => store.getState().setCoverageShown(event.target.checked)}
          />
          Show coverage on the canvas
        </label>
        <span className="tests-panel__summary" role="status">
          {ran.length > 0 && `${passed} of ${ran.length} passed`}
          {coverage && <span className="tests-panel__share">{coverageSummary(coverage)}</span>}
        </span>
      </div>
      {state.unsaved && (
        <p className="tests-panel__note" role="note">
          These tests are kept with the flow when it is saved.
        </p>
      )}
      {state.problems.length > 0 && (
        <div className="tests-panel__problems" role="alert">
          {state.problems.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <div className="tests-panel__body">
        {state.scenarios.length === 0 ? (
          <p className="tests-panel__empty">
            {state.loading
              ? 'Reading the tests…'
              : 'No tests yet. Run the flow on the simulator, then “Save as test”, or write one with “New test”.'}
          </p>
        ) : (
          <ul className="tests-list" aria-label="Tests of the flow">
            {state.scenarios.map((scenario) => (
              <TestRow
                key={scenario.name}
                scenario={scenario}
                result={state.results[scenario.name]}
                state={rowState(scenario.name)}
                busy={busy}
                shown={state.shown === scenario.name}
                onRun={() => void actions.run([scenario.name])}
                onShow={(show) => showPaths(scenario, show)}
                onEdit={() =>
                  void edit(scenario, {
                    title: `Edit “${scenario.name}”`,
                    replacing: scenario.name,
                  })
                }
                onRemove={() => void actions.remove(scenario.name)}
              />
            ))}
          </ul>
        )}
        {state.coverageShown && (
          <section className="tests-coverage" aria-label="Coverage">
            {coverage ? (
              <>
                <p className="tests-coverage__share">
                  The tests take <strong>{coverageSummary(coverage)}</strong>.
                </p>
                <CoverageList flow={flow} coverage={coverage} />
              </>
            ) : (
              <p className="tests-coverage__share">Run the tests to see what they cover.</p>
            )}
          </section>
        )}
      </div>
    </div>
  );
}

function TestRow(props: {
  scenario: ScenarioWire;
  result: TestResult | undefined;
  state: RowState;
  busy: boolean;
  shown: boolean;
  onRun(): void;
  onShow(show: boolean): void;
  onEdit(): void;
  onRemove(): void;
}) {
  const { scenario, result, state } = props;
  const canShow = !!result && !result.passed && !!scenario.expect.path;
  return (
    <li className="tests-list__row" data-test-name={scenario.name} data-result={state}>
      <span className="tests-list__mark" aria-hidden="true">
        {state === 'passed' ? '✓' : state === 'failed' ? '✗' : state === 'running' ? '…' : '○'}
      </span>
      <span className="tests-list__name" title={scenario.name}>
        {scenario.name}
      </span>
      <span className="tests-list__result" data-result={state}>
        {state === 'running'
          ? 'Running…'
          : result
            ? resultText(result)
            : `Not run yet${scenario.expect.status ? `; expects ${scenario.expect.status}` : ''}`}
      </span>
      <span className="tests-list__actions">
        {canShow && (
          <button
            type="button"
            aria-pressed={props.shown}
            onClick={() => props.onShow(!props.shown)}
          >
            {props.shown ? 'Hide paths' : 'Show on canvas'}
          </button>
        )}
        <button type="button" disabled={props.busy} onClick={props.onRun}>
          Run
        </button>
        <button type="button" onClick={props.onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="tests-list__remove"
          onClick={props.onRemove}
          aria-label={`Remove “${scenario.name}”`}
        >
          Remove
        </button>
      </span>
      {result && !result.passed && result.failures.length > 0 && (
        <ul className="tests-list__failures">
          {result.failures.map((failure) => (
            <li key={failure}>{failure}</li>
          ))}
        </ul>
      )}
      {props.shown && (
        <p className="tests-list__legend">
          On the canvas: <span className="tests-legend tests-legend--expected">dashed blue</span> is
          the path the test expected,{' '}
          <span className="tests-legend tests-legend--taken">solid orange</span> where the run went
          instead; green is where both agree.
        </p>
      )}
    </li>
  );
}
