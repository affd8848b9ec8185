import { createContext, useCallback, useContext, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/** Draws a dialog; it calls `close` once with its answer. */
export type DialogRender<T> = (close: (answer: T) => void) => ReactNode;

/** Shows a dialog and resolves with its answer, so a file action reads top to bottom. */
export type ShowDialog = <T>(render: DialogRender<T>) => Promise<T>;

const DialogContext = createContext<ShowDialog | null>(null);

interface OpenDialog {
  key: number;
  node: ReactNode;
}

/** Holds the open dialogs (a confirmation can sit on top of another dialog) and draws them. */
export function DialogHost(props: { children: ReactNode }) {
  const [open, setOpen] = useState<readonly OpenDialog[]>([]);
  const nextKey = useRef(1);

  const show = useCallback<ShowDialog>(
    <T,>(render: DialogRender<T>) =>
      new Promise<T>((resolve) => {
        const key = nextKey.current++;
        let answered = false;
        const close = (answer: T) => {
          if (answered) return;
          answered = true;
          setOpen((dialogs) => dialogs.filter((dialog) => dialog.key !== key));
          resolve(answer);
        };
        setOpen((dialogs) => [...dialogs, { key, node: render(close) }]);
      }),
    [],
  );

  return (
    <DialogContext.Provider value={show}>
      {props.children}
      {open.map((dialog) => (
        <div key={dialog.key}>{dialog.node}</div>
      ))}
    </DialogContext.Provider>
  );
}

/** The function that shows a dialog and waits for its answer. */
export function useShowDialog(): ShowDialog {
  const show = useContext(DialogContext);
  if (!show) throw new Error('useShowDialog must be used inside <DialogHost>');
  return show;
}
