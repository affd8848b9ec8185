import { useEffect, useState } from 'react';

/** A value a dialog fetches when it opens. */
export type Loaded<T> =
  { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'failed'; message: string };

/**
 * Runs `load` once when the component mounts (again when `load` changes) and follows it:
 * loading, loaded, or failed with the error's message. An answer that arrives after the
 * component is gone is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'loaded', value }),
      (error: unknown) =>
        live && setState({ status: 'failed', message: (error as Error).message ?? String(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
