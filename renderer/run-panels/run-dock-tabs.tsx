import './run-panels.css';
import type { ReactNode } from 'react';
import type { DockTab } from '../dock/dock-tabs';
import { VirtualPhone } from '../phone/virtual-phone';
import { CallLadder } from './call-ladder';
import { EventsPanel } from './events-panel';
import { HistoryPanel } from './history-panel';
import { LegsPanel } from './legs-panel';
import { ReplayBar } from './replay-bar';
import { VariablesPanel } from './variables-panel';

/** A run panel with the replay's scrubber over it, so scrubbing works from any of them. */
const withReplay = (panel: ReactNode) => (
  <>
    <ReplayBar />
    {panel}
  </>
);

/** The dock tabs of running and debugging (issue 7), in the order a run is read. */
export const RUN_DOCK_TABS: readonly DockTab[] = [
  { id: 'phone', title: 'Phone', content: <VirtualPhone /> },
  { id: 'events', title: 'Events', content: withReplay(<EventsPanel />) },
  { id: 'legs', title: 'Legs', content: withReplay(<LegsPanel />) },
  { id: 'variables', title: 'Variables', content: withReplay(<VariablesPanel />) },
  { id: 'ladder', title: 'Call ladder', content: withReplay(<CallLadder />) },
  { id: 'history', title: 'History', content: withReplay(<HistoryPanel />) },
];
