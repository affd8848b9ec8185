/**
 * Polls `condition` until it returns a value other than undefined or false, failing after
 * `timeoutMs` with `what` in the message. Tests wait for what happened, never for a fixed time.
 */
export async function waitUntil<T>(
  what: string,
  condition: () => T | undefined | false,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
