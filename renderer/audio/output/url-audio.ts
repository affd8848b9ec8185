import { countStarted } from './audio-probe';
import type { SoundKind } from './audio-probe';
import { outputVolume } from './audio-output';

/** Audio from a URL that is playing, or that failed to. */
export interface UrlSound {
  stop(): void;
}

/**
 * Plays an http(s) audio file with an <audio> element, `plays` times (or looped), at the app's
 * volume. `onFail` gets a sentence for the Phone tab when it cannot be fetched or decoded (no
 * network, a 404, a file that is not audio, a URL the app's security policy does not allow).
 */
export function playUrl(
  url: string,
  kind: SoundKind,
  options: { plays?: number; loop?: boolean },
  onFail: (reason: string) => void,
): UrlSound {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    onFail(`“${url}” is not an http(s) address, so it cannot be played here.`);
    return { stop: () => {} };
  }
  const element = new Audio();
  let left = options.plays ?? 1;
  let stopped = false;
  element.loop = options.loop ?? false;
  element.volume = outputVolume();
  element.src = parsed.href;
  element.addEventListener('ended', () => {
    left -= 1;
    if (!stopped && left > 0) void element.play().catch(() => {});
  });
  element.addEventListener('error', () => {
    if (!stopped) onFail(`Could not fetch the audio at ${parsed!.href}: it is not heard.`);
  });
  element.play().then(
    () => countStarted(kind),
    () => {
      if (!stopped) onFail(`Could not play the audio at ${parsed!.href}: it is not heard.`);
    },
  );
  return {
    stop() {
      stopped = true;
      element.pause();
      element.removeAttribute('src');
      element.load();
    },
  };
}
