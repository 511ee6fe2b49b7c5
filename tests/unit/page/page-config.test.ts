import { describe, expect, it } from 'vitest';
import { asPageConfig } from '../../../src/page/page-config';

const candidates = { domains: ['zoom.us'], suffixes: ['zoom.us'], schemes: ['zoommtg:'], suspicious: 'zo+m', invitePaths: ['/j/'] };
const good = { badges: 'warnings', handsOff: false, warnOnAvoid: true, trustedHosts: ['jitsi.our-union.example'], candidates };

describe('the page config from the background', () => {
  it('passes a well-formed config, and only its fields', () => {
    expect(asPageConfig({ ...good, extra: 1, candidates: { ...candidates, extra: 2 } })).toEqual(good);
  });

  it.each([
    null,
    undefined,
    'config',
    { ...good, badges: 'some' },
    { ...good, handsOff: 'no' },
    { ...good, trustedHosts: [1] },
    { ...good, warnOnAvoid: undefined },
    { ...good, candidates: undefined },
    { ...good, candidates: { ...candidates, domains: 'zoom.us' } },
    { ...good, candidates: { ...candidates, invitePaths: [null] } },
    // A pre-filter that does not compile would stop the content script at its first link.
    { ...good, candidates: { ...candidates, suspicious: '(' } },
  ])('refuses %j', (value) => {
    expect(asPageConfig(value)).toBeNull();
  });
});
