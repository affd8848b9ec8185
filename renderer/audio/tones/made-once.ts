/** Tones made so far, by how they are made and at what sample rate. */
const made = new WeakMap<(sampleRate: number) => Float32Array, Map<number, Float32Array>>();

/**
 * A looped or repeated tone is the same every time at a given rate, and making one takes
 * milliseconds of the main thread (a ring-back cycle is 3 s of samples): made the first time it
 * is wanted, then kept, about half a megabyte each at 48 kHz. The samples are only read.
 */
export function madeOnce(
  make: (sampleRate: number) => Float32Array,
  sampleRate: number,
): Float32Array {
  let byRate = made.get(make);
  if (!byRate) made.set(make, (byRate = new Map()));
  let samples = byRate.get(sampleRate);
  if (!samples) byRate.set(sampleRate, (samples = make(sampleRate)));
  return samples;
}
