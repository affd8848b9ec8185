/** The longest silent file served, in seconds: enough to hear that a recording exists. */
const MAX_FILE_S = 10;
const SAMPLE_RATE = 8_000;

/**
 * The recordings the simulator has "made": their URLs point back at the simulator
 * (`/_sim/recordings/{sid}.wav`), which serves a silent 8 kHz WAV of the recording's length
 * (at most 10 s). An mp3 recording is served as WAV too: the simulator has no encoder.
 */
export class RecordingStore {
  private readonly lengths = new Map<string, number>();

  constructor(private readonly baseUrl: () => string) {}

  /** Remembers a finished recording and returns its URL. */
  add(sid: string, format: string, durationMs: number): string {
    this.lengths.set(sid, durationMs);
    return `${this.baseUrl()}/_sim/recordings/${sid}.${format === 'mp3' ? 'mp3' : 'wav'}`;
  }

  /** The bytes of `{sid}.wav` (or `.mp3`), or undefined for an unknown recording. */
  file(name: string): Buffer | undefined {
    const sid = name.replace(/\.(wav|mp3)$/, '');
    const durationMs = this.lengths.get(sid);
    return durationMs === undefined
      ? undefined
      : silentWav(Math.min(durationMs / 1000, MAX_FILE_S));
  }
}

/** A mono 16-bit PCM WAV of silence. */
function silentWav(seconds: number): Buffer {
  const dataBytes = Math.round(seconds * SAMPLE_RATE) * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVEfmt ', 8, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(SAMPLE_RATE, 24);
  wav.writeUInt32LE(SAMPLE_RATE * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  return wav;
}
