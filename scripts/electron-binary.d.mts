/** Where Electron's executable is, or why there is none; see electron-binary.mjs. */
export type ElectronBinary =
  | { binary: string }
  | {
      missing: string;
      /**
       * `not-downloaded`: the package is installed but its installer has not fetched the binary;
       * `override`: ELECTRON_OVERRIDE_DIST_PATH names a folder without it; `no-package`: no
       * electron package at all. Only `not-downloaded` is mended by running the installer.
       */
      cause: 'not-downloaded' | 'override' | 'no-package';
    };

/** The installed electron package's folder, if there is one. */
export function electronPackageDir(): string | undefined;
/** Finds the Electron executable without downloading it. */
export function findElectronBinary(where?: {
  env?: NodeJS.ProcessEnv;
  packageDir?: string | undefined;
}): ElectronBinary;
/** The electron package's version, e.g. "45.4.1". */
export function electronVersion(packageDir: string): string;
