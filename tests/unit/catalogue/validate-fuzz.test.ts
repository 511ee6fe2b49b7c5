/**
 * The catalogue loader on mutated catalogue files: it never throws, and every rejection names
 * the file and a field, so whoever broke the data knows where to look.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../../src/catalogue/validate';
import { cloneFiles } from '../support/catalogue';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, Json>)[k]!, [...prefix, k]))];
}

const files = cloneFiles();
const platformFiles = Object.keys(files.platforms);
const replacement = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.string(),
  fc.constant([]),
  fc.constant({}),
  fc.constant('e2e'),
  fc.constant('USA'),
);

describe('validating mutated catalogue files', () => {
  // 400 validations: about 4 s on an idle machine, over 10 s on a busy shared one.
  it('never throws, and names the file and field of every problem', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...platformFiles), fc.nat(), fc.constantFrom('replace', 'delete', 'add-key'), replacement, (file, pick, mutation, value) => {
        const mutated = structuredClone(files);
        const doc = mutated.platforms[file] as Json;
        const all = paths(doc).filter((p) => p.length > 0);
        const path = all[pick % all.length]!;
        const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], doc);
        const key = path[path.length - 1]!;
        if (mutation === 'replace') parent[key] = value;
        else if (mutation === 'delete') {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        } else if (!Array.isArray(parent) && typeof parent === 'object' && parent) parent.unexpectedKey = value;

        const result = validateCatalogue(mutated);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(error).toMatch(/^data\/(platforms|servers)\/[\w.-]+\.json: [^:]+: .+/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('rejects a file that is not an object at all', () => {
    for (const junk of [null, 42, 'text', [], true]) {
      const mutated = structuredClone(files);
      mutated.platforms['platforms/signal.json'] = junk;
      const result = validateCatalogue(mutated);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]).toMatch(/^data\/platforms\/signal\.json: \(whole file\): /);
    }
  });
});
