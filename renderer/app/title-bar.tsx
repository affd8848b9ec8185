import { useDesigner } from '../store/designer-context';

/** The strip above the panes: the app's name and the flow being edited. */
export function TitleBar() {
  const name = useDesigner((state) => state.flow.name);
  const nodeCount = useDesigner((state) => state.flow.nodes.length);
  return (
    <header className="title-bar">
      <h1 className="title-bar__app">Legflow Studio</h1>
      <span className="title-bar__flow">{name}</span>
      <span className="title-bar__count">{nodeCount === 1 ? '1 node' : `${nodeCount} nodes`}</span>
    </header>
  );
}
