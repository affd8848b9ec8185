import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { FlowCanvas } from '../canvas/flow-canvas';
import { MenuActions } from '../desktop/menu-actions';
import { Dock } from '../dock/dock';
import { DockProvider } from '../dock/dock-context';
import { FilesProvider } from '../files/files-provider';
import { Inspector } from '../inspector/inspector';
import { BackendProvider } from '../ipc/backend-context';
import { PaneLayoutFrame } from '../layout/pane-layout-frame';
import { Palette } from '../palette/palette';
import { CallAudioAttachment } from '../phone/use-call-audio';
import { Recovery } from '../recovery/recovery';
import { RunStoreProvider } from '../run/run-context';
import { RunsElsewhereNotice } from '../run/runs-elsewhere-notice';
import { DesignerStoreProvider } from '../store/designer-context';
import { createDesignerStore } from '../store/designer-store';
import { AppStatus } from './app-status';
import { TitleBar } from './title-bar';

/** The designer window: title bar over palette, canvas and inspector, the dock under the canvas. */
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
    <BackendProvider>
      <DesignerStoreProvider store={store}>
        <FilesProvider>
          <Recovery />
          <MenuActions />
          <RunStoreProvider>
            <RunsElsewhereNotice />
            <CallAudioAttachment />
            <ReactFlowProvider>
              <DockProvider>
                <PaneLayoutFrame>
                  <TitleBar />
                  <AppStatus />
                  <Palette />
                  <FlowCanvas />
                  <Inspector />
                  <Dock />
                </PaneLayoutFrame>
              </DockProvider>
            </ReactFlowProvider>
          </RunStoreProvider>
        </FilesProvider>
      </DesignerStoreProvider>
    </BackendProvider>
  );
}
