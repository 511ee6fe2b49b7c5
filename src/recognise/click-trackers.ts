/**
 * Newsletter and marketing click trackers (data/click-trackers.json): which one a URL goes
 * through, and its destination where the URL carries one. Pure and total: a destination that
 * cannot be read is null, never an exception.
 */
import type { CatalogueIndex, CompiledTracker } from './catalogue-index';
import type { ClickTracker } from '../catalogue/schema';
import { tailHash } from './host-hash';

function onPath(list: readonly CompiledTracker[] | undefined, pathname: string): CompiledTracker | undefined {
  return list?.find((c) => c.path.test(pathname));
}

/** The click tracker serving `pathname` on `host` (normalised), walking the host's parent domains once. */
export function trackerAt(index: CatalogueIndex, host: string, pathname: string): CompiledTracker | undefined {
  // Most hosts share no last two labels with any catalogue domain: one set look-up settles them.
  if (!index.domainTailHashes.has(tailHash(host))) return undefined;
  const exact = index.domains.get(host);
  let found = onPath(exact?.tracker, pathname) ?? onPath(exact?.trackerSuffix, pathname);
  for (let dot = host.indexOf('.'); found === undefined && dot >= 0; dot = host.indexOf('.', dot + 1)) {
    found = onPath(index.domains.get(host.slice(dot + 1))?.trackerSuffix, pathname);
  }
  return found;
}

function base64Text(encoded: string): string | null {
  try {
    const b64 = encoded.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** Follows `keys` into JSON; a string met on the way (not at the end) is itself JSON. */
function jsonPath(text: string, keys: readonly string[]): string | null {
  try {
    let value: unknown = JSON.parse(text);
    for (const key of keys) {
      if (typeof value === 'string') value = JSON.parse(value);
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return null;
      value = (value as Record<string, unknown>)[key];
    }
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** The destination the tracker's URL carries, as text, or null when it carries none that can be read. */
export function trackedDestination(tracker: ClickTracker, url: URL): string | null {
  const carrier = tracker.carrier;
  if (!carrier) return null;
  switch (carrier.type) {
    case 'query': {
      for (const name of carrier.params) {
        const value = url.searchParams.get(name)?.trim();
        if (value) return value;
      }
      return null;
    }
    case 'base64-json': {
      const encoded = url.searchParams.get(carrier.param);
      const text = encoded ? base64Text(encoded) : null;
      return text === null ? null : jsonPath(text, carrier.keys)?.trim() || null;
    }
  }
}
