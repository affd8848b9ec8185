import { execFileSync } from 'node:child_process';

/** Bundles the CLI once before the integration tests, so they run what `legflow` runs. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
}
