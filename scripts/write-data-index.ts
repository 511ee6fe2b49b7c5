/**
 * Writes data/index.ts: static imports of every catalogue file, so the same catalogue bundles
 * into the extension and runs under Node without a file system. Run after adding a data file:
 *   npx tsx scripts/write-data-index.ts
 * (a unit test fails while data/index.ts and data/ disagree).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderDataIndex } from '../src/catalogue/data-index-source';

const dataDir = fileURLToPath(new URL('../data', import.meta.url));
writeFileSync(`${dataDir}/index.ts`, renderDataIndex(dataDir));
console.log('wrote data/index.ts');
