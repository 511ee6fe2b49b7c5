/** What the catalogue knows about a host, from one walk over the host and its parent domains. */
import { lastTwoLabels, type CatalogueIndex, type CompiledWrapper, type KnownServer } from '../catalogue/compile-index';

const NOTHING: HostFacts = Object.freeze({ platformHost: undefined, platformSuffix: undefined, server: undefined, wrappers: undefined });

export interface HostFacts {
  /** Platform owning exactly this host. */
  platformHost: string | undefined;
  /** Platform owning this host as a subdomain (vanity and regional hosts). */
  platformSuffix: string | undefined;
  server: KnownServer | undefined;
  wrappers: CompiledWrapper[] | undefined;
}

export function hostFacts(index: CatalogueIndex, host: string): HostFacts {
  // Most hosts share no last two labels with any catalogue domain: one set look-up settles them.
  if (!index.domainTails.has(lastTwoLabels(host))) return NOTHING;
  const exact = index.domains.get(host);
  const facts: HostFacts = {
    platformHost: exact?.host,
    platformSuffix: exact?.suffix,
    server: exact?.server,
    wrappers: exact?.wrappers ?? exact?.wrapperSuffix,
  };
  let dot = host.indexOf('.');
  while (dot >= 0 && (facts.platformSuffix === undefined || facts.wrappers === undefined)) {
    const parent = index.domains.get(host.slice(dot + 1));
    if (parent) {
      facts.platformSuffix ??= parent.suffix;
      facts.wrappers ??= parent.wrapperSuffix;
    }
    dot = host.indexOf('.', dot + 1);
  }
  return facts;
}
