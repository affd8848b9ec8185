/** Room for each output's label side by side along a node's bottom edge. */
const PORT_WIDTH = 76;
const MIN_NODE_WIDTH = 220;
/** Past this a node no longer reads as one step; labels of many outputs are shortened instead. */
const MAX_NODE_WIDTH = 420;

/** How wide a node is drawn: by how many outputs it has (its height follows its content). */
export function nodeWidth(portCount: number): number {
  return Math.min(MAX_NODE_WIDTH, Math.max(MIN_NODE_WIDTH, portCount * PORT_WIDTH));
}
