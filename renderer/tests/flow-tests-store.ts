import { createStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { ScenarioWire } from '../../shared/flow-tests';
import type { TestResult, TestsOwner } from '../../shared/ipc';

/** Where the tests of the flow being edited stand. */
export interface FlowTestsState {
  /**
   * Whose tests they are: the flow's file, the template it was opened from, or null for a flow
   * that was never saved and came from nowhere (New, a replay's copy).
   */
  owner: TestsOwner | null;
  /** The scenarios, in the tests file's order. */
  scenarios: readonly ScenarioWire[];
  /**
   * True when the scenarios differ from what is on disk beside the flow: edits made while the
   * flow is unsaved (kept in memory and written on its first save).
   */
  unsaved: boolean;
  loading: boolean;
  /**
   * The tests file beside the flow exists but could not be read: nothing is written over it
   * until it is fixed, so no test in it is lost.
   */
  unreadable: boolean;
  /** Why the tests file could not be used, or why the last action failed. */
  problems: readonly string[];
  /** The last result of each scenario, by name. */
  results: Readonly<Record<string, TestResult>>;
  /** The names of the scenarios being run now. */
  running: readonly string[];
  /** The test whose expected and taken paths the canvas shows, by name. */
  shown: string | null;
  /** Whether the canvas marks what the tests cover. */
  coverageShown: boolean;
  /** Counts the flows opened: a run's results that come back after another was opened are dropped. */
  generation: number;
}

export interface FlowTestsActions {
  /** Another flow was opened: its tests are not known yet. */
  reset(owner: TestsOwner | null): void;
  loaded(owner: TestsOwner, scenarios: readonly ScenarioWire[]): void;
  failed(problems: readonly string[]): void;
  /** The tests file could not be used, for these reasons. */
  unusable(problems: readonly string[]): void;
  /** Replaces the scenarios; `written` when they are on disk now. */
  setScenarios(scenarios: readonly ScenarioWire[], written: boolean): void;
  /** The flow was saved at `path` with its tests: they belong to that file now. */
  savedAt(path: string): void;
  startRunning(names: readonly string[]): void;
  finishRunning(results: readonly TestResult[]): void;
  show(name: string | null): void;
  setCoverageShown(shown: boolean): void;
}

export type FlowTestsStore = FlowTestsState & FlowTestsActions;

const EMPTY: FlowTestsState = {
  owner: null,
  scenarios: [],
  unsaved: false,
  loading: false,
  unreadable: false,
  problems: [],
  results: {},
  running: [],
  shown: null,
  coverageShown: false,
  generation: 0,
};

/** Creates the tests store of one window; each window (and test) has its own. */
export function createFlowTestsStore(initial: Partial<FlowTestsState> = {}) {
  return createStore<FlowTestsStore>()((set) => ({
    ...EMPTY,
    ...initial,
    reset: (owner) =>
      set((state) => ({
        ...EMPTY,
        owner,
        loading: owner !== null,
        generation: state.generation + 1,
      })),
    loaded: (owner, scenarios) =>
      set({ owner, scenarios, loading: false, unsaved: false, problems: [] }),
    failed: (problems) => set({ problems, loading: false }),
    unusable: (problems) => set({ problems, loading: false, unreadable: true }),
    setScenarios: (scenarios, written) =>
      set((state) => ({
        scenarios,
        unsaved: !written,
        problems: [],
        // A renamed or removed scenario's result goes with it.
        results: Object.fromEntries(
          Object.entries(state.results).filter(([name]) => scenarios.some((s) => s.name === name)),
        ),
        shown: scenarios.some((s) => s.name === state.shown) ? state.shown : null,
      })),
    savedAt: (path) => set({ owner: { path }, unsaved: false }),
    startRunning: (names) => set({ running: names, problems: [] }),
    finishRunning: (results) =>
      set((state) => ({
        running: [],
        results: {
          ...state.results,
          ...Object.fromEntries(results.map((result) => [result.name, result])),
        },
      })),
    show: (shown) => set({ shown }),
    setCoverageShown: (coverageShown) => set({ coverageShown }),
  }));
}

export type FlowTestsStoreApi = StoreApi<FlowTestsStore>;
