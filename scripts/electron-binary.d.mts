/** Finds the Electron executable without downloading it; see electron-binary.mjs. */
export function findElectronBinary(): { binary: string } | { missing: string };
