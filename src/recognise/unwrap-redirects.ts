/**
 * Removes redirect wrappers (Safe Links, Proofpoint, Google, Facebook, ...) to find a link's real
 * destination, offline. Bounded: at most MAX_UNWRAP_DEPTH layers, and a layer that does not
 * change the URL ends the loop.
 */
import type { CatalogueIndex, CompiledWrapper } from '../catalogue/compile-index';
import { normaliseHost } from './host';
import { hostFacts, type HostFacts } from './host-facts';
import { decodeProofpointV2, decodeProofpointV3 } from './proofpoint';

export const MAX_UNWRAP_DEPTH = 12;

export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}


function innerTarget(wrapper: CompiledWrapper, url: URL): string | null {
  const carrier = wrapper.wrapper.carrier;
  switch (carrier.type) {
    case 'query': {
      for (const name of carrier.params) {
        const value = url.searchParams.get(name);
        if (value) return value.trim();
      }
      return null;
    }
    case 'proofpoint-v2': {
      const u = url.searchParams.get('u');
      return u ? decodeProofpointV2(u) : null;
    }
    case 'proofpoint-v3':
      return decodeProofpointV3(url.href);
  }
}

export interface Unwrapped {
  url: URL;
  /** The final URL's normalised host and what the catalogue knows of it. */
  host: string;
  facts: HostFacts;
  unwrappedBy: string[];
}

/** Peels wrappers off `url` while the inner target is itself a parseable URL. */
export function unwrapRedirects(index: CatalogueIndex, url: URL): Unwrapped {
  const unwrappedBy: string[] = [];
  let current = url;
  for (let depth = 0; ; depth++) {
    const host = normaliseHost(current.hostname);
    const facts = hostFacts(index, host);
    const wrapper = depth < MAX_UNWRAP_DEPTH ? facts.wrappers?.find((c) => c.path.test(current.pathname)) : undefined;
    const inner = wrapper ? innerTarget(wrapper, current) : null;
    const next = inner ? parseUrl(inner) : null;
    if (!wrapper || !next || next.href === current.href) return { url: current, host, facts, unwrappedBy };
    unwrappedBy.push(wrapper.wrapper.id);
    current = next;
  }
}
