/** What the catalogue knows about a host, from one walk over the host and its parent domains. */
import { tailHash } from './host-hash';
import { type CatalogueIndex, type CompiledWrapper, type KnownServer } from './catalogue-index';

/** The facts of a host the catalogue knows nothing about (most hosts): compare by identity. */
export const NO_FACTS: HostFacts = Object.freeze({ platformHost: undefined, platformSuffix: undefined, server: undefined, wrappers: undefined });

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
  if (!index.domainTailHashes.has(tailHash(host))) return NO_FACTS;
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
