import type { DockTab } from '../dock/dock-tabs';
import { CallLookupPanel } from './call-lookup-panel';

/** The dock tab of the call lookup. */
export const CALL_LOOKUP_TAB: DockTab = {
  id: 'call-lookup',
  title: 'Call lookup',
  content: <CallLookupPanel />,
};
