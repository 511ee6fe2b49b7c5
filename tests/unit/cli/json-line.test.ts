import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../../../src/recognise/bundled-index';
import { checkLine, type CheckLine } from '../../../src/cli/check-lines';
import { jsonLine } from '../../../src/cli/json-line';
import { LEVELS } from '../../../src/catalogue/kinds';
import { NO_SETTINGS } from '../../../src/recognise/types';

describe('jsonLine', () => {
  it('writes exactly what JSON.stringify writes, for any line', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const maybe = fc.option(text, { nil: null });
    const line: fc.Arbitrary<CheckLine> = fc.record(
      {
        url: text,
        target: text,
        platform: maybe,
        kind: maybe,
        level: fc.constantFrom(...LEVELS),
        lookalikeOf: maybe,
        reasons: fc.array(text, { maxLength: 2 }),
        alternatives: fc.array(text, { maxLength: 2 }),
        error: fc.constant('not a link' as const),
      },
      { requiredKeys: ['url', 'target', 'platform', 'kind', 'level', 'lookalikeOf', 'reasons', 'alternatives'] },
    );
    fc.assert(
      fc.property(line, (l) => jsonLine(l) === JSON.stringify(l)),
      { numRuns: 2000 },
    );
  });

  it('matches JSON.stringify on real lines: ordinary links, invites, lookalikes, odd text', () => {
    const index = bundledIndex();
    for (const text of [
      'https://example.org/a"b\\c',
      'https://zoom.us/j/1234567890',
      'zoom-us.example/j/1234567890',
      'hello world',
      'https://ex\u2028ample.org/\ud800',
      'https://münchen.de/',
    ])
      expect(jsonLine(checkLine(index, text, NO_SETTINGS))).toBe(JSON.stringify(checkLine(index, text, NO_SETTINGS)));
  });
});
