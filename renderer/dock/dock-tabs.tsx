import type { ReactNode } from 'react';
import { CALL_LOOKUP_TAB } from '../call-lookup/call-lookup-tab';
import { ProblemsCount, ProblemsPanel } from '../problems/problems-panel';
import { PROBLEMS_TAB } from '../problems/use-show-problems';
import { RUN_DOCK_TABS } from '../run-panels/run-dock-tabs';
import { TESTS_TAB } from '../tests/tests-tab';

/** One tab of the dock: its title, an optional count beside it, and what it shows. */
export interface DockTab {
  id: string;
  title: string;
  badge?: ReactNode;
  content: ReactNode;
}

/**
 * The dock's tabs, in order. Each part of the app that lives in the dock (Events, Legs,
 * Variables, the virtual phone) adds its entry here.
 */
export const DOCK_TABS: readonly DockTab[] = [
  { id: PROBLEMS_TAB, title: 'Problems', badge: <ProblemsCount />, content: <ProblemsPanel /> },
  ...RUN_DOCK_TABS,
  TESTS_TAB,
  CALL_LOOKUP_TAB,
];
