/**
 * Decides whether a host that belongs to no platform imitates one. Judged on the registrable
 * domain (public suffix list, via tldts) and on skeletons (confusables folded), never on plain
 * substrings of the whole host:
 *  - an official host used as a prefix: meet.google.com-join.us, zoom.us.evil.example
 *  - a homograph: xn--zm-fmca.us (zооm.us with Cyrillic о)
 *  - a look-alike spelling: zo0m.us (any path); whatsap.com one edit away (on an invite path)
 *  - a brand token inside a foreign registrable domain, on an invite path: zoom-us.example/j/1
 */
import punycode from 'punycode/punycode.es6.js';
import { getDomain, getPublicSuffix } from 'tldts';
import type { CatalogueIndex, CompiledShape } from '../catalogue/compile-index';
import { skeleton } from './confusables';
import { lookupWithParents } from './host';
import { firstMatchingShape } from './link-shapes';
import type { LookalikeReason } from './types';

export interface Lookalike {
  of: string;
  reason: LookalikeReason;
}

/** The label just left of the public suffix, cheaply: good enough to pre-filter candidates. */
function roughRegistrableLabel(host: string): string {
  const last = host.lastIndexOf('.');
  if (last < 0) return host;
  let end = last;
  let start = host.lastIndexOf('.', end - 1) + 1;
  // "example.co.uk": a two-letter country code after a short label means a second-level suffix.
  if (start > 0 && host.length - last - 1 === 2 && end - start <= 3) {
    end = start - 1;
    start = host.lastIndexOf('.', end - 1) + 1;
  }
  return host.slice(start, end);
}

function toUnicode(host: string): string {
  try {
    return punycode.toUnicode(host);
  } catch {
    return host;
  }
}

/** A shape that begins with a literal path segment (/j/, /invite/) names its platform by itself. */
function isSpecific(shape: CompiledShape): boolean {
  return /^\^\/[a-z0-9_%-]/i.test(shape.path.source) || shape.hash !== null || shape.query.length > 0;
}

/** The platform's invite shape that this URL's path, query and hash have (on any host), if any. */
function inviteShape(index: CatalogueIndex, platform: string, url: URL): CompiledShape | undefined {
  return firstMatchingShape(index.shapesByPlatform.get(platform) ?? [], url, 'ignore-hosts');
}

/** True when the registrable domain of `host` belongs to the owner of some platform. */
function isOwnedDomain(index: CatalogueIndex, host: string): boolean {
  const domain = getDomain(host, { allowPrivateDomains: true });
  return domain !== null && (index.ownDomains.has(domain) || index.hostSuffixes.has(domain) || index.hosts.has(domain));
}

/** "login.zoom.co.uk" → "zoom": the label left of the public suffix. */
function registrableLabel(host: string): string | null {
  const domain = getDomain(host);
  return domain ? domain.slice(0, domain.length - (getPublicSuffix(host)?.length ?? 0) - 1) : null;
}

/** The brand whose skeleton the registrable label of `host` (a skeleton or Unicode host) has. */
function registrableSkeletonOwner(index: CatalogueIndex, host: string): string | null {
  const label = registrableLabel(host);
  return label === null ? null : (index.lookalike.brandSkeletons.get(skeleton(label)) ?? null);
}

const BOUNDARY = /[.\-0-9]/;
const bounded = (host: string, at: number, length: number) =>
  (at === 0 || BOUNDARY.test(host[at - 1]!)) && (at + length === host.length || BOUNDARY.test(host[at + length]!));

function closerLook(index: CatalogueIndex, host: string, url: URL): Lookalike | null {
  const tables = index.lookalike;
  const shape = skeleton(host);

  const prefix = tables.prefix.exec(shape);
  if (prefix && !isOwnedDomain(index, host)) return { of: tables.prefixOwner.get(prefix[1]!)!, reason: 'host-prefix' };

  if (host.includes('xn--')) {
    const unicodeHost = toUnicode(host);
    const owner = unicodeHost !== host ? registrableSkeletonOwner(index, skeleton(unicodeHost)) : null;
    if (owner && !isOwnedDomain(index, host)) return { of: owner, reason: 'homograph' };
  }

  // Digits or letter pairs standing in for letters (zo0m.us): only the skeleton is the brand's.
  const spelled = registrableSkeletonOwner(index, shape);
  if (spelled && !index.lookalike.brandLabels.has(registrableLabel(host) ?? '') && !isOwnedDomain(index, host))
    return { of: spelled, reason: 'look-alike-spelling' };

  const token = tables.tokens.exec(shape);
  if (token) {
    const owner = tables.tokenOwner.get(token[0])!;
    const invite = inviteShape(index, owner, url);
    if (invite && (isSpecific(invite) || bounded(shape, token.index, token[0].length)) && !isOwnedDomain(index, host))
      return { of: owner, reason: 'brand-in-foreign-domain' };
  }
  return null;
}

/** `host` is normalised and belongs to no platform, wrapper or known server. */
export function findLookalike(index: CatalogueIndex, host: string, url: URL): Lookalike | null {
  const tables = index.lookalike;
  const near = tables.nearLabels.get(roughRegistrableLabel(host));
  if (near) {
    const owner = tables.brandLabels.get(near)!;
    if (inviteShape(index, owner, url) && !isOwnedDomain(index, host)) return { of: owner, reason: 'look-alike-spelling' };
  }
  return tables.suspicious.test(host) ? closerLook(index, host, url) : null;
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
    const owner = index.hosts.get(candidate) ?? index.servers.get(candidate)?.platform ?? lookupWithParents(index.hostSuffixes, candidate);
    if (owner) return { of: owner, reason: 'userinfo' };
  }
  const token = index.lookalike.tokens.exec(skeleton(userinfo));
  if (token) return { of: index.lookalike.tokenOwner.get(token[0])!, reason: 'userinfo' };
  return null;
}
