/**
 * The compiled index of the catalogue that ships inside the extension, built once on first use:
 * what the recogniser reads (the catalogue itself knows nothing of the index).
 */
import { bundledCatalogue } from '../catalogue/bundled';
import { compileIndex, type CatalogueIndex } from './catalogue-index';

let compiled: CatalogueIndex | undefined;

export function bundledIndex(): CatalogueIndex {
  compiled ??= compileIndex(bundledCatalogue());
  return compiled;
}
