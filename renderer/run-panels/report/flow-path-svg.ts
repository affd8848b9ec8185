import { getDefinition } from '../../../shared/catalog';
import type { FlowDocument, FlowNode } from '../../../shared/flow/flow-document';
import { nodeWidth } from '../../canvas/node-width';
import { escapeHtml as esc } from './html-escape';

/** Drawn height of a node: about what the canvas shows for a title, a summary and ports. */
const NODE_HEIGHT = 84;
const PADDING = 28;
/** Rough widths of a character at the sizes used, to cut labels before they leave their box. */
const TITLE_CHAR = 6.9;
const SMALL_CHAR = 5.6;

const COLOURS = {
  line: '#b4bccb',
  taken: '#7c3aed',
  box: '#ffffff',
  border: '#c9d0db',
  visited: '#f3edff',
  text: '#1d2330',
  muted: '#5b6577',
} as const;

/** What the picture shows of a run: the nodes it entered, in order, and the ports it left by. */
export interface PathTaken {
  /** Node ids in the order the run entered them; a node entered twice is in it twice. */
  order: readonly string[];
  /** Ports taken, as `from:port`. */
  taken: Readonly<Record<string, number>>;
}

const cut = (label: string, room: number, charWidth: number) => {
  const max = Math.max(1, Math.floor(room / charWidth));
  const line = label.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, Math.max(1, max - 1))}…` : line;
};

interface Box {
  node: FlowNode;
  x: number;
  y: number;
  width: number;
  ports: { name: string; label: string }[];
}

function boxOf(node: FlowNode): Box {
  const ports = getDefinition(node.kind)?.ports(node.params) ?? [];
  return { node, x: node.position.x, y: node.position.y, width: nodeWidth(ports.length), ports };
}

/** Where a line leaves a node: its port's place along the bottom edge. */
function portPoint(box: Box, port: string): [number, number] {
  const index = Math.max(
    0,
    box.ports.findIndex((candidate) => candidate.name === port),
  );
  const count = Math.max(1, box.ports.length);
  return [box.x + ((index + 0.5) * box.width) / count, box.y + NODE_HEIGHT];
}

function linePath([x1, y1]: [number, number], [x2, y2]: [number, number]): string {
  // Lines leave downwards and enter from above, as on the canvas; one going back up bows out.
  const bend = Math.max(40, Math.abs(y2 - y1) / 2);
  return `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}`;
}

function nodeSvg(box: Box, flow: FlowDocument, steps: readonly number[]): string {
  const { node, x, y, width } = box;
  const definition = getDefinition(node.kind);
  const visited = steps.length > 0;
  const title = node.label || definition?.title || node.kind;
  const leg = flow.legs.find((candidate) => candidate.id === node.leg);
  const summary = [leg?.label, definition?.summary(node.params)].filter(Boolean).join(' · ');
  const portWidth = width / Math.max(1, box.ports.length);
  const ports = box.ports
    .map(
      (port, index) =>
        `<text x="${x + (index + 0.5) * portWidth}" y="${y + NODE_HEIGHT - 9}" text-anchor="middle" font-size="10.5" fill="${COLOURS.muted}">${esc(
          cut(port.label, portWidth - 8, SMALL_CHAR),
        )}</text>`,
    )
    .join('');
  const legBar = leg
    ? `<rect x="${x}" y="${y}" width="5" height="${NODE_HEIGHT}" rx="2" fill="${esc(leg.color)}"/>`
    : '';
  const stepsLabel = steps.length > 3 ? `${steps.slice(0, 3).join(',')}…` : steps.join(',');
  const badgeWidth = 12 + stepsLabel.length * 7;
  const badge = visited
    ? `<g class="step"><rect x="${x + width - badgeWidth + 6}" y="${y - 10}" width="${badgeWidth}" height="20" rx="10" fill="${COLOURS.taken}"/>` +
      `<text x="${x + width - badgeWidth / 2 + 6}" y="${y + 4}" text-anchor="middle" font-size="11" font-weight="600" fill="#ffffff">${esc(stepsLabel)}</text></g>`
    : '';
  return (
    `<g class="node" data-node-id="${esc(node.id)}" data-visited="${visited}">` +
    `<title>${esc(title)}</title>` +
    `<rect x="${x}" y="${y}" width="${width}" height="${NODE_HEIGHT}" rx="8" fill="${
      visited ? COLOURS.visited : COLOURS.box
    }" stroke="${visited ? COLOURS.taken : COLOURS.border}" stroke-width="${visited ? 2 : 1}"/>` +
    legBar +
    `<text x="${x + 14}" y="${y + 24}" font-size="13" font-weight="600" fill="${COLOURS.text}">${esc(
      cut(title, width - 28 - (visited ? badgeWidth : 0), TITLE_CHAR),
    )}</text>` +
    (summary
      ? `<text x="${x + 14}" y="${y + 44}" font-size="11" fill="${COLOURS.muted}">${esc(
          cut(summary, width - 28, SMALL_CHAR),
        )}</text>`
      : '') +
    ports +
    badge +
    `</g>`
  );
}

/**
 * The flow as an SVG picture with the path a run took: every node as a box with its label, leg
 * and ports where it stands on the canvas, every line; the nodes the run entered and the lines
 * it took in the run's colour, each visited node numbered by when it was entered. Standalone
 * (presentation attributes, no stylesheet), and every text from the flow is escaped.
 */
export function flowPathSvg(flow: FlowDocument, path: PathTaken, fontFamily: string): string {
  const boxes = new Map(flow.nodes.map((node) => [node.id, boxOf(node)]));
  if (boxes.size === 0) return '';
  const steps = new Map<string, number[]>();
  path.order.forEach((id, index) => steps.set(id, [...(steps.get(id) ?? []), index + 1]));

  const all = [...boxes.values()];
  const left = Math.min(...all.map((box) => box.x)) - PADDING;
  const top = Math.min(...all.map((box) => box.y)) - PADDING;
  const width = Math.max(...all.map((box) => box.x + box.width)) + PADDING - left;
  const height = Math.max(...all.map((box) => box.y + NODE_HEIGHT)) + PADDING - top;

  const lines = flow.edges.flatMap((edge) => {
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (!from || !to) return [];
    const taken = (path.taken[`${edge.from}:${edge.port}`] ?? 0) > 0;
    const d = linePath(portPoint(from, edge.port), [to.x + to.width / 2, to.y]);
    return [
      {
        taken,
        svg: `<path class="line" data-edge-id="${esc(edge.id)}" data-taken="${taken}" d="${d}" fill="none" stroke="${taken ? COLOURS.taken : COLOURS.line}" stroke-width="${taken ? 2.5 : 1.2}" marker-end="url(#${taken ? 'arrow-taken' : 'arrow'})"/>`,
      },
    ];
  });
  // Lines taken are drawn last, so a line not taken never crosses over one that was.
  const lineSvg = [...lines.filter((l) => !l.taken), ...lines.filter((l) => l.taken)]
    .map((l) => l.svg)
    .join('');
  const arrow = (id: string, colour: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
  const nodes = all.map((box) => nodeSvg(box, flow, steps.get(box.node.id) ?? [])).join('');

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow-path" role="img" aria-label="The flow with the path taken" ` +
    `viewBox="${left} ${top} ${width} ${height}" width="${width}" height="${height}" font-family="${esc(fontFamily)}">` +
    `<defs>${arrow('arrow', COLOURS.line)}${arrow('arrow-taken', COLOURS.taken)}</defs>` +
    `${lineSvg}${nodes}</svg>`
  );
}
