/** A language the built-in engine speaks, and the eSpeak NG voice that speaks it. */
export interface SpeechLanguage {
  /** The primary language subtag a Say's `language` starts with, lower case (`hi`, `ta`). */
  code: string;
  /** Its name in English, for "Now playing" and the voice list. */
  name: string;
  /** The eSpeak NG voice (`set_voice` name) that speaks it. */
  espeakVoice: string;
}

/**
 * English and the languages of India that eSpeak NG (as packaged by
 * @echogarden/espeak-ng-emscripten 0.3.5) has voices for. Indian English has no voice of its own;
 * British English (`en`) is nearer to it than American.
 */
export const SPEECH_LANGUAGES: readonly SpeechLanguage[] = [
  { code: 'en', name: 'English', espeakVoice: 'en' },
  { code: 'hi', name: 'Hindi', espeakVoice: 'hi' },
  { code: 'bn', name: 'Bengali', espeakVoice: 'bn' },
  { code: 'ta', name: 'Tamil', espeakVoice: 'ta' },
  { code: 'te', name: 'Telugu', espeakVoice: 'te' },
  { code: 'kn', name: 'Kannada', espeakVoice: 'kn' },
  { code: 'ml', name: 'Malayalam', espeakVoice: 'ml' },
  { code: 'mr', name: 'Marathi', espeakVoice: 'mr' },
  { code: 'gu', name: 'Gujarati', espeakVoice: 'gu' },
  { code: 'pa', name: 'Punjabi', espeakVoice: 'pa' },
  { code: 'or', name: 'Odia', espeakVoice: 'or' },
  { code: 'as', name: 'Assamese', espeakVoice: 'as' },
  { code: 'ur', name: 'Urdu', espeakVoice: 'ur' },
  { code: 'ne', name: 'Nepali', espeakVoice: 'ne' },
  { code: 'kok', name: 'Konkani', espeakVoice: 'kok' },
  { code: 'sd', name: 'Sindhi', espeakVoice: 'sd' },
];

const ENGLISH = SPEECH_LANGUAGES[0]!;

/** Regions whose English is American: everywhere else gets the British voice. */
const AMERICAN_REGIONS = new Set(['us']);

/** The language to speak a Say's `language` in, and whether it had to fall back to English. */
export interface ChosenLanguage {
  language: SpeechLanguage;
  /** The eSpeak voice for this exact tag (`en-us` for `en-US`). */
  espeakVoice: string;
  fellBack: boolean;
}

/**
 * Maps a Say's `language` (`hi`, `hi-IN`, `en-US`, `TA`; the catalog's default is `en`) to an
 * engine voice. A language the engine lacks is spoken in English, and says so.
 */
export function chooseSpeechLanguage(language: unknown): ChosenLanguage {
  const tag = typeof language === 'string' && language.trim() !== '' ? language.trim() : 'en';
  const [primary = '', region = ''] = tag.toLowerCase().split(/[-_]/);
  const found = SPEECH_LANGUAGES.find((candidate) => candidate.code === primary);
  if (!found) return { language: ENGLISH, espeakVoice: ENGLISH.espeakVoice, fellBack: true };
  const american = found === ENGLISH && AMERICAN_REGIONS.has(region);
  return { language: found, espeakVoice: american ? 'en-us' : found.espeakVoice, fellBack: false };
}

/** A system voice as the Web Speech API lists it (the fields this module reads). */
export interface SystemVoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
}

/**
 * The system voice to speak `language` with, when the user chose system voices: the voice they
 * picked if it speaks that language, else one for the exact tag (`hi-IN`), else one for the
 * language (`hi`), else none (the built-in engine speaks instead).
 */
export function chooseSystemVoice<V extends SystemVoiceLike>(
  voices: readonly V[],
  language: unknown,
  preferredUri?: string,
): V | undefined {
  const tag = typeof language === 'string' && language.trim() !== '' ? language.trim() : 'en';
  const lower = tag.toLowerCase().replace('_', '-');
  const primary = lower.split('-')[0]!;
  const langOf = (voice: V) => voice.lang.toLowerCase().replace('_', '-');
  const speaks = (voice: V) => langOf(voice).split('-')[0] === primary;
  const preferred = voices.find((voice) => voice.voiceURI === preferredUri);
  if (preferred && speaks(preferred)) return preferred;
  return voices.find((voice) => langOf(voice) === lower) ?? voices.find(speaks);
}
