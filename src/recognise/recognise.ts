/**
 * The recogniser: any string → which platform, which kind of link, on which server, imitating
 * what. Pure and total: it never throws, and anything malformed is simply "not recognised".
 */
import type { CatalogueIndex, CompiledShape } from '../catalogue/compile-index';
import type { LinkKind } from '../catalogue/kinds';
import { lookupWithParents, normaliseHost } from './host';
import { findLookalike, userinfoLookalike, type Lookalike } from './lookalike';
import type { Match, RecogniseSettings, ServerInfo } from './types';
import { parseUrl, unwrapRedirects } from './unwrap-redirects';

/** Longer inputs are not links anyone can read; they are not recognised (bounded work). */
export const MAX_URL_LENGTH = 16_384;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function notRecognised(url: string, target = url, host: string | null = null, unwrappedBy: string[] = []): Match {
  return { url, target, unwrappedBy, platform: null, kind: null, host, lookalikeOf: null, lookalike: null, server: null };
}

function shapeKind(shapes: readonly CompiledShape[], host: string, url: URL, hostRestricted: boolean): LinkKind | null {
  for (const s of shapes) {
    if (s.hosts !== null) {
      if (!hostRestricted) continue;
      if (!s.hosts.some((h) => h === host || (h.startsWith('*.') && host.endsWith(h.slice(1))))) continue;
    }
    if (!s.path.test(url.pathname)) continue;
    if (s.hash !== null && !s.hash.test(url.hash)) continue;
    if (!s.query.every(([name, re]) => { const v = url.searchParams.get(name); return v !== null && re.test(v); })) continue;
    return s.kind;
  }
  return null;
}

function recogniseScheme(index: CatalogueIndex, url: string, scheme: string): Match {
  const rest = url.slice(scheme.length + 1);
  for (const s of index.schemes.get(scheme) ?? []) {
    if (s.pattern === null || s.pattern.test(rest)) return { ...notRecognised(url), platform: s.platform, kind: s.kind };
  }
  return notRecognised(url);
}

function serverFor(index: CatalogueIndex, host: string, settings: RecogniseSettings): { platform: string; server: ServerInfo } | null {
  const trusted = settings.trustedServers.find((t) => t.host === host);
  const known = index.servers.get(host);
  if (!trusted && !known) return null;
  return {
    platform: trusted?.platform ?? known!.platform,
    server: {
      host,
      operator: known?.instance.operator ?? null,
      official: known?.instance.official ?? false,
      trusted: trusted !== undefined,
    },
  };
}

function lookalikeMatch(url: string, target: URL, host: string, unwrappedBy: string[], found: Lookalike): Match {
  return { ...notRecognised(url, target.href, host, unwrappedBy), lookalikeOf: found.of, lookalike: found.reason };
}

export function recognise(index: CatalogueIndex, input: unknown, settings: RecogniseSettings): Match {
  if (typeof input !== 'string') return notRecognised('');
  const url = input.trim();
  if (url.length === 0 || url.length > MAX_URL_LENGTH) return notRecognised(url.slice(0, 200));

  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return notRecognised(url);
  if (scheme !== 'http' && scheme !== 'https') return recogniseScheme(index, url, scheme);

  const parsed = parseUrl(url);
  if (!parsed) return notRecognised(url);
  const { url: target, unwrappedBy } = unwrapRedirects(index, parsed);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    const inner = recogniseScheme(index, target.href, target.protocol.slice(0, -1));
    return { ...inner, url, target: target.href, unwrappedBy };
  }
  const host = normaliseHost(target.hostname);

  const userinfo = userinfoLookalike(index, target);
  if (userinfo) return lookalikeMatch(url, target, host, unwrappedBy, userinfo);

  const exact = index.hosts.get(host);
  const server = exact ? null : serverFor(index, host, settings);
  const platform = exact ?? server?.platform ?? lookupWithParents(index.hostSuffixes, host);
  if (platform) {
    const kind = shapeKind(index.shapesByPlatform.get(platform) ?? [], host, target, server === null);
    if (!kind) return notRecognised(url, target.href, host, unwrappedBy);
    const officialServer = exact ? index.servers.get(host) : undefined;
    const serverInfo: ServerInfo | null =
      server?.server ??
      (officialServer
        ? { host, operator: officialServer.instance.operator, official: officialServer.instance.official, trusted: settings.trustedServers.some((t) => t.host === host) }
        : null);
    return { url, target: target.href, unwrappedBy, platform, kind, host, lookalikeOf: null, lookalike: null, server: serverInfo };
  }

  const lookalike = findLookalike(index, host, target);
  if (lookalike) return lookalikeMatch(url, target, host, unwrappedBy, lookalike);
  return notRecognised(url, target.href, host, unwrappedBy);
}
