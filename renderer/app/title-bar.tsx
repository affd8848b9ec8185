import { DocumentName } from '../files/document-name';
import { FileToolbar } from '../files/file-toolbar';
import { RunToolbar } from '../run/run-toolbar';
import { SettingsButton } from '../settings/settings-button';

/**
 * The strip above the panes: the app's name, the file actions, the flow being edited and its
 * file state, the run controls and status, and Settings. At 1280 px and wider each keeps its
 * words whole; what may be cut (a long path, a long run status) has its whole text a hover or
 * a click away.
 */
export function TitleBar() {
  return (
    <header className="title-bar">
      <h1 className="title-bar__app">Legflow Studio</h1>
      <FileToolbar />
      <DocumentName />
      <RunToolbar />
      <SettingsButton />
    </header>
  );
}
