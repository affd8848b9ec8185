/** The power of one frequency in a block of samples (the Goertzel algorithm, as DTMF decoders use). */
export function goertzelPower(
  samples: Float32Array,
  sampleRate: number,
  frequency: number,
): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  for (const sample of samples) {
    const current = sample + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  return (
    (previous * previous +
      beforePrevious * beforePrevious -
      coefficient * previous * beforePrevious) /
    samples.length
  );
}

/** Root mean square of 16-bit or float samples, on a -1..1 scale. */
export function rms(samples: Int16Array | Float32Array): number {
  const scale = samples instanceof Int16Array ? 32768 : 1;
  let sum = 0;
  for (const sample of samples) sum += (sample / scale) ** 2;
  return Math.sqrt(sum / Math.max(1, samples.length));
}
