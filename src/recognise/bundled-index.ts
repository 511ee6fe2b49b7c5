/**
 * The compiled index of the catalogue that ships inside the extension, built once on first use:
 * what the recogniser reads (the catalogue itself knows nothing of the index).
 */
import { bundledCatalogue } from '../catalogue/bundled';
import { compileIndex, type CatalogueIndex } from './catalogue-index';

let compiled: CatalogueIndex | undefined;

/**
 * `lookalikeTables`: see compileIndex (the background leaves them until a link needs them). The
 * first call decides for the whole context.
 */
export function bundledIndex(lookalikeTables: 'now' | 'on-first-use' = 'now'): CatalogueIndex {
  compiled ??= compileIndex(bundledCatalogue(), { lookalikeTables });
  return compiled;
}
