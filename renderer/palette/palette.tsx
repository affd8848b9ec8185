import { useId, useMemo, useState } from 'react';
import { useAddNode } from '../canvas/use-add-node';
import { PANE_ELEMENT_IDS } from '../layout/pane-sizes';
import { paletteGroups } from './palette-groups';
import { PaletteItem } from './palette-item';

/** The left pane: every node kind by category, with a search box that filters by title. */
export function Palette() {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroups(query), [query]);
  const { addAtCentre } = useAddNode();
  const hintId = useId();

  return (
    <nav id={PANE_ELEMENT_IDS.palette} className="pane palette" aria-label="Node palette">
      <div className="palette__search">
        <input
          type="search"
          className="search-box"
          placeholder="Search nodes"
          aria-label="Search nodes"
          aria-describedby={hintId}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && setQuery('')}
        />
        <p id={hintId} className="palette__hint">
          Double-click a node or drag it onto the canvas.
        </p>
      </div>
      <div className="palette__groups">
        {groups.map(({ category, definitions }) => (
          <section key={category} className="palette-group" aria-label={category}>
            <h2 className="palette-group__title">{category}</h2>
            <ul className="palette-group__items">
              {definitions.map((definition) => (
                <PaletteItem key={definition.kind} definition={definition} onAdd={addAtCentre} />
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 && (
          <p className="palette__empty" role="status">
            No node matches “{query.trim()}”.
          </p>
        )}
      </div>
    </nav>
  );
}
