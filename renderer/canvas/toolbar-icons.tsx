// The canvas toolbar's icons, from lucide-react (tree-shaken: only these are bundled). Drawn in
// the text colour (`currentColor`), so they follow the theme.
import {
  Download,
  Grid3x3,
  Keyboard,
  Moon,
  Network,
  PanelLeft,
  PanelRight,
  Redo2,
  Search,
  StickyNote,
  Sun,
  Undo2,
} from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

function icon(Icon: LucideIcon): ReactNode {
  return (
    <Icon
      className="toolbar-icon"
      size={16}
      strokeWidth={1.75}
      aria-hidden="true"
      focusable="false"
    />
  );
}

/** The toolbar's icons by name. */
export const icons = {
  undo: icon(Undo2),
  redo: icon(Redo2),
  layout: icon(Network),
  grid: icon(Grid3x3),
  note: icon(StickyNote),
  find: icon(Search),
  download: icon(Download),
  moon: icon(Moon),
  sun: icon(Sun),
  keyboard: icon(Keyboard),
  palette: icon(PanelLeft),
  inspector: icon(PanelRight),
} satisfies Record<string, ReactNode>;
