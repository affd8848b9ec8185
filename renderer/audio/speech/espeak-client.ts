import type { SpeechRequest } from './espeak-synth';
import type { WorkerAnswer } from './espeak-worker';
import { noteSpeechEngineReady } from '../output/audio-probe';

/** Where one request's pieces go. */
interface Listener {
  onPiece(samples: Int16Array, sampleRate: number): void;
  resolve(): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
let nextId = 1;
const listeners = new Map<number, Listener>();

/** Starts the engine's worker on first use: nothing of it loads before the Phone tab shows. */
function engineWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./espeak-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (message: MessageEvent<WorkerAnswer>) => {
    const answer = message.data;
    const listener = listeners.get(answer.id);
    if (!listener) return;
    if ('piece' in answer) {
      listener.onPiece(answer.piece, answer.sampleRate);
      return;
    }
    listeners.delete(answer.id);
    if ('error' in answer) listener.reject(new Error(answer.error));
    else listener.resolve();
  };
  worker.onerror = (event) => {
    const error = new Error(`the speech engine failed to start (${event.message || 'unknown'})`);
    for (const listener of listeners.values()) listener.reject(error);
    listeners.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/**
 * Speaks `request` with the built-in engine (eSpeak NG, in a worker), handing over the speech
 * piece by piece as it is made; resolves when it is all made.
 */
export function speakInPieces(
  request: SpeechRequest,
  onPiece: (samples: Int16Array, sampleRate: number) => void,
): Promise<void> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    listeners.set(id, { onPiece, resolve, reject });
    engineWorker().postMessage({ id, ...request });
  });
}

/**
 * Loads the engine in the background (its worker, script and voice data), so the first Say is
 * not late: called when the Phone tab first shows with the sound on, never at start-up.
 */
export function warmUpSpeech(): void {
  speakInPieces({ text: ' ', voice: 'en', rate: 175 }, () => {}).then(
    noteSpeechEngineReady,
    () => {},
  );
}
