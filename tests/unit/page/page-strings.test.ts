/**
 * Every string the page shows comes from public/_locales (the content script carries none of its
 * own): each key the page code asks for exists, with its placeholder where it takes one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEVEL_SIGNS } from '../../../src/levels/level-signs';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const messages: Record<string, { message: string; placeholders?: Record<string, unknown> }> = JSON.parse(
  readFileSync(root('public/_locales/en/messages.json'), 'utf8'),
);
const pageSource = readdirSync(root('src/page'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(root(`src/page/${f}`), 'utf8'))
  .join('\n');
const askedFor = [...pageSource.matchAll(/\bt\(\s*'([A-Za-z]+)'/g)].map((m) => m[1]!);

describe("the page's strings", () => {
  it('asks only for keys that exist', () => {
    expect(askedFor.length).toBeGreaterThan(5);
    expect([...askedFor, ...Object.values(LEVEL_SIGNS).map((s) => s.word), 'warnTitle', 'warnTitleAvoid'].filter((k) => !messages[k])).toEqual([]);
  });

  it('gives the warning titles their placeholder: what the link is for danger, the platform for avoid', () => {
    for (const [key, name] of [
      ['warnTitle', 'name'],
      ['warnTitleAvoid', 'platform'],
    ]) {
      expect(messages[key!]!.message).toContain(`$${name!.toUpperCase()}$`);
      expect(messages[key!]!.placeholders).toHaveProperty(name!);
    }
  });
});
