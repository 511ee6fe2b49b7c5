/**
 * Static guarantees over the extension's own code: no eval or Function constructor, and no
 * HTML string APIs (so nothing from a page or a file can become markup).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['eval', /\beval\s*\(/],
  ['the Function constructor', /\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]/],
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
];

describe('the extension code', () => {
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))];

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(FORBIDDEN)('never uses %s', (_name, pattern) => {
    const offenders = files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length));
    expect(offenders).toEqual([]);
  });
});
