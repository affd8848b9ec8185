import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { searchNodes } from './search-nodes';
import { useFocusNode } from './use-focus-node';

/**
 * Find a node (Ctrl/Cmd+F): a box over the canvas listing nodes whose name or text matches.
 * Arrow keys move through the list; Enter or a click selects the node and centres it.
 */
export function NodeSearch() {
  const store = useDesignerStoreApi();
  const flow = useDesigner((state) => state.flow);
  const focusNode = useFocusNode();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchNodes(flow, query), [flow, query]);
  const listId = useId();
  const optionId = (index: number) => `${listId}-${index}`;
  const close = () => store.getState().setOverlay(null);
  const choose = (id: string | undefined) => {
    if (!id) return;
    focusNode(id);
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step && matches.length) {
      event.preventDefault();
      setActive((active + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(matches[active]?.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="node-search" role="search">
      <input
        type="search"
        className="search-box"
        // The box opens because the user asked for it, so typing can start at once.
        autoFocus
        placeholder="Find a node by name or text"
        aria-label="Find a node"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={matches.length ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget)) close();
        }}
      />
      <ul id={listId} className="node-search__list" role="listbox" aria-label="Matching nodes">
        {matches.map((match, index) => (
          <li
            key={match.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="node-search__option"
            data-node-id={match.id}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(match.id);
            }}
          >
            <span className="node-search__name">{match.name}</span>
            {match.detail && <span className="node-search__detail">{match.detail}</span>}
          </li>
        ))}
      </ul>
      {query.trim() && matches.length === 0 && (
        <p className="node-search__empty" role="status">
          No node matches “{query.trim()}”.
        </p>
      )}
    </div>
  );
}
