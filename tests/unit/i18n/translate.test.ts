import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { english } from '../../../src/i18n/english';
import { formatCount, isolate, ltr, setTranslator, uiDirection, withoutIsolates } from '../../../src/i18n/t';
import { formatMessage, translatorFromMessages, type Messages } from '../../../src/i18n/translate';

describe('formatting a message as browsers do', () => {
  it('fills named placeholders from numbered substitutions', () => {
    const entry = { message: 'Stop: this $PLATFORM$ link goes to $HOST$', placeholders: { platform: { content: '$1' }, host: { content: '$2' } } };
    expect(formatMessage(entry, ['Zoom', 'evil.example'])).toBe('Stop: this Zoom link goes to evil.example');
  });

  it('keeps a literal dollar written as $$', () => {
    expect(formatMessage({ message: 'costs $$5' })).toBe('costs $5');
  });

  it('a missing substitution becomes empty, not "undefined"', () => {
    expect(formatMessage({ message: 'a $X$ b', placeholders: { x: { content: '$1' } } })).toBe('a  b');
  });

  it('an unknown key comes back as the key, so a gap shows instead of crashing', () => {
    expect(translatorFromMessages({})('noSuchKey')).toBe('noSuchKey');
  });
});

describe('the language and direction of the words shown', () => {
  const messagesOf = (dir: string): Messages =>
    JSON.parse(readFileSync(fileURLToPath(new URL(`../../../public/_locales/${dir}/messages.json`, import.meta.url)), 'utf8'));

  afterEach(() => setTranslator(english, 'en'));

  it('are right to left for Arabic and Persian messages, left to right otherwise', () => {
    for (const [dir, expected] of [
      ['ar', 'rtl'],
      ['fa', 'rtl'],
      ['es', 'ltr'],
      ['en', 'ltr'],
    ] as const) {
      setTranslator(translatorFromMessages(messagesOf(dir)), dir);
      expect(uiDirection(), dir).toBe(expected);
    }
  });

  it('formats counts in the language’s digits', () => {
    setTranslator(translatorFromMessages(messagesOf('fa')), 'fa');
    expect(formatCount(12)).toBe('۱۲');
  });

  it('strips the isolation marks for output that is not a page', () => {
    expect(withoutIsolates(`run by ${isolate('8x8, Inc.')} on ${ltr('meet.jit.si')}`)).toBe('run by 8x8, Inc. on meet.jit.si');
  });
});
