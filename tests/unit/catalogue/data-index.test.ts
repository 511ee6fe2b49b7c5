import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDataIndex } from '../../../src/catalogue/data-index-source';
import { DATA_DIR } from '../support/catalogue';

describe('data/index.ts', () => {
  it('imports every file in data/ (run `npx tsx scripts/write-data-index.ts` after adding one)', () => {
    expect(readFileSync(`${DATA_DIR}/index.ts`, 'utf8')).toBe(renderDataIndex(DATA_DIR));
  });
});
