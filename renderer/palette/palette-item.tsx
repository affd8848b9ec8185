import { memo } from 'react';
import type { NodeDefinition, NodeKind } from '../../shared/catalog';
import { NodeIcon } from '../icons/node-icons';
import { setDraggedKind } from './drag-data';

interface PaletteItemProps {
  definition: NodeDefinition;
  onAdd(kind: NodeKind): void;
}

/** One node kind: double-click or Enter adds it to the canvas; it can also be dragged there. */
export const PaletteItem = memo(function PaletteItem({ definition, onAdd }: PaletteItemProps) {
  const { kind, title, help, category } = definition;
  return (
    <li>
      <button
        type="button"
        className="palette-item"
        data-kind={kind}
        data-category={category}
        title={help}
        draggable
        onDragStart={(event) => setDraggedKind(event.dataTransfer, kind)}
        onDoubleClick={() => onAdd(kind)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onAdd(kind);
        }}
      >
        <NodeIcon kind={kind} />
        <span className="palette-item__title">{title}</span>
      </button>
    </li>
  );
});
