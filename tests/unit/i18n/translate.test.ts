import { describe, expect, it } from 'vitest';
import { formatMessage, translatorFromMessages } from '../../../src/i18n/translate';

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
