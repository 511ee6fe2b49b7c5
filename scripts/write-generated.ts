/**
 * Writes the files generated from data/, after adding or editing a catalogue file:
 *   npx tsx scripts/write-generated.ts
 *  - data/index.ts: static imports of every catalogue file, so the same catalogue bundles into
 *    the extension and runs under Node without a file system;
 *  - src/background/bundled-candidate-data.ts: what the content script needs to pick candidates;
 *  - src/recognise/confusables-data.ts: Unicode's confusable characters (from unhomoglyph);
 *  - src/recognise/everyday-words.ts: English words one edit from a platform's name (not misspellings).
 * A unit test fails while either is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCandidateData } from '../src/background/candidate-data';
import { renderDataIndex } from '../src/catalogue/data-index-source';
import { compileIndex } from '../src/recognise/catalogue-index';
import { renderConfusablesData } from './confusables-source';
import { renderEverydayWords } from './everyday-words-source';
import { readCatalogueFiles } from '../src/catalogue/read-files';
import { validateCatalogue } from '../src/catalogue/validate';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = validateCatalogue(readCatalogueFiles(`${root}data`).files);
if (!result.ok) {
  console.error(`The catalogue is broken:\n  ${result.errors.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(`${root}data/index.ts`, renderDataIndex(`${root}data`));
writeFileSync(`${root}src/recognise/confusables-data.ts`, renderConfusablesData());
writeFileSync(`${root}src/recognise/everyday-words.ts`, renderEverydayWords(result.catalogue));
writeFileSync(`${root}src/background/bundled-candidate-data.ts`, renderCandidateData(compileIndex(result.catalogue)));
console.log('wrote data/index.ts, src/recognise/confusables-data.ts, src/recognise/everyday-words.ts and src/background/bundled-candidate-data.ts');
