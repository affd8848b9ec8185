import { beforeEach, describe, expect, it } from 'vitest';
import { CallSounds } from '../../../../renderer/audio/call-sounds';
import { nowPlayingStore } from '../../../../renderer/audio/now-playing';

const say = (text: string) =>
  ({ kind: 'speak', leg: 'caller', text, language: 'hi', loop: 1, durationMs: 0 }) as const;

describe('the "Now playing" line of a Say', () => {
  beforeEach(() => nowPlayingStore.setState({ line: '', note: '' }));

  it('says what is spoken at a pace that can carry it', () => {
    new CallSounds(() => 1).apply(say('नमस्ते, आपका स्वागत है'));
    expect(nowPlayingStore.getState().line).toBe('Speaking (Hindi): नमस्ते, आपका स्वागत है');
  });

  it('says a Say is too fast to speak when the pace leaves it less than a word', () => {
    new CallSounds(() => 500).apply(say('नमस्ते, आपका स्वागत है'));
    expect(nowPlayingStore.getState().line).toBe(
      'Too fast to speak at this speed (Hindi): नमस्ते, आपका स्वागत है',
    );
  });
});
