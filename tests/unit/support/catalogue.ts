/** The real catalogue from disk, validated, plus helpers to build variants of it for tests. */
import { fileURLToPath } from 'node:url';
import { compileIndex, type CatalogueIndex } from '../../../src/recognise/catalogue-index';
import { readCatalogueFiles } from '../../../src/catalogue/read-files';
import { validateCatalogue, type Catalogue, type RawCatalogueFiles } from '../../../src/catalogue/validate';

export const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

export function rawFiles(): RawCatalogueFiles {
  return readCatalogueFiles(DATA_DIR).files;
}

export function loadCatalogue(): Catalogue {
  const result = validateCatalogue(rawFiles());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.catalogue;
}

let index: CatalogueIndex | undefined;
export function realIndex(): CatalogueIndex {
  index ??= compileIndex(loadCatalogue());
  return index;
}

/** A deep copy of the raw files, to mutate in a test. */
export function cloneFiles(): RawCatalogueFiles {
  return structuredClone(rawFiles());
}
