// The designer as users get it (palette, canvas with our nodes, inspector, problems dock), only
// without the backend connection, opened on the benchmark flow.
import '../../../renderer/zod-config';
import '@xyflow/react/dist/style.css';
import '../../../renderer/styles/base.css';
import '../../../renderer/styles/palette.css';
import '../../../renderer/styles/canvas.css';
import '../../../renderer/styles/inspector.css';
import '../../../renderer/styles/canvas-tools.css';
import '../../../renderer/styles/dock.css';
import '../../../renderer/styles/theme-dark.css';
import { ReactFlowProvider } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import { FlowCanvas } from '../../../renderer/canvas/flow-canvas';
import { Dock } from '../../../renderer/dock/dock';
import { Inspector } from '../../../renderer/inspector/inspector';
import { Palette } from '../../../renderer/palette/palette';
import { DesignerStoreProvider } from '../../../renderer/store/designer-context';
import { createDesignerStore } from '../../../renderer/store/designer-store';
import { startTheme } from '../../../renderer/theme/theme-store';
import { ReadySignal } from './bench-probe';
import { benchFlow } from './bench-flow';

startTheme();
const store = createDesignerStore({ flow: benchFlow() });
createRoot(document.getElementById('root')!).render(
  <DesignerStoreProvider store={store}>
    <ReactFlowProvider>
      <div className="app">
        <Palette />
        <FlowCanvas />
        <Inspector />
        <Dock />
      </div>
      <ReadySignal />
    </ReactFlowProvider>
  </DesignerStoreProvider>,
);
