import { ChevronDown, ChevronUp } from 'lucide-react';
import { useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PANE_ELEMENT_IDS } from '../layout/pane-sizes';
import { usePaneSize } from '../layout/pane-layout-store';
import { useDock } from './dock-context';
import { DOCK_TABS } from './dock-tabs';
import type { DockTab } from './dock-tabs';

/**
 * The dock under the canvas: a tab strip (Problems, and later Events, Legs, the virtual phone)
 * over the chosen tab's panel. The strip stays when the dock is collapsed, so counts stay in view.
 */
export function Dock({ tabs = DOCK_TABS }: { tabs?: readonly DockTab[] }) {
  // In the window's dock state, so a dialog can turn the dock to a tab (Problems, before a run).
  const { activeId, setActiveId, setOpen } = useDock(
    useShallow((state) => ({
      activeId: state.activeId,
      setActiveId: state.choose,
      setOpen: state.setOpen,
    })),
  );
  const open = !usePaneSize('dock').collapsed;
  const baseId = useId();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const active = tabs.find((tab) => tab.id === activeId) ?? tabs[0];

  // Arrow keys move between tabs, as in any tab list (WAI-ARIA tabs pattern).
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step || !active) return;
    event.preventDefault();
    const index = tabs.indexOf(active);
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    setActiveId(next.id);
    tabRefs.current.get(next.id)?.focus();
  };

  return (
    <section className="dock" data-open={open} aria-label="Dock">
      <div className="dock__strip">
        <div role="tablist" aria-label="Dock panels" className="dock__tabs" onKeyDown={onKeyDown}>
          {tabs.map((tab) => (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.id, element);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={tab === active}
              aria-controls={PANE_ELEMENT_IDS.dock}
              tabIndex={tab === active ? 0 : -1}
              className="dock-tab"
              onClick={() => {
                setActiveId(tab.id);
                setOpen(true);
              }}
            >
              {tab.title}
              {tab.badge}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-button dock__toggle"
          aria-expanded={open}
          aria-controls={PANE_ELEMENT_IDS.dock}
          aria-label={open ? 'Collapse the dock' : 'Expand the dock'}
          title={open ? 'Collapse' : 'Expand'}
          onClick={() => setOpen(!open)}
        >
          {open ? (
            <ChevronDown size={18} aria-hidden="true" focusable="false" />
          ) : (
            <ChevronUp size={18} aria-hidden="true" focusable="false" />
          )}
        </button>
      </div>
      {active && (
        <div
          // One element per tab, so each opens scrolled to its own top, not where the last was.
          key={active.id}
          id={PANE_ELEMENT_IDS.dock}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${active.id}`}
          className="dock__panel"
          hidden={!open}
        >
          {active.content}
        </div>
      )}
    </section>
  );
}
