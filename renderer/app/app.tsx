import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { FlowCanvas } from '../canvas/flow-canvas';
import { Inspector } from '../inspector/inspector';
import { Palette } from '../palette/palette';
import { DesignerStoreProvider } from '../store/designer-context';
import { createDesignerStore } from '../store/designer-store';
import { TitleBar } from './title-bar';

/** The designer window: title bar over palette, canvas and inspector. */
export function App() {
  const [store] = useState(() => createDesignerStore());

  useEffect(() => {
    // Tests and tools wait for this instead of sleeping.
    document.body.dataset.ready = 'true';
    return () => {
      delete document.body.dataset.ready;
    };
  }, []);

  return (
    <DesignerStoreProvider store={store}>
      <ReactFlowProvider>
        <div className="app">
          <TitleBar />
          <Palette />
          <FlowCanvas />
          <Inspector />
        </div>
      </ReactFlowProvider>
    </DesignerStoreProvider>
  );
}
