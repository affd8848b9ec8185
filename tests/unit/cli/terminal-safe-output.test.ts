import { describe, expect, it } from 'vitest';
import { formatEventLine } from '../../../electron/cli/commands/format-event';
import type { LegEvent } from '../../../shared/events';
import { printableLine, printableText } from '../../../electron/text/printable';

const ESCAPE = '\u001b';

describe('text from the network, printed', () => {
  it('shows control characters as escapes, never raw', () => {
    expect(printableLine(`${ESCAPE}[2J${ESCAPE}]0;owned\u0007x\ny\u009b`)).toBe(
      '\\u001b[2J\\u001b]0;owned\\u0007x\\u000ay\\u009b',
    );
    expect(printableText('one\n\ttwo\r')).toBe('one\n\ttwo\\u000d');
    expect(printableLine('नमस्ते, plain text')).toBe('नमस्ते, plain text');
  });

  it('keeps an event name with escape codes from reaching the terminal in legflow listen', () => {
    const name = `leg_${ESCAPE}[31mred${ESCAPE}[0m\nforged line`;
    const event = {
      event_sid: 'EV1',
      event_type: 'leg_lifecycle_event',
      event_name: name,
      event_timestamp: { seconds: 1_685_966_925, nanos: 0 },
      event_data: { data: { leg_sid: `LEG${ESCAPE}[8m`, state: 'ringing' } },
    } as unknown as LegEvent;
    const line = formatEventLine(event, { via: 'grpc', receivedAt: 0, name, late: false });
    expect([...line].some((character) => character.charCodeAt(0) < 0x20)).toBe(false);
    expect(line).toContain('leg_\\u001b[31mred\\u001b[0m\\u000aforged line');
    expect(line).toContain('LEG\\u001b[8m');
  });
});
