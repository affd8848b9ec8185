import type { CallLegsView, CallLegView } from '../../../shared/ipc';

const COLUMNS = ['SIDE', 'NAME', 'NUMBER', 'STATUS', 'CREATED', 'UPDATED', 'GROUP', 'LEG SID'];

/** One row of the table; `-` where the platform gave nothing. */
function row(side: 'from' | 'to', leg: CallLegView): string[] {
  const group = [leg.groupName, leg.groupId && `(${leg.groupId})`].filter(Boolean).join(' ');
  return [
    side,
    leg.name ?? '-',
    leg.number ?? '-',
    leg.status ?? '-',
    leg.createdAt ?? '-',
    leg.updatedAt ?? '-',
    group || '-',
    leg.sid,
  ];
}

/**
 * A call's legs as a table for the terminal: a heading line, then one line per leg, `from` legs
 * first, in columns padded to their widest cell. Control characters from the platform are shown
 * as `?`, so a name cannot move the cursor or recolour the terminal.
 */
export function callLegsTable(call: CallLegsView): string[] {
  const legs = [
    ...call.from.map((leg) => row('from', leg)),
    ...call.to.map((leg) => row('to', leg)),
  ].map((cells) => cells.map(printable));
  const account = call.accountSid ? ` on account ${printable(call.accountSid)}` : '';
  const heading = `Call ${printable(call.callSid)}${account}: ${count(call.from.length, 'from')}, ${count(call.to.length, 'to')}.`;
  if (legs.length === 0) return [heading];
  const rows = [COLUMNS, ...legs];
  const widths = COLUMNS.map((_, index) => Math.max(...rows.map((cells) => cells[index]!.length)));
  const lines = rows.map((cells) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index]!)))
      .join('  '),
  );
  return [heading, '', ...lines];
}

function count(n: number, side: string): string {
  return `${n} ${side} ${n === 1 ? 'leg' : 'legs'}`;
}

function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to find control characters.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
