import './files.css';
import { isApplePlatform } from '../shortcuts/shortcut-list';
import { useFileActions } from './file-actions-context';
import { RecentMenu } from './recent-menu';

/** New, Open, Templates, Save, Save as, Recent and Export ExoML, in the title bar. */
export function FileToolbar() {
  const actions = useFileActions();
  const mod = isApplePlatform() ? '⌘' : 'Ctrl+';
  return (
    <div className="file-toolbar" role="toolbar" aria-label="File">
      <button type="button" className="file-toolbar__button" onClick={() => void actions.newFile()}>
        New
      </button>
      <button
        type="button"
        className="file-toolbar__button"
        title={`Open a flow from the workspace (${mod}O)`}
        onClick={() => void actions.open()}
      >
        Open…
      </button>
      <RecentMenu />
      <button
        type="button"
        className="file-toolbar__button"
        title="Start a new flow from an example"
        onClick={() => void actions.openTemplate()}
      >
        Templates…
      </button>
      <span className="file-toolbar__gap" />
      <button
        type="button"
        className="file-toolbar__button"
        title={`Save (${mod}S)`}
        onClick={() => void actions.save()}
      >
        Save
      </button>
      <button
        type="button"
        className="file-toolbar__button"
        title={`Save under another name (${mod}${isApplePlatform() ? '⇧' : 'Shift+'}S)`}
        onClick={() => void actions.saveAs()}
      >
        Save as…
      </button>
      <button
        type="button"
        className="file-toolbar__button"
        title="Download the ExoML each action node posts, as a text file"
        onClick={() => actions.exportExoml()}
      >
        Export ExoML
      </button>
    </div>
  );
}
