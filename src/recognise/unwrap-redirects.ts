/**
 * Removes redirect wrappers (Safe Links, Proofpoint, Google, Facebook, ...) and click trackers
 * that carry their destination (data/click-trackers.json) to find a link's real destination,
 * offline. A click tracker whose destination cannot be read ends the loop and is named.
 * Bounded: at most MAX_UNWRAP_DEPTH layers, and a layer that does not change the URL ends the loop.
 */
import type { CatalogueIndex, CompiledWrapper } from './catalogue-index';
import { normaliseHost } from './host';
import { hostFacts, type HostFacts } from './host-facts';
import { trackedDestination, trackerAt } from './click-trackers';
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
  /** The click tracker the final URL goes through, whose destination cannot be read; else null. */
  tracker: string | null;
}

/** Peels wrappers off `url` while the inner target is itself a parseable URL. */
export function unwrapRedirects(index: CatalogueIndex, url: URL): Unwrapped {
  const unwrappedBy: string[] = [];
  let current = url;
  for (let depth = 0; ; depth++) {
    const host = normaliseHost(current.hostname);
    const facts = hostFacts(index, host);
    const wrapper = depth < MAX_UNWRAP_DEPTH ? facts.wrappers?.find((c) => c.path.test(current.pathname)) : undefined;
    if (wrapper) {
      const inner = innerTarget(wrapper, current);
      const next = inner ? parseUrl(inner) : null;
      if (!next || next.href === current.href) return { url: current, host, facts, unwrappedBy, tracker: null };
      unwrappedBy.push(wrapper.wrapper.id);
      current = next;
      continue;
    }
    const web = current.protocol === 'https:' || current.protocol === 'http:';
    const tracker = web ? trackerAt(index, host, current.pathname) : undefined;
    if (!tracker) return { url: current, host, facts, unwrappedBy, tracker: null };
    const inner = depth < MAX_UNWRAP_DEPTH ? trackedDestination(tracker.tracker, current) : null;
    const next = inner ? parseUrl(inner) : null;
    if (!next || next.href === current.href) return { url: current, host, facts, unwrappedBy, tracker: tracker.tracker.id };
    unwrappedBy.push(tracker.tracker.id);
    current = next;
  }
}
