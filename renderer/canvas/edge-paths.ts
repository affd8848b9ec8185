import { useLayoutEffect } from 'react';
import { create } from 'zustand';

interface EdgePathsState {
  /** The SVG path each drawn line is drawn along, by edge id. */
  paths: ReadonlyMap<string, string>;
}

/**
 * Where each line on the canvas is drawn, so the run's marks layer can draw over exactly the
 * lines a run took (run-marks-layer.tsx) without working out routes a second time.
 */
export const useEdgePaths = create<EdgePathsState>(() => ({ paths: new Map() }));

function setPath(edgeId: string, path: string | null): void {
  const { paths } = useEdgePaths.getState();
  if ((paths.get(edgeId) ?? null) === path) return;
  const next = new Map(paths);
  if (path === null) next.delete(edgeId);
  else next.set(edgeId, path);
  useEdgePaths.setState({ paths: next });
}

/** Keeps `edgeId`'s path known while its line is drawn, and forgets it when it is not. */
export function useRegisterEdgePath(edgeId: string, path: string): void {
  useLayoutEffect(() => setPath(edgeId, path), [edgeId, path]);
  useLayoutEffect(() => () => setPath(edgeId, null), [edgeId]);
}
