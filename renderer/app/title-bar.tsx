import { DocumentName } from '../files/document-name';
import { FileToolbar } from '../files/file-toolbar';
import { RunToolbar } from '../run/run-toolbar';
import { SettingsButton } from '../settings/settings-button';
import { useDesigner } from '../store/designer-context';

/** The strip above the panes: the app's name and the flow being edited. */
export function TitleBar() {
  const nodeCount = useDesigner((state) => state.flow.nodes.length);
  return (
    <header className="title-bar">
      <h1 className="title-bar__app">Legflow Studio</h1>
      <FileToolbar />
      <DocumentName />
      <span className="title-bar__count">{nodeCount === 1 ? '1 node' : `${nodeCount} nodes`}</span>
      <RunToolbar />
      <SettingsButton />
    </header>
  );
}
