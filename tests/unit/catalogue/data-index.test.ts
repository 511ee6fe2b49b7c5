import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCandidateData } from '../../../src/background/candidate-data';
import { renderConfusablesData } from '../../../scripts/confusables-source';
import { renderEverydayWords } from '../../../scripts/everyday-words-source';
import { renderDataIndex } from '../../../src/catalogue/data-index-source';
import { DATA_DIR, loadCatalogue, realIndex } from '../support/catalogue';

// After editing data/, run `npx tsx scripts/write-generated.ts`.
describe('files generated from data/', () => {
  it('data/index.ts imports every catalogue file', () => {
    expect(readFileSync(`${DATA_DIR}/index.ts`, 'utf8')).toBe(renderDataIndex(DATA_DIR));
  });

  it('src/background/bundled-candidate-data.ts matches the catalogue', () => {
    expect(readFileSync(`${DATA_DIR}/../src/background/bundled-candidate-data.ts`, 'utf8')).toBe(renderCandidateData(realIndex()));
  });

  it('src/recognise/confusables-data.ts and everyday-words.ts match their packages and the catalogue', () => {
    expect(readFileSync(`${DATA_DIR}/../src/recognise/confusables-data.ts`, 'utf8')).toBe(renderConfusablesData());
    expect(readFileSync(`${DATA_DIR}/../src/recognise/everyday-words.ts`, 'utf8')).toBe(renderEverydayWords(loadCatalogue()));
  });
});
