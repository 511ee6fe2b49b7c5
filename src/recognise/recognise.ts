/**
 * The recogniser: any string → which platform, which kind of link, on which server, imitating
 * what. Pure and total: it never throws, and anything malformed is simply "not recognised".
 */
import { isOpenToAnyone } from './open-server';
import type { CatalogueIndex, KnownServer } from './catalogue-index';
import { firstMatchingShape } from './link-shapes';
import { normaliseHost } from './host';
import { hostFacts, NO_FACTS } from './host-facts';
import { endHashesIn, endHashesOf } from './host-hash';
import { findLookalike, userinfoLookalike, type Lookalike } from './lookalike';
import type { Match, RecogniseSettings, ServerInfo, TrustedServer } from './types';
import { plainHostScan, scanPlainHost, startsWithOneOf } from './plain-web-host';
import { parseUrl, unwrapRedirects } from './unwrap-redirects';

/** Longer inputs are not links anyone can read; they are not recognised (bounded work). */
export const MAX_URL_LENGTH = 16_384;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** "http:" or "https:" at the start, any case, without a regular expression (the common case). */
function isWebUrl(url: string): boolean {
  // "http" in any case (| 0x20 lowercases ASCII letters), then ":" or "s:".
  if ((url.charCodeAt(0) | 0x20) !== 0x68 || (url.charCodeAt(1) | 0x20) !== 0x74) return false;
  if ((url.charCodeAt(2) | 0x20) !== 0x74 || (url.charCodeAt(3) | 0x20) !== 0x70) return false;
  return url.charCodeAt(4) === 0x3a || ((url.charCodeAt(4) | 0x20) === 0x73 && url.charCodeAt(5) === 0x3a);
}

/** 8 for a URL that starts "https://", 7 for "http://" (lowercase, as URLs on pages are), otherwise 0. */
function plainSchemeLength(url: string): number {
  if (url.charCodeAt(0) !== 0x68 || url.charCodeAt(1) !== 0x74 || url.charCodeAt(2) !== 0x74 || url.charCodeAt(3) !== 0x70) return 0;
  const at = url.charCodeAt(4) === 0x73 ? 5 : 4;
  return url.charCodeAt(at) === 0x3a && url.charCodeAt(at + 1) === 0x2f && url.charCodeAt(at + 2) === 0x2f ? at + 3 : 0;
}

const isPrintableAscii = (c: number) => c > 0x20 && c < 0x7f;

/** The answer for most links shares one empty list (frozen: nobody adds to it). */
const NO_WRAPPERS: string[] = Object.freeze([]) as unknown as string[];

function notRecognised(url: string, target = url, host: string | null = null, unwrappedBy: string[] = NO_WRAPPERS): Match {
  return { url, target, unwrappedBy, platform: null, kind: null, host, lookalikeOf: null, lookalike: null, server: null, tracker: null };
}

/** The host an app link names ("zoommtg://zoom.us/join?..." → "zoom.us"), or null. */
const APP_LINK_HOST = /^\/\/([^/?#@:]+)/;

function recogniseScheme(index: CatalogueIndex, url: string, scheme: string): Match {
  const rest = url.slice(scheme.length + 1);
  for (const s of index.schemes.get(scheme) ?? []) {
    if (s.pattern !== null && !s.pattern.test(rest)) continue;
    // An app link that sends the app to a lookalike host (zoommtg://zoom.us.evil.example/join?...).
    const appHost = APP_LINK_HOST.exec(rest)?.[1]?.toLowerCase();
    const target = appHost?.includes('.') ? parseUrl(`https://${appHost}/`) : null;
    if (target) {
      const host = normaliseHost(target.hostname);
      const owned = hostFacts(index, host) !== NO_FACTS;
      const found = owned ? null : findLookalike(index, host, target, s.platform);
      if (found) return { ...notRecognised(url, url, host), lookalikeOf: found.of, lookalike: found.reason };
    }
    return { ...notRecognised(url), platform: s.platform, kind: s.kind };
  }
  return notRecognised(url);
}

/**
 * The same answer as "no host facts, not trusted, not a possible lookalike" for the plain host at
 * url[from, to): the loops read the URL in place. `maybeSuspicious` is the first look at the host
 * (suspicious-prefilter.ts), taken while scanning it.
 */
function isOrdinaryHost(index: CatalogueIndex, url: string, from: number, to: number, maybeSuspicious: boolean, settings: RecogniseSettings): boolean {
  const tables = index.lookalike;
  if (index.domainTailHashes.has(endHashesIn(url, from, to, tables.splitEnds))) return false;
  const { label, shortLabel, tld, joined } = endHashesOf;
  if (tables.nearLabelHashes.has(label) || (shortLabel !== label && tables.nearLabelHashes.has(shortLabel))) return false;
  if (tables.splitNameHashes.has(joined)) return false;
  const ownSuffix = tables.ownSuffixForms.get(tld);
  if (!maybeSuspicious && ownSuffix === undefined && settings.trustedServers.length === 0) return true;
  const host = url.slice(from, to);
  // The lookalike pre-filter (tables.suspicious) in two pieces: names under their own country suffix cost a hash look-up for most hosts.
  if (ownSuffix?.test(host)) return false;
  return !(maybeSuspicious && tables.fastSuspicious.test(host)) && !isTrusted(settings, host);
}

function isTrusted(settings: RecogniseSettings, host: string): boolean {
  for (const t of settings.trustedServers) if (t.host === host) return true;
  return false;
}

/** A server's trust as ServerInfo says it, from its entry among the trusted servers (if any). */
const trustFields = (entry: TrustedServer | undefined): Pick<ServerInfo, 'trusted' | 'trustedByOrganisation'> => ({
  trusted: entry !== undefined,
  ...(entry?.managed && { trustedByOrganisation: true as const }),
});

/** Whether the person (or the organisation's policy) trusts `host`. */
export const trustOf = (settings: RecogniseSettings, host: string) => trustFields(settings.trustedServers.find((t) => t.host === host));

function serverFor(known: KnownServer | undefined, host: string, settings: RecogniseSettings): { platform: string; server: ServerInfo } | null {
  const trusted = settings.trustedServers.length ? settings.trustedServers.find((t) => t.host === host) : undefined;
  if (!trusted && !known) return null;
  return {
    platform: trusted?.platform ?? known!.platform,
    server: {
      host,
      operator: known?.instance.operator ?? null,
      official: known?.instance.official ?? false,
      openToAnyone: known ? isOpenToAnyone(known) : false,
      ...trustFields(trusted),
    },
  };
}

function lookalikeMatch(url: string, target: URL, host: string, unwrappedBy: string[], found: Lookalike): Match {
  return { ...notRecognised(url, target.href, host, unwrappedBy), lookalikeOf: found.of, lookalike: found.reason };
}

export function recognise(index: CatalogueIndex, input: unknown, settings: RecogniseSettings): Match {
  // The common case, decided before the full parse: a plain URL whose host the catalogue does
  // not know, nobody trusts, and that imitates nothing. (Links from pages have nothing to trim:
  // "http" starts it and a printable ASCII character ends it.) Until some link needed the
  // lookalike tables, the full look decides alone: it compiles them only for a host that is no
  // platform's, so a fresh background judges a page's Zoom link without waiting for them.
  if (typeof input === 'string' && input.length <= MAX_URL_LENGTH && isPrintableAscii(input.charCodeAt(input.length - 1)) && index.lookalikeCompiled()) {
    const from = plainSchemeLength(input);
    const to = from > 0 ? scanPlainHost(input, from, index.lookalike.prefilter, index.anyHostStarts) : -1;
    if (to > 0 && isOrdinaryHost(index, input, from, to, plainHostScan.maybeSuspicious, settings)) return notRecognised(input, input, input.slice(from, to));
  }
  return recogniseFully(index, input, settings);
}

/** The recogniser without the shortcut for ordinary URLs: tests prove the shortcut changes no answer. */
export function recogniseFully(index: CatalogueIndex, input: unknown, settings: RecogniseSettings): Match {
  if (typeof input !== 'string') return notRecognised('');
  // Links from pages have nothing to trim: look at the two ends (printable ASCII is never white
  // space) before asking trim() for a copy.
  const url = isPrintableAscii(input.charCodeAt(0)) && isPrintableAscii(input.charCodeAt(input.length - 1)) ? input : input.trim();
  if (url.length === 0 || url.length > MAX_URL_LENGTH) return notRecognised(url.slice(0, 200));

  if (!isWebUrl(url)) {
    const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
    return scheme ? recogniseScheme(index, url, scheme) : notRecognised(url);
  }

  const parsed = parseUrl(url);
  if (!parsed) return notRecognised(url);

  const { url: target, host, facts, unwrappedBy, tracker } = unwrapRedirects(index, parsed);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    const inner = recogniseScheme(index, target.href, target.protocol.slice(0, -1));
    return { ...inner, url, target: target.href, unwrappedBy };
  }

  // Userinfo ("https://zoom.us@evil.example/") needs an "@" somewhere: skip the getters otherwise.
  const userinfo = url.includes('@') || url.includes('%40') ? userinfoLookalike(index, target) : null;
  if (userinfo) return lookalikeMatch(url, target, host, unwrappedBy, userinfo);
  // A click tracker whose destination cannot be read: not an imitation, but no invite either.
  if (tracker) return { ...notRecognised(url, target.href, host, unwrappedBy), tracker };

  const exact = facts.platformHost;
  const server = exact ? null : serverFor(facts.server, host, settings);
  const platform = exact ?? server?.platform ?? facts.platformSuffix;
  if (platform) {
    const kind = firstMatchingShape(index.shapesByPlatform.get(platform) ?? [], target, server === null ? host : null)?.kind;
    if (!kind) return notRecognised(url, target.href, host, unwrappedBy);
    const officialServer = exact ? facts.server : undefined;
    const serverInfo: ServerInfo | null =
      server?.server ??
      (officialServer
        ? {
            host,
            operator: officialServer.instance.operator,
            official: officialServer.instance.official,
            openToAnyone: isOpenToAnyone(officialServer),
            ...trustOf(settings, host),
          }
        : null);
    return { url, target: target.href, unwrappedBy, platform, kind, host, lookalikeOf: null, lookalike: null, server: serverInfo, tracker: null };
  }

  const lookalike = findLookalike(index, host, target);
  if (lookalike) return lookalikeMatch(url, target, host, unwrappedBy, lookalike);
  // A self-hosted platform's own path on a server nobody has vouched for (/bigbluebutton/api/join).
  const selfHosted = startsWithOneOf(index.anyHostStarts, target.href, target.origin.length)
    ? firstMatchingShape(index.anyHostShapes, target, 'ignore-hosts')
    : undefined;
  if (selfHosted)
    return {
      url,
      target: target.href,
      unwrappedBy,
      platform: selfHosted.platform,
      kind: selfHosted.kind,
      host,
      lookalikeOf: null,
      lookalike: null,
      server: { host, operator: null, official: false, openToAnyone: false, trusted: false },
      tracker: null,
    };
  return notRecognised(url, target.href, host, unwrappedBy);
}
