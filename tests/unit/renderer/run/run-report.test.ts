import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowDocument } from '../../../../shared/flow/flow-document';
import { loadFlow } from '../../../../shared/flow/load-flow';
import type { RunUpdateMessage } from '../../../../shared/ipc';
import { runReportHtml } from '../../../../renderer/run-panels/run-report';
import { ivrSummary as summary } from './run-updates-fixture';

const ivrMenu = (): FlowDocument =>
  loadFlow(
    readFileSync(join(__dirname, '../../../../assets/examples/ivr-menu.legflow.json'), 'utf8'),
  );

/** A run of the IVR menu template as the runner reports it: the caller presses 2, for sales. */
function runWithWords(): RunUpdateMessage[] {
  let at = 1_000;
  const t = (gap = 100) => (at += gap);
  const entered = (nodeId: string, step: number): RunUpdateMessage => ({
    type: 'node-entered',
    nodeId,
    leg: 'caller',
    step,
    at: t(),
  });
  const left = (nodeId: string, port: string, to: string): RunUpdateMessage => ({
    type: 'node-left',
    nodeId,
    port,
    to,
    at: t(),
  });
  const event = (name: string, data: Record<string, unknown>): RunUpdateMessage => ({
    type: 'event',
    leg: 'caller',
    name,
    eventSid: `e-${at}`,
    data: { leg_sid: 'leg-1', state: 'connected', ...data },
    at: t(),
  });
  const posted = (exoml: string): RunUpdateMessage => ({
    type: 'api',
    method: 'legAction',
    target: 'caller',
    request: { exoml, action_custom_param: 'run-1:2' },
    ok: true,
    reply: { leg_sid: 'leg-1', action_sid: `act-${at}` },
    at: t(),
  });
  return [
    { type: 'started', runId: 'run-1', flow: 'IVR menu', at: t() },
    entered('start', 1),
    event('incoming_leg', {
      state: 'ringing',
      contact_uri: '09876500009',
      exophone: '08030752400',
    }),
    left('start', 'next', 'answer'),
    entered('answer', 2),
    posted('<Flow><Answer/></Flow>'),
    event('leg_answered', {}),
    left('answer', 'next', 'welcome'),
    entered('welcome', 3),
    posted('<Flow><Say language="hi">नमस्ते, Acme में आपका स्वागत है</Say></Flow>'),
    event('say_started', {}),
    event('say_completed', {}),
    left('welcome', 'next', 'menu'),
    entered('menu', 4),
    posted('<Flow><Gather numDigits="1"><Say>For sales, press 2.</Say></Gather></Flow>'),
    event('gather_success', { digits: '2' }),
    { type: 'variables', variables: { digits: '2' }, at: t() },
    left('menu', '2', 'sales'),
    entered('sales', 5),
    {
      type: 'finished',
      status: 'completed',
      reason: 'The flow ended.',
      path: ['start', 'answer', 'welcome', 'menu', 'sales'],
      legs: { caller: { sid: 'leg-1', state: 'terminal', terminal_status: 'completed' } },
      at: t(3_000),
    },
  ];
}

/** The `<g class="node">` of each node in the picture, by id, with whether it is highlighted. */
function pictureNodes(html: string): Record<string, boolean> {
  return Object.fromEntries(
    [...html.matchAll(/<g class="node" data-node-id="([^"]+)" data-visited="(true|false)">/g)].map(
      ([, id, visited]) => [id!, visited === 'true'],
    ),
  );
}

describe('the run report', () => {
  it('draws every node of the flow, with the ones the run entered highlighted and numbered', () => {
    const html = runReportHtml({ summary, flow: ivrMenu(), updates: runWithWords() });
    const nodes = pictureNodes(html);
    expect(Object.keys(nodes).sort()).toEqual(
      ivrMenu()
        .nodes.map((node) => node.id)
        .sort(),
    );
    expect(Object.keys(nodes).filter((id) => nodes[id])).toEqual(
      expect.arrayContaining(['start', 'answer', 'welcome', 'menu', 'sales']),
    );
    expect(Object.values(nodes).filter(Boolean)).toHaveLength(5);
    // The visit order, on the badge of the node entered fifth.
    expect(html).toMatch(
      /data-node-id="sales"[^<]*<title>[^<]*<\/title>(?:(?!<\/g>).)*<g class="step">(?:(?!<\/g>).)*>5<\/text>/,
    );
    // The lines the run took, and only those, drawn as taken.
    const taken = [...html.matchAll(/data-edge-id="([^"]+)" data-taken="true"/g)].map((m) => m[1]);
    expect(taken.sort()).toEqual(['e1', 'e2', 'e3', 'e5']);
  });

  it('names nodes and legs by their labels and puts events and API calls in words', () => {
    const html = runReportHtml({ summary, flow: ivrMenu(), updates: runWithWords() });
    expect(html).toContain('<td>Main menu</td><td>Caller</td>');
    expect(html).toContain('Caller pressed 2');
    expect(html).toContain('Say on Caller: “नमस्ते, Acme में आपका स्वागत है” — accepted');
    expect(html).toContain('Say started on Caller: “नमस्ते, Acme में आपका स्वागत है”');
    expect(html).toContain('POST /v2/accounts/:accountSid/legs/:legSid/actions');
    // The path in words, in order.
    expect(html).toContain(
      '<li>Call to the support line</li><li>Answer</li><li>Welcome</li><li>Main menu</li><li>Sales</li>',
    );
    // The raw JSON stays within reach, folded away.
    expect(html).toMatch(
      /<details><summary>gather_success JSON<\/summary><pre>[^<]*&quot;digits&quot;: &quot;2&quot;/,
    );
  });

  it('escapes hostile labels, names and event data, and loads nothing from anywhere', () => {
    const flow = ivrMenu();
    const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    flow.nodes = flow.nodes.map((node) => ({ ...node, label: hostile }));
    flow.legs = flow.legs.map((leg) => ({ ...leg, label: hostile }));
    const updates = runWithWords().map((update) =>
      update.type === 'event' ? { ...update, name: hostile, data: { digits: hostile } } : update,
    );
    const html = runReportHtml({ summary: { ...summary, flow: hostile }, flow, updates });
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
    expect(html).toContain(`Content-Security-Policy" content="default-src &apos;none&apos;`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('embeds the fonts it is given, so Hindi labels keep their glyphs elsewhere', () => {
    const fontCss =
      "@font-face { font-family: 'Noto Sans Devanagari'; src: url(data:font/woff2;base64,AAAA) format('woff2'); }";
    const flow = ivrMenu();
    flow.nodes = flow.nodes.map((node) =>
      node.id === 'menu' ? { ...node, label: 'मुख्य मेनू' } : node,
    );
    const html = runReportHtml({ summary, flow, updates: runWithWords(), fontCss });
    expect(html).toContain(fontCss);
    // Style text is not HTML: the font names stand there as CSS, unescaped.
    expect(html).toContain("body{font-family:'Inter', 'Noto Sans Devanagari'");
    expect(html).toMatch(/font-family="[^"]*Noto Sans Devanagari/);
    expect(html).toContain('मुख्य मेनू');
  });
});
