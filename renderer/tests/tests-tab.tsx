import type { DockTab } from '../dock/dock-tabs';
import { TestsCount } from './tests-count';
import { TestsPanel } from './tests-panel';

/** The dock tab of the flow's tests (issue 18). */
export const TESTS_TAB: DockTab = {
  id: 'tests',
  title: 'Tests',
  badge: <TestsCount />,
  content: <TestsPanel />,
};
