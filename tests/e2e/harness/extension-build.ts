import { existsSync } from 'node:fs';
import path from 'node:path';

const BUILD_COMMANDS = { 'chrome-mv3': 'npx wxt build', 'firefox-mv2': 'npx wxt build -b firefox' } as const;

/** Absolute path of a WXT build in .output/, failing fast (not by a launch timeout) when absent. */
export function extensionBuildDir(target: keyof typeof BUILD_COMMANDS): string {
  const dir = path.resolve('.output', target);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${dir}/manifest.json not found: run \`${BUILD_COMMANDS[target]}\` before the e2e tests`);
  }
  return dir;
}
