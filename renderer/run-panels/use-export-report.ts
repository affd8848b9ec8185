import { useCallback, useState } from 'react';
import { embeddedFontCss } from '../canvas/export-fonts';
import { BUNDLED_FONT_FAMILIES } from '../fonts/font-families';
import { useRunStoreApi } from '../run/run-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { reportFileName } from './report/report-file-name';
import { runReportHtml } from './run-report';

/** Offers a text as a file download, the browser way (works in Electron too). */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // The download has its own copy by the next task; the URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * Export report for the open replay: the whole run (not just up to the scrubber) on the flow on
 * the canvas, as one HTML file with the fonts its text needs inlined. `exporting` is set while
 * the fonts are read.
 */
export function useExportReport(): { exportReport: () => Promise<void>; exporting: boolean } {
  const runs = useRunStoreApi();
  const designer = useDesignerStoreApi();
  const [exporting, setExporting] = useState(false);
  const exportReport = useCallback(async () => {
    const replay = runs.getState().replay;
    if (!replay) return;
    const input = {
      summary: replay.summary,
      flow: designer.getState().flow,
      updates: replay.updates,
    };
    setExporting(true);
    try {
      // Fonts for the characters the report holds only: Hindi labels bring Devanagari's file.
      const fontCss = await embeddedFontCss(runReportHtml(input), BUNDLED_FONT_FAMILIES).catch(
        () => '',
      );
      download(
        reportFileName(replay.summary.flow, replay.summary.runId),
        runReportHtml({ ...input, fontCss }),
      );
    } catch (error) {
      designer
        .getState()
        .notify(`The report could not be made: ${(error as Error).message}`, 'refusal');
    } finally {
      setExporting(false);
    }
  }, [runs, designer]);
  return { exportReport, exporting };
}
