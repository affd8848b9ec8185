import { createContext, useContext } from 'react';
import { createStore, useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { pathEdgeKey } from './test-marks';
import type { CoverageMark, CoverageMarks, PathMark, PathMarks } from './test-marks';

/** What the canvas shows of the flow's tests: their coverage, and one test's two paths. */
export interface TestMarksState {
  coverage: CoverageMarks | null;
  path: PathMarks | null;
}

export type TestMarksStore = StoreApi<TestMarksState>;

export function createTestMarksStore(): TestMarksStore {
  return createStore<TestMarksState>()(() => ({ coverage: null, path: null }));
}

export const TestMarksContext = createContext<TestMarksStore | null>(null);

// Stands in where no tests feature is provided (the canvas's own tests): nothing is marked.
const NO_MARKS = createTestMarksStore();

function useMarks<T>(selector: (state: TestMarksState) => T): T {
  return useStore(useContext(TestMarksContext) ?? NO_MARKS, selector);
}

/** A node or line off both paths while a test's paths are shown: the run's marks step back. */
type PathAttribute = PathMark | 'off';

/**
 * The tests' marks on one canvas line, as data attributes for tests.css: `data-coverage`
 * (`tested`/`untested`, while coverage is shown) and `data-test-path`. Each is selected on its
 * own as a string, so a line re-renders only when its own marks change.
 */
export function useEdgeTestMarks(from: string, port: string, to: string) {
  const coverage = useMarks(
    (state): CoverageMark | undefined => state.coverage?.ports[from]?.[port],
  );
  const path = useMarks((state): PathAttribute | undefined =>
    state.path ? (state.path.edges[pathEdgeKey(from, to)] ?? 'off') : undefined,
  );
  return { 'data-coverage': coverage, 'data-test-path': path };
}

/**
 * The tests' marks on one canvas node: attributes of its root (`data-coverage="unreached"`,
 * `data-test-path`) and the coverage marks of its ports, one object per node that stays the same
 * while its marks do.
 */
export function useNodeTestMarks(nodeId: string) {
  const unreached = useMarks((state) =>
    state.coverage ? (state.coverage.unreached[nodeId] ? 'unreached' : 'reached') : undefined,
  );
  const path = useMarks((state): PathAttribute | undefined =>
    state.path ? (state.path.nodes[nodeId] ?? 'off') : undefined,
  );
  const ports = useMarks((state) => state.coverage?.ports[nodeId]);
  return { attributes: { 'data-coverage': unreached, 'data-test-path': path }, ports };
}

/**
 * Which of the tests' marks are shown, for the run's marks layer to step back from: a test's
 * paths replace the run's marks, coverage replaces its lines and ports.
 */
export function useTestMarksShown(): { path: boolean; coverage: boolean } {
  const path = useMarks((state) => state.path !== null);
  const coverage = useMarks((state) => state.coverage !== null);
  return { path, coverage };
}
