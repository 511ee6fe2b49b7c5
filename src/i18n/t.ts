/**
 * The one translator every extension page, the background and the pure modules they share
 * ask for their words. In the browser it is the browser's own i18n (the UI language the person
 * chose, falling back to English for a key a locale lacks); in Node (the CLI, unit tests) it is
 * whatever `setTranslator` set, by default the key itself so a missing set-up shows.
 */
import type { Translate } from './translate';

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

const browserI18n = (): I18nApi | undefined => {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
};

let chosen: { translate: Translate; language: string } | null = null;
let translatorChanges = 0;

/** Outside the browser: which messages and language to use (tests, the CLI). */
export function setTranslator(translate: Translate, language: string): void {
  chosen = { translate, language };
  translatorChanges++;
}

/** Which words are in use: the language, and a count of translator changes (for caches of worded text). */
export function wordsInUse(): string {
  return `${uiLanguage()}:${translatorChanges}`;
}

export const t: Translate = (key, substitutions) => {
  if (chosen) return chosen.translate(key, substitutions);
  const i18n = browserI18n();
  return i18n?.getMessage(key, substitutions ? [...substitutions] : undefined) || key;
};

/**
 * The language of the words shown, as a BCP 47 tag ("en", "es", "ar", "pt-BR"): the locale the
 * browser actually picked our messages from (a Hebrew browser gets English words, so English
 * it is), for country names, numbers, lists and `lang`.
 */
export function uiLanguage(): string {
  if (chosen) return chosen.language;
  return browserI18n() ? t('languageTag') : 'en';
}

/** "rtl" when the words shown are Arabic or Persian: the direction our messages declare. */
export function uiDirection(): 'ltr' | 'rtl' {
  return t('languageDirection') === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * A host name or address inside a translated sentence: isolated as left-to-right (U+2066 …
 * U+2069), so right-to-left text around it can never reorder its labels.
 */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

/**
 * A name from the catalogue (an owner, a server's operator) inside a translated sentence:
 * isolated (U+2068 … U+2069) so its own direction holds, and "Zoom Communications, Inc." keeps
 * its final full stop at its end in Arabic or Persian text.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A count in the UI language's digits ("3", "٣"). */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

/** Text without the isolation marks `ltr` adds: for output that is not shown in a page (the CLI's JSON). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
