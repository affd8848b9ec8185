// A Web Worker that owns eSpeak NG: loading it (24 MB of voice data) and speaking never block
// the page. Speech is sent back piece by piece as it is made, so it can start at once.
import dataUrl from '@echogarden/espeak-ng-emscripten/espeak-ng.data?url';
// The engine's script is copied into the build as it is and imported at run time: bundled, its
// Node-only `import("module")` would split the worker into chunks, which a worker cannot be.
import engineUrl from '@echogarden/espeak-ng-emscripten/espeak-ng.js?url';
import { loadEspeak } from './espeak-synth';
import type { CreateESpeak, EspeakSynth, SpeechRequest } from './espeak-synth';

/** A request to the worker. */
export interface WorkerRequest extends SpeechRequest {
  id: number;
}

/** The worker's answers to request `id`: pieces of speech, then the end, or why not. */
export type WorkerAnswer =
  | { id: number; piece: Int16Array; sampleRate: number }
  | { id: number; done: true }
  | { id: number; error: string };

/** The engine's output rate (eSpeak NG's voices are 22.05 kHz), sent with every piece. */
let sampleRate = 22_050;
let engine: Promise<EspeakSynth> | null = null;

async function startEngine(): Promise<EspeakSynth> {
  const [module, data] = await Promise.all([
    import(/* @vite-ignore */ new URL(engineUrl, self.location.href).href) as Promise<{
      default: CreateESpeak;
    }>,
    fetchData(),
  ]);
  const synth = await loadEspeak(module.default, data);
  sampleRate = synth.speakInPieces({ text: ' ', voice: 'en', rate: 175 }, () => {});
  return synth;
}

async function fetchData(): Promise<ArrayBuffer> {
  const response = await fetch(new URL(dataUrl, self.location.href));
  if (!response.ok) {
    throw new Error(`the speech engine's voices could not be loaded (${response.status})`);
  }
  return response.arrayBuffer();
}

const answer = (message: WorkerAnswer, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

self.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const { id, ...request } = message.data;
  try {
    engine ??= startEngine();
    const synth = await engine;
    // Posting from inside the synthesis sends each piece at once: the page plays the first
    // while the engine makes the next.
    synth.speakInPieces(request, (piece) => {
      const copy = piece.slice();
      answer({ id, piece: copy, sampleRate }, [copy.buffer]);
    });
    answer({ id, done: true });
  } catch (error) {
    engine = null;
    answer({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
