#!/usr/bin/env node
/**
 * `npm run check`: runs the built CLI (dist/cli/invite-guard.mjs), building it first when it is
 * missing or older than any file it is built from, so an edit is never checked against a stale
 * build and an unchanged tree starts at once.
 */
import { readdirSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, ROOT, buildCli } from './build-cli.mjs';

/** The newest modification time under `dir` (files only). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtAt() {
  try {
    return statSync(CLI_BUNDLE).mtimeMs;
  } catch {
    return -1;
  }
}

const sources = Math.max(newest(`${ROOT}src`), newest(`${ROOT}data`), statSync(`${ROOT}public/_locales/en/messages.json`).mtimeMs);
if (builtAt() < sources) await buildCli();
await import(pathToFileURL(CLI_BUNDLE).href);
