import type { RunSummary } from '../../shared/ipc';
import type { RunView } from '../run/run-view';
import type { LadderLayout } from './ladder-layout';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function ladderSvg(layout: LadderLayout): string {
  const columns = layout.columns
    .map(
      (c) =>
        `<text x="${c.x}" y="16" text-anchor="middle" font-weight="700">${escape(c.title)}</text>` +
        `<line x1="${c.x}" x2="${c.x}" y1="24" y2="${layout.height}" stroke="#9aa3b2" stroke-dasharray="3 3"/>`,
    )
    .join('');
  const arrows = layout.arrows
    .map((a) => {
      const color = !a.ok ? '#d92d20' : a.kind === 'api' ? '#2563eb' : '#16a34a';
      const back = a.x2 >= a.x1 ? -7 : 7;
      return (
        `<line x1="${a.x1}" x2="${a.x2}" y1="${a.y}" y2="${a.y}" stroke="${color}" stroke-width="1.5"/>` +
        `<polygon points="${a.x2},${a.y} ${a.x2 + back},${a.y - 4} ${a.x2 + back},${a.y + 4}" fill="${color}"/>` +
        `<text x="${(a.x1 + a.x2) / 2}" y="${a.y - 4}" text-anchor="middle" fill="${color}">${escape(a.label)}</text>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" font-family="system-ui, sans-serif" font-size="11">${columns}${arrows}</svg>`;
}

/**
 * A run as one self-contained HTML file, to attach to a bug: its summary, the call ladder and
 * the timeline with every request, reply and event payload. Everything is escaped.
 */
export function runReportHtml(summary: RunSummary, view: RunView, layout: LadderLayout): string {
  const rows = view.timeline
    .map(
      (entry) =>
        `<tr><td>+${((entry.at - (view.startedAt ?? entry.at)) / 1000).toFixed(2)} s</td>` +
        `<td>${entry.kind === 'api' ? 'API' : 'Event'}</td><td>${escape(entry.name)}</td>` +
        `<td>${escape(entry.leg ?? '')}</td><td>${escape(entry.nodeId ?? '')}</td>` +
        `<td><code>${escape(JSON.stringify(entry.detail))}</code></td></tr>`,
    )
    .join('\n');
  const title = `${summary.flow} — ${summary.status} — ${summary.startedAt}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;color:#1d2330}table{border-collapse:collapse}
td,th{border-bottom:1px solid #e6e9ee;padding:3px 8px;text-align:left;vertical-align:top}
code{font-size:11px;word-break:break-all}</style></head><body>
<h1>${escape(summary.flow)}</h1>
<p>Run ${escape(summary.runId)} on ${escape(summary.profile)}, started ${escape(summary.startedAt)}:
<strong>${escape(summary.status)}</strong> — ${escape(summary.reason)} (${(summary.durationMs / 1000).toFixed(1)} s)</p>
<h2>Call ladder</h2>
${ladderSvg(layout)}
<h2>Timeline</h2>
<table><thead><tr><th>Time</th><th>Type</th><th>Name</th><th>Leg</th><th>Node</th><th>Detail</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
