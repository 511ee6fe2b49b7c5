/**
 * Decides whether a host that belongs to no platform imitates one. Uses the registrable domain
 * (public suffix list, via tldts), never substrings of the whole host:
 *  - an official host used as a prefix: meet.google.com-join.us, zoom.us.evil.example
 *  - a homograph: xn--zm-fmca.us (zооm.us with Cyrillic о)
 *  - a look-alike spelling of a brand's domain: zo0m.us, whatsap.com (one edit, meeting path)
 *  - a brand token inside a foreign registrable domain, on a meeting-shaped path: zoom-us.example/j/1
 */
import punycode from 'punycode/punycode.es6.js';
import { getDomain, getPublicSuffix } from 'tldts';
import type { CatalogueIndex, CompiledShape } from '../catalogue/compile-index';
import { MAY_BE_CONFUSABLE, skeleton } from './confusables';
import type { LookalikeReason } from './types';

export interface Lookalike {
  of: string;
  reason: LookalikeReason;
}

/** The label just left of the public suffix, cheaply: good enough to pre-filter candidates. */
function roughRegistrableLabel(host: string): string {
  const labels = host.split('.');
  const n = labels.length;
  if (n < 2) return host;
  // "example.co.uk": a two-letter country code after a short label means a second-level suffix.
  if (n >= 3 && labels[n - 1]!.length === 2 && labels[n - 2]!.length <= 3) return labels[n - 3]!;
  return labels[n - 2]!;
}

function toUnicode(host: string): string {
  try {
    return punycode.toUnicode(host);
  } catch {
    return host;
  }
}

/** Path, query and hash have the shape of one of the platform's invite links (on any host). */
export function hasInviteShape(index: CatalogueIndex, platform: string, url: URL): boolean {
  const shapes: readonly CompiledShape[] = index.shapesByPlatform.get(platform) ?? [];
  return shapes.some(
    (s) =>
      s.path.test(url.pathname) &&
      (s.hash === null || s.hash.test(url.hash)) &&
      s.query.every(([name, value]) => {
        const v = url.searchParams.get(name);
        return v !== null && value.test(v);
      }),
  );
}

/** True when the registrable domain of `host` belongs to the owner of some platform. */
function isOwnedDomain(index: CatalogueIndex, host: string): boolean {
  const domain = getDomain(host, { allowPrivateDomains: true });
  return domain !== null && (index.ownDomains.has(domain) || index.hostSuffixes.has(domain) || index.hosts.has(domain));
}

function skeletonMatch(index: CatalogueIndex, unicodeHost: string): string | null {
  const skeletonHost = unicodeHost.split('.').map(skeleton).join('.');
  const direct = index.officialPrefixOwner.get(skeletonHost) ?? index.hosts.get(skeletonHost);
  if (direct) return direct;
  const domain = getDomain(skeletonHost);
  if (domain) {
    const owner = index.officialPrefixOwner.get(domain);
    if (owner) return owner;
    const label = domain.slice(0, domain.length - (getPublicSuffix(skeletonHost)?.length ?? 0) - 1);
    const brand = index.brandLabels.get(label);
    if (brand) return brand;
  }
  return null;
}

/**
 * `host` is normalised and belongs to no platform, wrapper or known server.
 * Returns null for the vast majority of hosts after a few cheap checks.
 */
export function findLookalike(index: CatalogueIndex, host: string, url: URL): Lookalike | null {
  const prefix = index.officialPrefix.exec(host);
  if (prefix && !isOwnedDomain(index, host)) {
    return { of: index.officialPrefixOwner.get(prefix[1]!)!, reason: 'host-prefix' };
  }

  if (host.includes('xn--')) {
    const unicodeHost = toUnicode(host);
    if (unicodeHost !== host) {
      const owner = skeletonMatch(index, unicodeHost);
      if (owner) return { of: owner, reason: 'homograph' };
    }
  }

  const label = roughRegistrableLabel(host);
  if (!index.brandLabels.has(label)) {
    if (MAY_BE_CONFUSABLE.test(label)) {
      const brand = index.brandLabels.get(skeleton(label));
      if (brand && !isOwnedDomain(index, host)) return { of: brand, reason: 'look-alike-spelling' };
    }
    const near = index.nearBrandLabels.get(label);
    if (near) {
      const owner = index.brandLabels.get(near)!;
      if (hasInviteShape(index, owner, url) && !isOwnedDomain(index, host))
        return { of: owner, reason: 'look-alike-spelling' };
    }
  }

  const token = index.brandTokens.exec(host);
  if (token) {
    const owner = index.brandOwner.get(token[0])!;
    if (hasInviteShape(index, owner, url) && !isOwnedDomain(index, host))
      return { of: owner, reason: 'brand-in-foreign-domain' };
  }
  return null;
}

/** `https://zoom.us@evil.example/j/1`: the part before "@" names a platform to fool the reader. */
export function userinfoLookalike(index: CatalogueIndex, url: URL): Lookalike | null {
  if (!url.username && !url.password) return null;
  let userinfo = `${url.username}:${url.password}`.toLowerCase();
  try {
    userinfo = decodeURIComponent(userinfo);
  } catch {
    // keep the raw text
  }
  const prefix = /^[a-z0-9.-]+/.exec(userinfo)?.[0] ?? '';
  for (const candidate of [prefix, prefix.replace(/\.+$/, '')]) {
    const owner = index.officialPrefixOwner.get(candidate) ?? index.hosts.get(candidate);
    if (owner) return { of: owner, reason: 'userinfo' };
  }
  const token = index.brandTokens.exec(userinfo);
  if (token) return { of: index.brandOwner.get(token[0])!, reason: 'userinfo' };
  return null;
}
