import { chooseSystemVoice } from './speech-languages';
import { SYSTEM_RATE, estimatedSystemSpeechMs, fitRate } from './rate-fit';
import type { SpeechPlan } from './rate-fit';

/** The voices the system offers through the Web Speech API (none where it has no such API). */
export function systemVoices(): SpeechSynthesisVoice[] {
  if (typeof speechSynthesis === 'undefined') return [];
  return speechSynthesis.getVoices();
}

/** Calls `onChange` whenever the system's voice list changes (they load late in Chromium). */
export function onSystemVoicesChanged(onChange: () => void): () => void {
  if (typeof speechSynthesis === 'undefined') return () => {};
  speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => speechSynthesis.removeEventListener('voiceschanged', onChange);
}

/**
 * Speaks with a system voice, fitted to `plan` as well as the API allows (its length is only
 * estimated). Returns null when no system voice speaks `language`: the built-in engine does.
 */
export function speakWithSystemVoice(
  text: string,
  language: unknown,
  preferredUri: string,
  plan: SpeechPlan,
  volume: number,
): { stop(): void } | null {
  const voice = chooseSystemVoice(systemVoices(), language, preferredUri);
  if (!voice) return null;
  const rate = fitRate(estimatedSystemSpeechMs(text), plan.onceMs, SYSTEM_RATE);
  for (let play = 0; play < plan.plays; play++) {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rate;
    utterance.volume = volume;
    speechSynthesis.speak(utterance);
  }
  return { stop: () => speechSynthesis.cancel() };
}
