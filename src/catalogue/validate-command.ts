/** `npx tsx src/catalogue/validate-command.ts`: validates data/ and prints every problem. */
import { fileURLToPath } from 'node:url';
import { readCatalogueFiles } from './read-files';
import { validateCatalogue } from './validate';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
const { files, errors: readErrors } = readCatalogueFiles(dataDir);
const result = validateCatalogue(files);
const errors = [...readErrors, ...(result.ok ? [] : result.errors)];
if (errors.length) {
  console.error(`The catalogue is broken (${errors.length} problem${errors.length === 1 ? '' : 's'}):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
if (result.ok)
  console.log(
    `catalogue ok: ${result.catalogue.platforms.length} platforms, ${result.catalogue.servers.length} server lists, ${result.catalogue.wrappers.length} redirect wrappers`,
  );
