/** Reads data/ from disk (Node only: build hook, tests, validation command). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawCatalogueFiles } from './validate';

function readJsonDir(dataDir: string, sub: string, errors: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let names: string[] = [];
  try {
    names = readdirSync(join(dataDir, sub)).filter((n) => n.endsWith('.json'));
  } catch {
    return out;
  }
  for (const name of names) {
    const file = `${sub}/${name}`;
    try {
      out[file] = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    } catch (error) {
      errors.push(`data/${file}: (whole file): not valid JSON: ${(error as Error).message}`);
    }
  }
  return out;
}

export function readCatalogueFiles(dataDir: string): { files: RawCatalogueFiles; errors: string[] } {
  const errors: string[] = [];
  const files: RawCatalogueFiles = {
    platforms: readJsonDir(dataDir, 'platforms', errors),
    servers: readJsonDir(dataDir, 'servers', errors),
    wrappers: {},
    trackers: {},
  };
  const wrappers = readJsonDir(dataDir, '.', errors);
  for (const [name, json] of Object.entries(wrappers)) {
    if (name === './redirect-wrappers.json') files.wrappers['redirect-wrappers.json'] = json;
    if (name === './click-trackers.json') files.trackers['click-trackers.json'] = json;
  }
  return { files, errors };
}
