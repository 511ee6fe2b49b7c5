/**
 * Writes docs/platforms.md from the catalogue, after adding or editing a platform:
 *   npx tsx scripts/write-platforms-doc.ts
 * A unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPlatformsDoc } from '../src/catalogue/platforms-doc';
import { readCatalogueFiles } from '../src/catalogue/read-files';
import { validateCatalogue } from '../src/catalogue/validate';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = validateCatalogue(readCatalogueFiles(`${root}data`).files);
if (!result.ok) {
  console.error(`The catalogue is broken:\n  ${result.errors.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(`${root}docs/platforms.md`, renderPlatformsDoc(result.catalogue));
console.log(`wrote docs/platforms.md (${result.catalogue.platforms.length} platforms)`);
