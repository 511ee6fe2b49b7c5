/**
 * Removes redirect wrappers (Safe Links, Proofpoint, Google, Facebook, ...) to find a link's real
 * destination, offline. Bounded: at most MAX_UNWRAP_DEPTH layers, and a layer that does not
 * change the URL ends the loop.
 */
import type { CatalogueIndex, CompiledWrapper } from '../catalogue/compile-index';
import { lookupWithParents, normaliseHost } from './host';
import { decodeProofpointV2, decodeProofpointV3 } from './proofpoint';

export const MAX_UNWRAP_DEPTH = 12;

export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function wrapperFor(index: CatalogueIndex, url: URL): CompiledWrapper | undefined {
  const host = normaliseHost(url.hostname);
  const candidates = index.wrappersByHost.get(host) ?? lookupWithParents(index.wrapperSuffixes, host);
  return candidates?.find((c) => c.path.test(url.pathname));
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
  unwrappedBy: string[];
}

/** Peels wrappers off `url` while the inner target is itself a parseable URL. */
export function unwrapRedirects(index: CatalogueIndex, url: URL): Unwrapped {
  const unwrappedBy: string[] = [];
  let current = url;
  for (let depth = 0; depth < MAX_UNWRAP_DEPTH; depth++) {
    const wrapper = wrapperFor(index, current);
    if (!wrapper) break;
    const inner = innerTarget(wrapper, current);
    const next = inner ? parseUrl(inner) : null;
    if (!next || next.href === current.href) break;
    unwrappedBy.push(wrapper.wrapper.id);
    current = next;
  }
  return { url: current, unwrappedBy };
}
