import { memo } from 'react';
import type { CSSProperties } from 'react';
import { samePass } from './trail-chunks';
import type { PlacedMark, TrailChunk, TrailPass } from './trail-chunks';

/** A rectangle `by` px outside a node's box, with corners of radius `rx`. */
const around = ({ x, y, width, height }: PlacedMark, by: number, rx: number) => ({
  x: x - by,
  y: y - by,
  width: width + 2 * by,
  height: height + 2 * by,
  rx,
});

/** Tag widths, px: an SVG box cannot size itself to its text, and the words are fixed. */
const TAGS = { active: { text: 'Now', width: 34 }, paused: { text: 'Paused', width: 50 } };
const BADGE_CHAR_WIDTH = 6.6;

/**
 * The node the call is on (or paused before, or failed at): a ring, a halo and a tag. Memoised
 * on plain values, as the trail's marks are: an event changes two nodes' marks, not every one.
 */
export const RingMark = memo(function RingMark(mark: PlacedMark) {
  const { x, y } = mark;
  const tag = mark.state === 'active' || mark.state === 'paused' ? TAGS[mark.state] : null;
  const style = mark.legColor ? ({ '--run-ring': mark.legColor } as CSSProperties) : undefined;
  return (
    <g className="run-marks__node" data-node={mark.nodeId} data-state={mark.state} style={style}>
      <rect className="run-marks__halo" {...around(mark, 6, 14)} />
      <rect className="run-marks__ring" {...around(mark, 1.5, 9.5)} />
      {tag && (
        <g className="run-marks__tag">
          <rect x={x + 8} y={y - 10} width={tag.width} height={16} rx={8} />
          <text x={x + 8 + tag.width / 2} y={y - 2}>
            {tag.text}
          </text>
        </g>
      )}
    </g>
  );
});

/** A node the run reached: a tint when it has moved on, and how many times it ran. */
const TrailMark = memo(function TrailMark(mark: PlacedMark) {
  const { x, y, width, height } = mark;
  const count = mark.state === 'failed' ? `${mark.visits}× · failed` : `${mark.visits}×`;
  const countWidth = Math.max(18, count.length * BADGE_CHAR_WIDTH + 10);
  return (
    <g className="run-marks__node" data-node={mark.nodeId} data-state={mark.state}>
      {mark.state === 'visited' && (
        <rect className="run-marks__visited" x={x} y={y} width={width} height={height} rx={8} />
      )}
      {mark.visits > 0 && (
        <g className="run-marks__count">
          <rect x={x + width + 9 - countWidth} y={y - 9} width={countWidth} height={18} rx={9} />
          <text x={x + width + 9 - countWidth / 2} y={y}>
            {count}
          </text>
        </g>
      )}
    </g>
  );
});

/** The size of every SVG of the layer: from the flow's origin to the far corner of its extent. */
export interface Frame {
  width: number;
  height: number;
}

interface PassProps {
  chunk: TrailChunk;
  pass: TrailPass;
  frame: Frame;
}

const samePassProps = (a: PassProps, b: PassProps) =>
  a.pass === b.pass &&
  a.frame.width === b.frame.width &&
  a.frame.height === b.frame.height &&
  samePass(a.chunk, b.chunk, a.pass);

/** One pass of a chunk of the trail (trail-chunks.ts) in an SVG of its own, or nothing. */
export const TrailChunkPass = memo(function TrailChunkPass({ chunk, pass, frame }: PassProps) {
  const shapes = {
    lines: () =>
      chunk.lines.map(({ edgeId, d }) => (
        <path key={edgeId} className="run-marks__line" data-edge={edgeId} data-run="taken" d={d} />
      )),
    nodes: () => chunk.nodes.map((mark) => <TrailMark key={mark.nodeId} {...mark} />),
    ports: () =>
      chunk.ports.map(({ key, x, y, failed }) => (
        <circle
          key={key}
          className="run-marks__port"
          cx={x}
          cy={y}
          r={9}
          data-failed={failed || undefined}
        />
      )),
  }[pass]();
  if (shapes.length === 0) return null;
  return (
    <svg className="run-marks__chunk" {...frame}>
      {shapes}
    </svg>
  );
}, samePassProps);
