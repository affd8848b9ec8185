import { useReactFlow } from '@xyflow/react';
import type { ReactNode } from 'react';
import { setPaneCollapsed, usePaneSize } from '../layout/pane-layout-store';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { isApplePlatform, keyLabel } from '../shortcuts/shortcut-list';
import { toggleTheme, useTheme } from '../theme/theme-store';
import { icons } from './toolbar-icons';
import { useAutoLayout } from './use-auto-layout';
import { useExportImage } from './use-export-image';

const MOD = keyLabel('Mod', isApplePlatform());

interface ToolButtonProps {
  label: string;
  /** Shown in the tooltip after the label, e.g. the shortcut. */
  hint?: string;
  icon: ReactNode;
  text?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
}

function ToolButton({ label, hint, icon, text, pressed, disabled, onClick }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="tool-button"
      aria-label={label}
      title={hint ? `${label} (${hint})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      {icon}
      {text && <span className="tool-button__text">{text}</span>}
    </button>
  );
}

/** The strip of canvas commands above the flow: history, layout, view and export. */
export function CanvasToolbar() {
  const store = useDesignerStoreApi();
  const canUndo = useDesigner((state) => state.history.past.length > 0);
  const canRedo = useDesigner((state) => state.history.future.length > 0);
  const snap = useDesigner((state) => state.snapToGrid);
  const empty = useDesigner((state) => state.flow.nodes.length === 0);
  const theme = useTheme();
  const paletteCollapsed = usePaneSize('palette').collapsed;
  const inspectorCollapsed = usePaneSize('inspector').collapsed;
  const { layout, busy } = useAutoLayout();
  const exportImage = useExportImage();
  const { screenToFlowPosition } = useReactFlow();

  const addNote = () => {
    const pane = document.querySelector('.canvas .react-flow')?.getBoundingClientRect();
    const centre = pane
      ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 3 })
      : { x: 0, y: 0 };
    store.getState().addNote({ x: centre.x - 110, y: centre.y - 40 });
  };

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas tools">
      <div className="canvas-toolbar__group">
        <ToolButton
          label="Undo"
          hint={`${MOD}+Z`}
          icon={icons.undo}
          disabled={!canUndo}
          onClick={() => store.getState().undo()}
        />
        <ToolButton
          label="Redo"
          hint={`${MOD}+Shift+Z`}
          icon={icons.redo}
          disabled={!canRedo}
          onClick={() => store.getState().redo()}
        />
      </div>
      <div className="canvas-toolbar__group">
        <ToolButton
          label="Auto-layout"
          icon={icons.layout}
          text={busy ? 'Arranging…' : 'Tidy up'}
          disabled={empty || busy}
          onClick={() => void layout()}
        />
        <ToolButton
          label="Snap to grid"
          icon={icons.grid}
          pressed={snap}
          onClick={() => store.getState().setSnapToGrid(!snap)}
        />
        <ToolButton label="Add a note" icon={icons.note} onClick={addNote} />
        <ToolButton
          label="Find a node"
          hint={`${MOD}+F`}
          icon={icons.find}
          disabled={empty}
          onClick={() => store.getState().setOverlay('search')}
        />
      </div>
      <div className="canvas-toolbar__group">
        <ToolButton
          label="Export as PNG"
          icon={icons.download}
          text="PNG"
          disabled={empty}
          onClick={() => void exportImage('png')}
        />
        <ToolButton
          label="Export as SVG"
          icon={icons.download}
          text="SVG"
          disabled={empty}
          onClick={() => void exportImage('svg')}
        />
      </div>
      <div className="canvas-toolbar__group">
        <ToolButton
          label="Show the palette"
          icon={icons.palette}
          pressed={!paletteCollapsed}
          onClick={() => setPaneCollapsed('palette', !paletteCollapsed)}
        />
        <ToolButton
          label="Show the inspector"
          icon={icons.inspector}
          pressed={!inspectorCollapsed}
          onClick={() => setPaneCollapsed('inspector', !inspectorCollapsed)}
        />
        <ToolButton
          label="Dark mode"
          icon={theme === 'dark' ? icons.sun : icons.moon}
          pressed={theme === 'dark'}
          onClick={toggleTheme}
        />
        <ToolButton
          label="Keyboard shortcuts"
          hint="?"
          icon={icons.keyboard}
          onClick={() => store.getState().setOverlay('shortcuts')}
        />
      </div>
    </div>
  );
}
