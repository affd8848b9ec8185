// What both benchmark pages expose to tests/bench/canvas-speed.ts (see BenchPage there), so the
// two are measured the same way: when the graph became interactive, the frames painted while
// something moved, and where on the canvas to press.
import { useNodesInitialized } from '@xyflow/react';
import { useEffect } from 'react';

interface Point {
  x: number;
  y: number;
}

declare global {
  interface Window {
    /** ms since navigation start when every node was measured and painted; null until then. */
    benchReadyAt: number | null;
    /** Starts recording frame timestamps. */
    benchStartFrames(): void;
    /** Stops recording and returns the intervals between frames, in ms. */
    benchStopFrames(): number[];
    /** Resolves at the next frame. */
    benchNextFrame(): Promise<void>;
    /** Resolves when the page is idle (or after 3 s). */
    benchIdle(): Promise<void>;
    /** A point on the canvas where nothing is drawn, to pan from. */
    benchEmptyPoint(): Point;
    /** The middle of the node nearest the canvas centre, where pressing grabs the node. */
    benchNodePoint(): Point;
  }
}

window.benchReadyAt = null;
let frames: number[] = [];
let recording = false;
const record = (time: number) => {
  if (!recording) return;
  frames.push(time);
  requestAnimationFrame(record);
};
window.benchStartFrames = () => {
  frames = [];
  recording = true;
  requestAnimationFrame(record);
};
window.benchStopFrames = () => {
  recording = false;
  return frames.slice(1).map((time, index) => time - frames[index]!);
};
window.benchNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
window.benchIdle = () =>
  new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 }));

const canvasBox = () => document.querySelector('.react-flow')!.getBoundingClientRect();

window.benchEmptyPoint = () => {
  const box = canvasBox();
  for (let y = box.top + box.height / 2; y < box.bottom - 100; y += 3) {
    for (let x = box.left + box.width / 3; x < box.right - 150; x += 3) {
      if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    }
  }
  throw new Error('No empty spot on the canvas to pan from');
};

window.benchNodePoint = () => {
  const box = canvasBox();
  const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const distance = (point: Point) => Math.hypot(point.x - centre.x, point.y - centre.y);
  const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
    .map((node) => {
      const rect = node.getBoundingClientRect();
      return { node, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    })
    .sort((a, b) => distance(a) - distance(b));
  for (const { node, x, y } of nodes) {
    const hit = document.elementFromPoint(x, y);
    if (hit?.closest('.react-flow__node') === node && !hit.closest('.react-flow__handle')) {
      return { x, y };
    }
  }
  throw new Error('No node to drag');
};

/** Marks the page ready at the first frame painted after React Flow measured every node. */
export function ReadySignal() {
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (!initialized || window.benchReadyAt !== null) return;
    requestAnimationFrame(() => {
      // A task after the frame: the frame's paint has been issued by then.
      setTimeout(() => {
        window.benchReadyAt ??= performance.now();
      });
    });
  }, [initialized]);
  return null;
}
