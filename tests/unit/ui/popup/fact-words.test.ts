import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../../../../src/recognise/bundled-index';
import { isUnverified } from '../../../../src/ui/popup/fact-rows';
import { accountWords } from '../../../../src/ui/popup/fact-words';
import { httpsUrl } from '../../../../src/ui/popup/safe-link';

const index = bundledIndex();

describe('facts in words', () => {
  it('accounts: who needs one and what it uses', () => {
    expect(accountWords({ required: true, identifiers: ['phone', 'username'] })).toBe('Everyone needs an account. Accounts use: a phone number, a user name.');
    expect(accountWords({ required: false, identifiers: ['none'] })).toBe('No account needed.');
    expect(accountWords({ required: 'host-only', identifiers: ['email'] })).toMatch(/^Only the organiser/);
  });

  it('"not verified" covers a fact and the facts under it', () => {
    const zoom = index.platforms.get('zoom')!; // unverified: account, openSource, …
    expect(isUnverified(zoom, ['account.notes'])).toBe(true);
    expect(isUnverified(zoom, ['hosting'])).toBe(false);
    const google = index.platforms.get('google-meet')!; // unverified: account.notes only
    expect(isUnverified(google, ['account.required', 'account.identifiers'])).toBe(false);
    expect(isUnverified(google, ['account.notes'])).toBe(true);
  });

  it('only https links become links', () => {
    expect(httpsUrl('https://signal.org/')).toBe('https://signal.org/');
    expect(httpsUrl('http://de.wikipedia.org/wiki/Threema')).toBeNull();
    expect(httpsUrl('javascript:alert(1)')).toBeNull();
    expect(httpsUrl('https://user@evil.example/')).toBeNull();
    expect(httpsUrl(undefined)).toBeNull();
  });
});

describe('safer choices', () => {
  it('say a reason they share once', async () => {
    const { sharedReason } = await import('../../../../src/ui/popup/alternative-links');
    const a = (id: string, reason: string) => ({ id, name: id, reason, website: null });
    expect(sharedReason([a('x', 'r'), a('y', 'r')])).toBe('r');
    expect(sharedReason([a('x', 'r'), a('y', 's')])).toBeNull();
    expect(sharedReason([a('x', 'r')])).toBeNull();
  });
});
