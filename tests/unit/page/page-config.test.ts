import { describe, expect, it } from 'vitest';
import { asPageConfig } from '../../../src/page/page-config';

const good = { badges: 'warnings', handsOff: false, warnOnAvoid: true, trustedHosts: ['jitsi.our-union.example'] };

describe('the page config from the background', () => {
  it('passes a well-formed config, and only its fields', () => {
    expect(asPageConfig({ ...good, extra: 1 })).toEqual(good);
  });

  it.each([null, undefined, 'config', { ...good, badges: 'some' }, { ...good, handsOff: 'no' }, { ...good, trustedHosts: [1] }, { ...good, warnOnAvoid: undefined }])(
    'refuses %j',
    (value) => {
      expect(asPageConfig(value)).toBeNull();
    },
  );
});
