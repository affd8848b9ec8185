import { useMemo, useState } from 'react';
import type { ParamValue } from '../../shared/catalog';
import { useDesignerStoreApi } from '../store/designer-context';
import { setParam, typingKey } from './node-edits';

/** Callbacks that edit one param of one node. */
export interface ParamEditor {
  /** For keystrokes: consecutive calls merge into one undo step until `done`. */
  type(value: ParamValue | undefined): void;
  /** For a choice made in one go (a select, a checkbox): one undo step. */
  set(value: ParamValue | undefined): void;
  /** The field lost focus: the next keystroke starts a new undo step. */
  done(): void;
}

/** Stable editing callbacks for the param `name` of node `nodeId`. */
export function useParamEditor(nodeId: string, name: string): ParamEditor {
  const store = useDesignerStoreApi();
  return useMemo(
    () => ({
      type: (value) => setParam(store, nodeId, name, value, typingKey(nodeId, name)),
      set: (value) => setParam(store, nodeId, name, value),
      done: () => store.getState().checkpoint(),
    }),
    [store, nodeId, name],
  );
}

/**
 * Text a field shows while someone types in it, for fields whose stored value is not simply the
 * text: "05" is stored as 5, and an empty flow name is not stored at all. While `matches` says the
 * draft still stands for the stored value the draft is shown; otherwise (undo, say) the value is.
 */
export function useDraft(stored: string, matches: (draft: string) => boolean) {
  const [draft, setDraft] = useState<string | null>(null);
  return {
    shown: draft !== null && matches(draft) ? draft : stored,
    edit: setDraft,
    end: () => setDraft(null),
  };
}
