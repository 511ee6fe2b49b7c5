#!/usr/bin/env node
/**
 * Builds the command-line checker into one JavaScript file, dist/cli/invite-guard.mjs (the
 * package's `invite-guard` bin): src/cli/main.ts with the catalogue and the English messages
 * inside, so running it compiles nothing; what only --catalogue needs is a chunk beside it. `npm run build` and `npm install` run this;
 * `npm run check` (scripts/check.mjs) runs it again when a source file is newer than the build.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_BUNDLE = `${ROOT}dist/cli/invite-guard.mjs`;

export async function buildCli() {
  // Chunks are named by their content: earlier builds' would pile up beside the new ones.
  rmSync(`${ROOT}dist/cli/chunks`, { recursive: true, force: true });
  await build({
    entryPoints: { 'invite-guard': `${ROOT}src/cli/main.ts` },
    outdir: `${ROOT}dist/cli`,
    outExtension: { '.js': '.mjs' },
    // zod (for --catalogue's validation, about half the bundle) loads only when asked for.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
