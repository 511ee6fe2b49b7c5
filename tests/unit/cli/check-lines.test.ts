/**
 * The CLI remembers assessments for a run (check-lines.ts): a line's answer must be the one the
 * checker gives without remembering anything, whatever came before it, and no line may share an
 * array with another (a script may change what it reads).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLine, createLineChecker } from '../../../src/cli/check-lines';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { buildCorpus } from '../../bench/url-corpus';
import { loadCatalogue, realIndex } from '../support/catalogue';

const index = realIndex();
const lines = [
  ...buildCorpus(loadCatalogue(), 3_000, 9),
  'zoom.us/j/1234567890',
  '  https://zoom.us/j/1234567890  ',
  'https://zoom-us.example/j/1234567890',
  'https://zoom.us/j/1234567890',
  'hello world',
  'mailto:someone@example.org',
  'zoommtg://zoom.us/join?confno=123',
  'https://ex ample.org/',
  'https://example.org/\u00a0x',
  'http://',
];

describe('the CLI line checker for a run', () => {
  it('answers every line as the checker that remembers nothing does', () => {
    const check = createLineChecker(index, NO_SETTINGS);
    for (const line of [...lines, ...lines]) expect(check(line), line).toEqual(checkLine(index, line, NO_SETTINGS));
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom(...lines)), (line) => {
        expect(check(line)).toEqual(checkLine(index, line, NO_SETTINGS));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives each line arrays of its own', () => {
    const check = createLineChecker(index, NO_SETTINGS);
    const first = check('https://zoom.us/j/1234567890');
    first.reasons.push('changed by a script');
    first.alternatives.length = 0;
    expect(check('https://zoom.us/j/1234567890')).toEqual(checkLine(index, 'https://zoom.us/j/1234567890', NO_SETTINGS));
    // A line with no reasons shares one empty array, which nobody can fill for the next line.
    const plain = check('https://example.org/story');
    expect(() => plain.reasons.push('changed by a script')).toThrow(TypeError);
    expect(check('https://example.org/other').reasons).toEqual([]);
  });
});
