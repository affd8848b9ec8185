import { memo } from 'react';
import type { NodeDefinition, NodeKind } from '../../shared/catalog';
import { setDraggedKind } from './drag-data';

interface PaletteItemProps {
  definition: NodeDefinition;
  onAdd(kind: NodeKind): void;
}

/** One node kind: double-click or Enter adds it to the canvas; it can also be dragged there. */
export const PaletteItem = memo(function PaletteItem({ definition, onAdd }: PaletteItemProps) {
  const { kind, title, help, icon, category } = definition;
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
        <span className="node-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="palette-item__title">{title}</span>
      </button>
    </li>
  );
});
