import '../styles/legs.css';
import { useShallow } from 'zustand/react/shallow';
import type { FlowDocument } from '../../shared/flow';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { addLegTo } from './leg-actions';
import { legUsers } from './leg-edits';
import { LegPaletteList, LegRow } from './leg-row';
import { NewLegForm } from './new-leg-form';

function usage(flow: FlowDocument): number[] {
  return flow.legs.map((leg) => legUsers(flow, leg.id).length);
}

/**
 * The flow's leg roles ("Caller", "Agent"): add, rename, recolour, remove. A role names a call
 * leg while the flow runs; each node says which role it acts on.
 */
export function LegManager() {
  const store = useDesignerStoreApi();
  const legs = useDesigner((state) => state.flow.legs);
  const users = useDesigner(useShallow((state) => usage(state.flow)));

  return (
    <section className="leg-manager" aria-label="Legs">
      <h3 className="inspector__section">Legs</h3>
      <p className="inspector__muted">
        Each call in the flow is a leg, such as the caller or an agent. Nodes say which leg they act
        on; its colour marks them on the canvas.
      </p>
      <ul className="leg-manager__list">
        {legs.map((leg, index) => (
          <LegRow key={leg.id} leg={leg} legs={legs} users={users[index] ?? 0} />
        ))}
      </ul>
      <LegPaletteList />
      <NewLegForm onAdd={(label) => addLegTo(store, label)} />
    </section>
  );
}
