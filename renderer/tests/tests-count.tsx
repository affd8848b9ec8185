import { useFlowTests } from './flow-tests-context';

/** Beside the Tests tab's title: how many tests failed their last run, in red; else nothing. */
export function TestsCount() {
  const failed = useFlowTests(
    (state) =>
      state.scenarios.filter((scenario) => state.results[scenario.name]?.passed === false).length,
  );
  if (failed === 0) return null;
  return (
    <span className="dock-tab__count" data-severity="error" title={`${failed} failed`}>
      {failed}
    </span>
  );
}
