import type { FlowLeg } from '../../shared/flow';
import { getDefinition } from '../../shared/catalog';
import { RunPreview } from './run-preview';
import type { RunNode } from './run-description';

interface PreviewDockProps {
  node: RunNode;
  legs: readonly FlowLeg[];
  open: boolean;
  onToggle(open: boolean): void;
}

/**
 * The run preview, docked under the form so it stays in view while the fields above scroll:
 * typing in a field shows its effect at once. It folds away for long forms.
 */
export function PreviewDock({ node, legs, open, onToggle }: PreviewDockProps) {
  const posts = getDefinition(node.kind)?.toExoml !== undefined;
  return (
    <details
      className="preview-dock"
      open={open}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary className="preview-dock__summary">
        {posts ? 'ExoML preview' : 'What happens at run time'}
      </summary>
      <div className="preview-dock__body">
        <RunPreview node={node} legs={legs} />
      </div>
    </details>
  );
}
