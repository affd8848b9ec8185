/** The id of the canvas node under the pointer where a mouse or touch event happened, if any. */
export function nodeIdAtPoint(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null;
}
