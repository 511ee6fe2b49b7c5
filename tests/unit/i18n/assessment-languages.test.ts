/**
 * The verdicts, reasons and the popup's card in each shipped language: built from that locale's
 * templates (not English), with country names in that language, and the real domain of a
 * lookalike isolated left-to-right in every language (in Arabic and Persian above all).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { assess } from '../../../src/assess/assess';
import { english } from '../../../src/i18n/english';
import { setTranslator } from '../../../src/i18n/t';
import { translatorFromMessages, type Messages } from '../../../src/i18n/translate';
import { recognise } from '../../../src/recognise/recognise';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { cardFor } from '../../../src/ui/popup/card-model';
import { realIndex } from '../support/catalogue';

const index = realIndex();
const LANGUAGES = [
  ['ar', 'ar'],
  ['es', 'es'],
  ['fa', 'fa'],
  ['fr', 'fr'],
  ['pt_BR', 'pt-BR'],
  ['pt_PT', 'pt-PT'],
  ['ru', 'ru'],
] as const;

const messages = (dir: string): Messages =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../public/_locales/${dir}/messages.json`, import.meta.url)), 'utf8'));
const verdicts = () =>
  [
    'https://zoom.us/j/1234567890',
    'https://meet.google.com-join.us/abc-defg-hij',
    'https://meet.systemli.org/Room',
    'https://meet.google.com/abc-defg-hij',
  ].map((url) => assess(index, recognise(index, url, NO_SETTINGS)));

setTranslator(english, 'en');
const inEnglish = verdicts();

afterAll(() => setTranslator(english, 'en'));

describe.each(LANGUAGES)('in %s', (dir, tag) => {
  it('every summary, reason and alternative differs from the English, and the country is named in the language', () => {
    setTranslator(translatorFromMessages(messages(dir)), tag);
    const ours = verdicts();
    ours.forEach((v, i) => {
      expect(v.summary).not.toBe(inEnglish[i]!.summary);
      v.reasons.forEach((r, j) => expect(r).not.toBe(inEnglish[i]!.reasons[j]));
      v.alternatives.forEach((a, j) => expect(a.reason).not.toBe(inEnglish[i]!.alternatives[j]!.reason));
    });
    const country = new Intl.DisplayNames([tag], { type: 'region' }).of('US')!;
    expect(ours[0]!.reasons.join(' ')).toContain(country);
  });

  it('keeps the lookalike’s real domain and the server’s host whole and left-to-right', () => {
    setTranslator(translatorFromMessages(messages(dir)), tag);
    const [, lookalike, server] = verdicts();
    expect(lookalike!.reasons[0]).toContain('\u2066com-join.us\u2069');
    expect(server!.reasons[0]).toContain('\u2066meet.systemli.org\u2069');
  });

  it('the popup card’s kind and fact labels are that locale’s own messages', () => {
    setTranslator(english, 'en');
    const en = cardFor(index, 'https://zoom.us/j/1234567890', NO_SETTINGS);
    setTranslator(translatorFromMessages(messages(dir)), tag);
    const card = cardFor(index, 'https://zoom.us/j/1234567890', NO_SETTINGS);
    expect(card.kind).not.toBe(en.kind);
    // Some labels are the same word in English ("Licence" in French): each must still be a message of this locale.
    const own = new Set(Object.values(messages(dir)).map((m) => m.message));
    const labels = card.facts!.flatMap((s) => [s.title, ...s.rows.map((r) => r.label)]);
    expect(labels.length).toBeGreaterThan(8);
    expect(labels.filter((label) => !own.has(label))).toEqual([]);
  });
});
