import { describe, expect, it } from 'vitest';
import { BUILT_IN_VOICE, readSoundSettings } from '../../../../renderer/audio/sound-settings';
import { shortText } from '../../../../renderer/audio/now-playing';

describe('the saved sound settings', () => {
  it('start with the sound on, at 80 %, with the built-in voice', () => {
    expect(readSoundSettings(null)).toEqual({ enabled: true, volume: 0.8, voice: BUILT_IN_VOICE });
  });

  it('keep what was saved, and drop what is damaged', () => {
    expect(readSoundSettings('{"enabled":false,"volume":0.3,"voice":"urn:lekha"}')).toEqual({
      enabled: false,
      volume: 0.3,
      voice: 'urn:lekha',
    });
    expect(readSoundSettings('{"enabled":"no","volume":7}')).toEqual(readSoundSettings(null));
    expect(readSoundSettings('not json')).toEqual(readSoundSettings(null));
  });
});

describe('"Now playing" text', () => {
  it('shortens long text by whole characters, never half a Devanagari cluster', () => {
    const hindi = 'क्षमा कीजिए, '.repeat(10);
    const shown = shortText(hindi);
    expect(shown.endsWith('…')).toBe(true);
    expect(hindi.startsWith(shown.slice(0, -1))).toBe(true);
    // The cut falls after a whole cluster: the last kept character is not a virama (्).
    expect(shown.at(-2)).not.toBe('्');
    expect(shortText('  Hello\n there ')).toBe('Hello there');
  });
});
