import { useCallback } from 'react';
import { getDefinition } from '../../shared/catalog';
import type { TemplateSummary } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';
import { Modal } from './modal';
import { useLoaded } from './use-loaded';

/** The templates, as cards; answers with the chosen template's id, or null. */
export function TemplatesGallery(props: { onAnswer: (id: string | null) => void }) {
  const backend = useBackend();
  const listing = useLoaded(useCallback(() => backend.templates.list(), [backend]));
  const { onAnswer } = props;

  return (
    <Modal
      title="Start from a template"
      className="modal--wide"
      onCancel={() => onAnswer(null)}
      actions={
        <button type="button" className="dialog-button" onClick={() => onAnswer(null)}>
          Cancel
        </button>
      }
    >
      <p className="modal__note">
        A template opens as a new, unsaved flow; the template itself stays as it is.
      </p>
      {listing.status === 'loading' && <p className="modal__note">Loading templates…</p>}
      {listing.status === 'failed' && <p role="alert">{listing.message}</p>}
      {listing.status === 'loaded' && (
        <ul className="template-grid" aria-label="Templates">
          {listing.value.templates.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                className="template-card"
                data-template={template.id}
                onClick={() => onAnswer(template.id)}
              >
                <span className="template-card__name">{template.name}</span>
                <span className="template-card__count">{nodeCount(template)}</span>
                <span className="template-card__kinds">{kindTitles(template)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}

function nodeCount(template: TemplateSummary): string {
  return template.nodeCount === 1 ? '1 node' : `${template.nodeCount} nodes`;
}

/** "Incoming call, Answer, Say, Gather…": what the template is made of, in a line. */
function kindTitles(template: TemplateSummary): string {
  const titles = template.kinds.map((kind) => getDefinition(kind)?.title ?? kind);
  return titles.length > 5 ? `${titles.slice(0, 5).join(', ')}…` : titles.join(', ');
}
