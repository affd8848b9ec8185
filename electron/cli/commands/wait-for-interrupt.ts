/** Resolves on Ctrl+C or SIGTERM: how the long-running commands (web, listen, sim) end. */
export function waitForInterrupt(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
