// The package ships no types: the reference carries ours to every project that compiles this file
// (the renderer's, and the unit tests').
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module cannot be imported
/// <reference path="./espeak-ng-emscripten.d.ts" />
import type {
  ESpeakModuleOptions,
  ESpeakModule,
  ESpeakNGWorker,
} from '@echogarden/espeak-ng-emscripten';

/** The package's default export: starts one instance of the engine. */
export type CreateESpeak = (options?: ESpeakModuleOptions) => Promise<ESpeakModule>;

/** Speech as samples: 16-bit mono PCM at `sampleRate`. */
export interface SpeechSamples {
  samples: Int16Array;
  sampleRate: number;
}

/** What to say and how. */
export interface SpeechRequest {
  text: string;
  /** An eSpeak NG voice name (speech-languages.ts). */
  voice: string;
  /** Words a minute. */
  rate: number;
}

/** eSpeak NG, loaded: speaks text to samples, synchronously, off the page's thread. */
export interface EspeakSynth {
  /** The whole of the speech at once. */
  speak(request: SpeechRequest): SpeechSamples;
  /**
   * The speech piece by piece as the engine makes it (a fraction of a second of audio each), so
   * playing can start long before a long text is done. Returns the sample rate.
   */
  speakInPieces(request: SpeechRequest, onPiece: (samples: Int16Array) => void): number;
}

/**
 * Starts eSpeak NG (WebAssembly) with its voice data (about 24 MB, every language). `create` is
 * the package's default export, imported by the caller: statically in Node, from the script's
 * URL in the browser's worker. In the browser `data` is the fetched `espeak-ng.data`; in Node it
 * may be left out and the package reads the file beside itself.
 */
export async function loadEspeak(create: CreateESpeak, data?: ArrayBuffer): Promise<EspeakSynth> {
  const engine = await create(data ? { getPreloadedPackage: () => data } : {});
  const worker = new engine.eSpeakNGWorker();
  return {
    speak: (request) => speakWith(worker, request),
    speakInPieces: (request, onPiece) => speakInPieces(worker, request, onPiece),
  };
}

function speakInPieces(
  worker: ESpeakNGWorker,
  request: SpeechRequest,
  onPiece: (samples: Int16Array) => void,
): number {
  if (worker.set_voice(request.voice) !== 0) {
    throw new Error(`eSpeak NG has no voice "${request.voice}".`);
  }
  worker.set_rate(Math.round(request.rate));
  worker.synthesize(request.text, (samples) => {
    if (samples && samples.length > 0) onPiece(samples);
    return false;
  });
  return worker.get_samplerate();
}

function speakWith(worker: ESpeakNGWorker, request: SpeechRequest): SpeechSamples {
  const pieces: Int16Array[] = [];
  const sampleRate = speakInPieces(worker, request, (piece) => pieces.push(piece));
  const samples = new Int16Array(pieces.reduce((total, piece) => total + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    samples.set(piece, offset);
    offset += piece.length;
  }
  return { samples, sampleRate };
}
