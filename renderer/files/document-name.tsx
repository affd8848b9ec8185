import { useDesigner } from '../store/designer-context';
import { useDocumentFile, useHasUnsavedChanges } from './document-file-context';
import { UNSAVED_MARK } from './use-document-title';

/** The flow's name in the title bar, marked while unsaved, with the file it lives in. */
export function DocumentName() {
  const name = useDesigner((state) => state.flow.name);
  const path = useDocumentFile((state) => state.path);
  const unsaved = useHasUnsavedChanges();
  return (
    <span className="document-name" data-unsaved={unsaved}>
      {unsaved && (
        <span className="document-name__mark" title="Unsaved changes">
          {UNSAVED_MARK}
          <span className="visually-hidden"> Unsaved changes: </span>
        </span>
      )}
      <span className="document-name__flow">{name}</span>
      <span className="document-name__file">{path ?? 'not saved yet'}</span>
    </span>
  );
}
