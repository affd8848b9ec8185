import { useState } from 'react';
import type { ReactNode } from 'react';
import { DesktopShellProvider } from '../desktop/desktop-shell-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { FlowTestsProvider } from '../tests/flow-tests-context';
import { DialogHost } from './dialog-host';
import { DocumentFileProvider } from './document-file-context';
import { createDocumentFileStore } from './document-file-store';
import { FileActionsProvider, useFileActions } from './file-actions-context';
import { useBeforeUnload } from './use-before-unload';
import { useDocumentTitle } from './use-document-title';
import { useFileShortcuts } from './use-file-shortcuts';

/**
 * Everything files need, for the window below it: the desktop shell (null in a browser), which
 * file the flow is in, the dialogs, the file actions, the title with its unsaved mark, the
 * close guard and the shortcuts. Goes inside the designer store and backend providers.
 */
export function FilesProvider(props: { children: ReactNode }) {
  const designer = useDesignerStoreApi();
  const [store] = useState(() => createDocumentFileStore(designer.getState().flow));
  return (
    <DesktopShellProvider>
      <DocumentFileProvider store={store}>
        {/* The flow's tests follow the document, and Save as takes them along. */}
        <FlowTestsProvider>
          <DialogHost>
            <FileActionsProvider>
              <WindowEffects />
              {props.children}
            </FileActionsProvider>
          </DialogHost>
        </FlowTestsProvider>
      </DocumentFileProvider>
    </DesktopShellProvider>
  );
}

/** The effects on the window as a whole, kept apart so they re-run without re-rendering the app. */
function WindowEffects() {
  useDocumentTitle();
  useBeforeUnload();
  useFileShortcuts(useFileActions());
  return null;
}
