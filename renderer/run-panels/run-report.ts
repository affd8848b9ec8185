import type { FlowDocument } from '../../shared/flow/flow-document';
import { nodeName } from '../../shared/flow/node-name';
import type { RunSummary, RunUpdateMessage } from '../../shared/ipc';
import { BUNDLED_FONT_FAMILIES } from '../fonts/font-families';
import { foldRunUpdates } from '../run/fold-run-update';
import { ladderLayout } from './ladder-layout';
import { describeTimeline, pathOf } from './report/describe-entry';
import { flowPathSvg } from './report/flow-path-svg';
import { escapeHtml as esc } from './report/html-escape';
import { ladderSvg } from './report/ladder-svg';
import { REPORT_CSS } from './report/report-css';

/** What a run report is made of: a kept run and the flow it ran. */
export interface RunReportInput {
  summary: RunSummary;
  flow: FlowDocument;
  updates: readonly RunUpdateMessage[];
  /**
   * `@font-face` rules with their fonts inlined (export-fonts.ts), so Hindi and the other Indian
   * scripts show their glyphs wherever the file is opened; empty to rely on the system's fonts.
   */
  fontCss?: string;
}

/** The app's font stack, bundled families first, as the canvas draws text. */
const FONT_STACK = [
  ...BUNDLED_FONT_FAMILIES.map((name) => `'${name}'`),
  'system-ui',
  'sans-serif',
].join(', ');

/**
 * Nothing in the file may reach the network or run a script, whatever a flow's labels hold:
 * styles and fonts are inline, and this policy forbids everything else.
 */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/**
 * Text for a <style> element, where entities are not decoded (so it is not HTML-escaped): only
 * a closing tag could end it early, and CSS reads `<\/` as `</`.
 */
const styleText = (css: string) => css.replace(/<\//g, '<\\/');

/** The start as the reader's clock says it, with the exact time kept in the markup. */
function startedWords(iso: string): string {
  const date = new Date(iso);
  const words = Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
  return `<time datetime="${esc(iso)}">${esc(words)}</time>`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * A run as one self-contained HTML file, to attach to a bug or hand to a customer: its summary,
 * a picture of the flow with the path taken, the path in words, the call ladder, and the
 * timeline, each line in words with its node and leg by name and the raw JSON folded under it.
 * Everything from the flow or the run is escaped; the file loads nothing from anywhere.
 */
export function runReportHtml({ summary, flow, updates, fontCss = '' }: RunReportInput): string {
  const view = foldRunUpdates(updates);
  const legLabel = (role: string) => flow.legs.find((leg) => leg.id === role)?.label || role;
  const nodeLabel = (id: string) => {
    const node = flow.nodes.find((candidate) => candidate.id === id);
    return node ? nodeName(node, flow) : id;
  };
  const order = pathOf(updates);
  const words = describeTimeline(view.timeline, legLabel);
  const startedAt = view.startedAt ?? 0;

  const rows = view.timeline
    .map((entry, index) => {
      const { text, facts } = words[index]!;
      const factList = facts.length
        ? `<dl>${facts.map(([key, value]) => `<dt>${esc(key)}</dt><dd>${esc(value)}</dd>`).join('')}</dl>`
        : '';
      return (
        `<tr data-kind="${entry.kind}" data-ok="${entry.ok}">` +
        `<td class="time">+${seconds(entry.at - startedAt)}</td>` +
        `<td>${entry.nodeId ? esc(nodeLabel(entry.nodeId)) : ''}</td>` +
        `<td>${entry.leg ? esc(legLabel(entry.leg)) : ''}</td>` +
        `<td><span class="kind">${entry.kind === 'api' ? 'API' : 'Event'}</span> ${esc(text)}${factList}` +
        `<details><summary>${esc(entry.name)} JSON</summary><pre>${esc(
          JSON.stringify(entry.detail, null, 2) ?? '',
        )}</pre></details></td></tr>`
      );
    })
    .join('\n');
  const path = order.map((id) => `<li>${esc(nodeLabel(id))}</li>`).join('');
  const title = `${summary.flow} — ${summary.status} — ${summary.startedAt}`;
  const layout = ladderLayout(view, legLabel);

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${styleText(fontCss)}
body{font-family:${FONT_STACK}}
${REPORT_CSS}</style></head><body>
<h1>${esc(summary.flow)}</h1>
<p class="summary">Run <code>${esc(summary.runId)}</code> on ${esc(summary.profile)}, started ${startedWords(
    summary.startedAt,
  )}: <strong data-status="${esc(summary.status)}">${esc(summary.status)}</strong> — ${esc(
    summary.reason,
  )} (${seconds(summary.durationMs)})</p>
<h2>The path taken</h2>
<figure class="picture">${flowPathSvg(flow, { order, taken: view.taken }, FONT_STACK)}
<figcaption>Nodes the call reached and lines it took are highlighted; the numbers say in which order it entered them.</figcaption></figure>
<ol class="path" aria-label="Path">${path}</ol>
<h2>Call ladder</h2>
<div class="picture">${ladderSvg(layout, FONT_STACK)}</div>
<h2>Timeline</h2>
<table><thead><tr><th>Time</th><th>Node</th><th>Leg</th><th>What happened</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
