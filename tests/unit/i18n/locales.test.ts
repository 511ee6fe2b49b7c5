/**
 * The messages every locale ships: nothing the English has is missing elsewhere, no placeholder
 * lost or invented in translation, and the code asks only for keys that exist (and every key is
 * used). A browser falls back to English for a missing key, so a gap would show one English
 * sentence in an Arabic popup; a lost placeholder would drop a host name from a warning.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const LOCALES_DIR = root('public/_locales');
const REQUIRED_LOCALES = ['ar', 'en', 'es', 'fa', 'fr', 'pt_BR', 'pt_PT', 'ru'];

const read = (locale: string): Record<string, Entry> => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
const locales = readdirSync(LOCALES_DIR).filter((d) => statSync(join(LOCALES_DIR, d)).isDirectory());
const english = read('en');

/** $NAME$ references a message makes, lower-cased as browsers match them. */
const referenced = (message: string) => [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase()).sort();
const placeholderShape = (entry: Entry) =>
  Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(e.name) ? [path] : [];
  });
}
const source = [...sourceFiles(root('src')), ...sourceFiles(root('entrypoints')), root('wxt.config.ts')].map((f) => readFileSync(f, 'utf8')).join('\n');

describe('the locales', () => {
  it('are the languages Invite Guard promises, English the default', () => {
    expect(locales).toEqual(expect.arrayContaining(REQUIRED_LOCALES));
    expect(readFileSync(root('wxt.config.ts'), 'utf8')).toMatch(/default_locale: 'en'/);
  });

  it('English describes every message for translators, and every placeholder it uses is declared', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(entry.description, key).toBeTruthy();
      expect(
        referenced(entry.message).filter((name) => !(name in (entry.placeholders ?? {}))),
        key,
      ).toEqual([]);
      expect(
        Object.values(entry.placeholders ?? {}).every((p) => /^\$[1-9]$/.test(p.content)),
        key,
      ).toBe(true);
    }
  });

  describe.each(locales.filter((l) => l !== 'en'))('%s', (locale) => {
    const messages = read(locale);

    it('has every English key and no other', () => {
      expect(Object.keys(english).filter((k) => !(k in messages))).toEqual([]);
      expect(Object.keys(messages).filter((k) => !(k in english))).toEqual([]);
    });

    it('keeps each message’s placeholders: the same names, filled from the same substitutions', () => {
      const mismatched = Object.keys(english).filter(
        (key) =>
          messages[key] &&
          (referenced(messages[key].message).join() !== referenced(english[key]!.message).join() ||
            placeholderShape(messages[key]).join() !== placeholderShape(english[key]!).join()),
      );
      expect(mismatched).toEqual([]);
    });

    it('keeps the description within the 132 characters the Chrome Web Store allows', () => {
      expect(messages.extDescription?.message.length ?? 0).toBeLessThanOrEqual(132);
    });

    it('declares its own language and direction (what lang, dir and Intl formatting follow)', () => {
      expect(messages.languageTag?.message).toBe(locale.replace('_', '-'));
      expect(messages.languageDirection?.message).toBe(['ar', 'fa'].includes(locale) ? 'rtl' : 'ltr');
    });

    it('leaves no message empty', () => {
      expect(
        Object.entries(messages)
          .filter(([, e]) => typeof e.message !== 'string' || e.message.trim() === '')
          .map(([k]) => k),
      ).toEqual([]);
    });
  });
});

describe('the code and the English messages', () => {
  it('asks only for keys that exist', () => {
    const asked = [...source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g), ...source.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!);
    expect(asked.length).toBeGreaterThan(100);
    expect([...new Set(asked)].filter((key) => !(key in english))).toEqual([]);
  });

  it('uses every key: each is spelled out in the code', () => {
    const unused = Object.keys(english).filter((key) => !source.includes(`'${key}'`) && !source.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});
