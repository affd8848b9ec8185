// Types for the parts of @echogarden/espeak-ng-emscripten (an Emscripten build of eSpeak NG with
// a WebIDL binding) that espeak-synth.ts uses; the package ships none.
declare module '@echogarden/espeak-ng-emscripten' {
  /** The engine's own worker object (not a Web Worker): one synthesizer with its settings. */
  export interface ESpeakNGWorker {
    /** Selects a voice by name (`hi`, `en-us`); 0 when it exists. */
    set_voice(name: string): number;
    /** Words a minute, 80 to 450. */
    set_rate(wordsPerMinute: number): number;
    get_samplerate(): number;
    /**
     * Speaks `text`, handing 16-bit samples to `onChunk` as they are made; returning true from
     * it stops the synthesis.
     */
    synthesize(
      text: string,
      onChunk: (samples: Int16Array | null, events: unknown[]) => boolean,
    ): void;
    list_voices(): { name: string; identifier: string; languages: { name: string }[] }[];
  }

  export interface ESpeakModule {
    eSpeakNGWorker: new () => ESpeakNGWorker;
  }

  export interface ESpeakModuleOptions {
    /**
     * Hands Emscripten the voice data (`espeak-ng.data`) instead of letting it fetch the file
     * itself next to the script, which a bundled build does not keep.
     */
    getPreloadedPackage?: (name: string, size: number) => ArrayBuffer;
  }

  const createESpeak: (options?: ESpeakModuleOptions) => Promise<ESpeakModule>;
  export default createESpeak;
}
