/**
 * Who runs a server and where, in words: where the operator is based and where the server runs
 * are named apart, so a French association's server in Germany does not read as "France".
 */
import { describe, expect, it } from 'vitest';
import { isolate } from '../../../../src/i18n/t';
import { bundledIndex } from '../../../../src/recognise/bundled-index';
import { operatorPlaceWords } from '../../../../src/ui/shared/operator-words';
import { serverFacts } from '../../../../src/ui/popup/server-facts';
import { knownServerGroups } from '../../../../src/ui/options/server-lists';
import { recognise } from '../../../../src/recognise/recognise';
import { NO_SETTINGS } from '../../../../src/recognise/types';

const index = bundledIndex();
/** The words without the bidirectional isolates around the operator's name. */
const plain = (s: string | null) => s?.replace(/[\u2066-\u2069]/g, '') ?? null;

describe('operator and server countries, named', () => {
  it('a server whose operator and hosting countries differ shows both, each named', () => {
    const row = knownServerGroups(index, [])
      .flatMap((g) => g.servers)
      .find((s) => s.host === 'framatalk.org')!;
    expect(row).toMatchObject({ operatorCountry: 'France', hostingCountry: 'Germany' });
    expect(plain(operatorPlaceWords({ ...row, operator: isolate(row.operator!) }))).toBe('Framasoft (non-profit), based in France; server in Germany');
  });

  it('the card’s server facts carry both countries for a Jitsi link on that server', () => {
    const match = recognise(index, 'https://framatalk.org/SolidarityKitchenPlanning', NO_SETTINGS);
    const facts = serverFacts(index, match)!;
    expect(facts).toMatchObject({ host: 'framatalk.org', operatorCountry: 'France', hostingCountry: 'Germany' });
    expect(plain(operatorPlaceWords({ ...facts, operator: isolate(facts.operator!) }))).toBe('Framasoft (non-profit), based in France; server in Germany');
  });

  it('only one country known: only that one is named, as what it is', () => {
    expect(operatorPlaceWords({ operator: 'systemli.org', operatorCountry: null, hostingCountry: 'Germany' })).toBe('systemli.org; server in Germany');
    expect(operatorPlaceWords({ operator: 'Senfcall', operatorCountry: 'Germany', hostingCountry: null })).toBe('Senfcall, based in Germany');
    expect(operatorPlaceWords({ operator: 'Someone', operatorCountry: null, hostingCountry: null })).toBeNull();
  });

  it('the platform’s own server says so, with whatever countries are known', () => {
    expect(operatorPlaceWords({ operator: '8x8, Inc.', operatorCountry: 'United States', hostingCountry: null }, true)).toBe(
      '8x8, Inc., based in United States (run by the platform’s owner)',
    );
    expect(operatorPlaceWords({ operator: 'X', operatorCountry: 'France', hostingCountry: 'Germany' }, true)).toBe(
      'X, based in France (run by the platform’s owner); server in Germany',
    );
    expect(operatorPlaceWords({ operator: 'X', operatorCountry: null, hostingCountry: 'Germany' }, true)).toBe(
      'X (run by the platform’s owner); server in Germany',
    );
  });
});
