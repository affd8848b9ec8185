/** The report's file name: the flow's name and the run's id, minus what file names cannot hold. */
export function reportFileName(flowName: string, runId: string): string {
  const clean = (text: string) =>
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
      .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return `${clean(flowName) || 'run'} - ${clean(runId) || 'report'}.html`;
}
