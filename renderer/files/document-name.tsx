import { useDesigner } from '../store/designer-context';
import { useDocumentFile, useHasUnsavedChanges } from './document-file-context';
import { UNSAVED_MARK } from './use-document-title';

/**
 * The flow's name and size in the title bar, over its file state: "Unsaved changes" in words
 * while there are any, and the file it lives in (or "not saved yet"). The name and the state never
 * give way to an ellipsis at the window sizes people use; a long file path may, and the whole
 * of everything is in the tooltip.
 */
export function DocumentName() {
  const name = useDesigner((state) => state.flow.name);
  const nodeCount = useDesigner((state) => state.flow.nodes.length);
  const path = useDocumentFile((state) => state.path);
  const unsaved = useHasUnsavedChanges();
  const file = path ?? 'not saved yet';
  const count = nodeCount === 1 ? '1 node' : `${nodeCount} nodes`;
  const whole = [name, unsaved ? 'unsaved changes' : null, file, count].filter(Boolean).join(' · ');
  return (
    <div className="document-name" data-unsaved={unsaved} title={whole}>
      <span className="document-name__line">
        <span className="document-name__flow">{name}</span>
        <span className="document-name__count">{count}</span>
      </span>
      <span className="document-name__line document-name__state">
        {unsaved && (
          <span className="document-name__mark">
            <span aria-hidden="true">{UNSAVED_MARK} </span>Unsaved changes
          </span>
        )}
        <span className="document-name__file">{file}</span>
      </span>
    </div>
  );
}
