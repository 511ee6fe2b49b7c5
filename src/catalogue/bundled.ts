/**
 * The catalogue that ships inside the extension, compiled once. It was validated with zod at
 * build time and in tests, so here it is only cast: no zod in the runtime bundles.
 */
import { catalogueFiles } from '../../data/index';
import type { ClickTracker, Platform, RedirectWrapper, ServerList } from './schema';
import type { Catalogue } from './validate';

export function bundledCatalogue(): Catalogue {
  return {
    platforms: (Object.values(catalogueFiles.platforms) as unknown as Platform[]).slice().sort((a, b) => a.id.localeCompare(b.id)),
    servers: Object.values(catalogueFiles.servers) as unknown as ServerList[],
    wrappers: Object.values(catalogueFiles.wrappers).flatMap((w) => (w as unknown as { wrappers: RedirectWrapper[] }).wrappers),
    trackers: Object.values(catalogueFiles.trackers).flatMap((f) => (f as unknown as { trackers: ClickTracker[] }).trackers),
  };
}
