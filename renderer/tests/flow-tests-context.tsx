import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TestsOwner } from '../../shared/ipc';
import { useDocumentFileApi } from '../files/document-file-context';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { createFlowTestsStore } from './flow-tests-store';
import type { FlowTestsStore, FlowTestsStoreApi } from './flow-tests-store';
import { problemsOfError } from './problems-of-error';
import { coverageMarks, keepUnchanged, pathMarks } from './test-marks';
import { createTestMarksStore, TestMarksContext } from './test-marks-store';
import type { TestMarksStore } from './test-marks-store';
import { testsCoverage } from './tests-coverage';

const FlowTestsContext = createContext<FlowTestsStoreApi | null>(null);

/**
 * Gives everything below it the window's tests of the flow being edited, and the canvas its
 * test marks. Goes inside the designer, backend and document-file providers: the tests follow
 * the document (another flow opened: its tests are read) and the marks follow both.
 */
export function FlowTestsProvider(props: { children: ReactNode }) {
  const [store] = useState(() => createFlowTestsStore());
  const [marks] = useState(createTestMarksStore);
  return (
    <FlowTestsContext.Provider value={store}>
      <TestMarksContext.Provider value={marks}>
        <FollowDocument store={store} />
        <SyncMarks store={store} marks={marks} />
        {props.children}
      </TestMarksContext.Provider>
    </FlowTestsContext.Provider>
  );
}

export function useFlowTestsApi(): FlowTestsStoreApi {
  const store = useContext(FlowTestsContext);
  if (!store) throw new Error('useFlowTests must be used inside <FlowTestsProvider>');
  return store;
}

/** Selects from the tests store; wrap the selector in `useShallow` when it builds an object. */
export function useFlowTests<T>(selector: (state: FlowTestsStore) => T): T {
  return useStore(useFlowTestsApi(), selector);
}

/** Reads `owner`'s tests into the store, unless another flow was opened meanwhile. */
export function useLoadTests(): (owner: TestsOwner) => Promise<void> {
  const backend = useBackend();
  const store = useFlowTestsApi();
  return useCallback(
    async (owner) => {
      store.getState().reset(owner);
      const current = () => store.getState().owner === owner;
      try {
        const reply = await backend.tests.read(owner);
        if (!current()) return;
        if (reply.status === 'read') store.getState().loaded(owner, reply.scenarios);
        else {
          store
            .getState()
            .unusable([`The tests in ${reply.testsPath} cannot be used:`, ...reply.problems]);
        }
      } catch (error) {
        if (current()) store.getState().failed(problemsOfError(error));
      }
    },
    [backend, store],
  );
}

/**
 * Another flow opened (the designer's document number moved on): its tests are read when it
 * is a file; for a template the open action reads them; otherwise there are none yet. A save
 * keeps the document number, so Save as never reloads what it just carried along.
 */
function FollowDocument({ store }: { store: FlowTestsStoreApi }) {
  const designer = useDesignerStoreApi();
  const documentFile = useDocumentFileApi();
  const load = useLoadTests();
  const [seen] = useState(() => ({ documentNumber: designer.getState().documentNumber }));
  useEffect(
    () =>
      documentFile.subscribe((file) => {
        const { documentNumber } = designer.getState();
        if (documentNumber === seen.documentNumber) return;
        seen.documentNumber = documentNumber;
        if (file.path === null) store.getState().reset(null);
        else void load({ path: file.path });
      }),
    [designer, documentFile, load, seen, store],
  );
  return null;
}

/** Keeps the canvas's marks in step with the tests' results, the toggles and the flow. */
function SyncMarks({ store, marks }: { store: FlowTestsStoreApi; marks: TestMarksStore }) {
  const designer = useDesignerStoreApi();
  useEffect(() => {
    const update = () => {
      const tests = store.getState();
      const { flow } = designer.getState();
      const coverage = tests.coverageShown ? testsCoverage(flow, tests) : null;
      const shownResult = tests.shown ? tests.results[tests.shown] : undefined;
      const expected = tests.scenarios.find((s) => s.name === tests.shown)?.expect.path;
      marks.setState((state) => ({
        coverage: keepUnchanged(state.coverage, coverage && coverageMarks(coverage)),
        path: shownResult && expected ? pathMarks(expected, shownResult.path) : null,
      }));
    };
    update();
    const stopTests = store.subscribe(update);
    const stopFlow = designer.subscribe((state, previous) => {
      if (state.flow !== previous.flow) update();
    });
    return () => {
      stopTests();
      stopFlow();
    };
  }, [designer, store, marks]);
  return null;
}
