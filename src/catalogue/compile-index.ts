/**
 * Compiles the validated catalogue once into the lookup structures the recogniser reads on every
 * link: hash maps by host, pre-built regular expressions, and the lookalike tables.
 */
import type { LinkKind } from './kinds';
import type { Catalogue } from './validate';
import type { Platform, RedirectWrapper, ServerInstance } from './schema';

export interface CompiledShape {
  platform: string;
  hosts: readonly string[] | null;
  path: RegExp;
  query: readonly [string, RegExp][];
  hash: RegExp | null;
  kind: LinkKind;
}

export interface CompiledScheme {
  platform: string;
  pattern: RegExp | null;
  kind: LinkKind;
}

export interface CompiledWrapper {
  wrapper: RedirectWrapper;
  path: RegExp;
}

export interface KnownServer {
  platform: string;
  instance: ServerInstance;
}

export interface CatalogueIndex {
  platforms: ReadonlyMap<string, Platform>;
  /** exact host → platform id */
  hosts: ReadonlyMap<string, string>;
  /** registrable domain → platform id, for every subdomain */
  hostSuffixes: ReadonlyMap<string, string>;
  servers: ReadonlyMap<string, KnownServer>;
  shapesByPlatform: ReadonlyMap<string, readonly CompiledShape[]>;
  schemes: ReadonlyMap<string, readonly CompiledScheme[]>;
  wrappersByHost: ReadonlyMap<string, readonly CompiledWrapper[]>;
  wrapperSuffixes: ReadonlyMap<string, readonly CompiledWrapper[]>;
  /** registrable domain → platform ids owning it (never lookalikes) */
  ownDomains: ReadonlyMap<string, readonly string[]>;
  /** Matches a host that begins with an official host followed by "." or "-". */
  officialPrefix: RegExp;
  officialPrefixOwner: ReadonlyMap<string, string>;
  /** Matches any brand token; brandOwner maps the token to its platform. */
  brandTokens: RegExp;
  brandOwner: ReadonlyMap<string, string>;
  /** Second-level labels of official domains ("zoom", "whereby") → platform. */
  brandLabels: ReadonlyMap<string, string>;
  /** Every string one edit away from a brand label of five or more letters → that label. */
  nearBrandLabels: ReadonlyMap<string, string>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-';

/** The label left of the public suffix, for the simple suffixes official domains use. */
export function secondLevelLabel(domain: string): string {
  const labels = domain.split('.');
  return labels.length >= 2 ? labels[labels.length - 2]! : domain;
}

/** All strings at Damerau-Levenshtein distance exactly one from `word` (ASCII host letters). */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    for (const c of ALPHABET) out.add(word.slice(0, i) + c + word.slice(i));
    if (i < word.length) {
      out.add(word.slice(0, i) + word.slice(i + 1));
      for (const c of ALPHABET) if (c !== word[i]) out.add(word.slice(0, i) + c + word.slice(i + 1));
      if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  }
  out.delete(word);
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compileIndex(catalogue: Catalogue): CatalogueIndex {
  const platforms = new Map(catalogue.platforms.map((p) => [p.id, p]));
  const hosts = new Map<string, string>();
  const hostSuffixes = new Map<string, string>();
  const shapesByPlatform = new Map<string, CompiledShape[]>();
  const schemes = new Map<string, CompiledScheme[]>();
  const ownDomains = new Map<string, string[]>();
  const prefixOwner = new Map<string, string>();
  const brandOwner = new Map<string, string>();
  const brandLabels = new Map<string, string>();

  for (const p of catalogue.platforms) {
    const r = p.recognise;
    for (const h of r.hosts) hosts.set(h, p.id);
    for (const h of r.hostSuffixes) hostSuffixes.set(h, p.id);
    for (const d of r.ownDomains) push(ownDomains, d, p.id);
    // Only hosts that serve invites: ownDomains such as google.com also prefix google.com.au.
    for (const h of [...r.hosts, ...r.hostSuffixes]) if (!prefixOwner.has(h)) prefixOwner.set(h, p.id);
    for (const t of r.brandTokens) if (!brandOwner.has(t)) brandOwner.set(t, p.id);
    for (const d of [...r.hostSuffixes, ...r.ownDomains, ...r.hosts]) {
      const label = secondLevelLabel(d);
      if (label.length >= 4 && !brandLabels.has(label)) brandLabels.set(label, p.id);
    }
    shapesByPlatform.set(
      p.id,
      r.links.map((l) => ({
        platform: p.id,
        hosts: l.hosts ?? null,
        path: new RegExp(l.path, 'i'),
        query: Object.entries(l.query ?? {}).map(([k, v]) => [k, new RegExp(v, 'i')] as [string, RegExp]),
        hash: l.hash ? new RegExp(l.hash, 'i') : null,
        kind: l.kind,
      })),
    );
    for (const s of r.schemes)
      push(schemes, s.scheme, { platform: p.id, pattern: s.pattern ? new RegExp(s.pattern, 'i') : null, kind: s.kind });
  }

  const servers = new Map<string, KnownServer>();
  for (const list of catalogue.servers)
    for (const instance of list.instances) servers.set(instance.host, { platform: list.platform, instance });

  const wrappersByHost = new Map<string, CompiledWrapper[]>();
  const wrapperSuffixes = new Map<string, CompiledWrapper[]>();
  for (const wrapper of catalogue.wrappers) {
    const compiled = { wrapper, path: new RegExp(wrapper.path) };
    for (const h of wrapper.hosts) push(wrappersByHost, h, compiled);
    for (const h of wrapper.hostSuffixes) push(wrapperSuffixes, h, compiled);
  }

  const nearBrandLabels = new Map<string, string>();
  for (const label of brandLabels.keys()) {
    if (label.length < 5) continue;
    for (const variant of oneEditAway(label)) if (!brandLabels.has(variant)) nearBrandLabels.set(variant, label);
  }

  const prefixes = [...prefixOwner.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const tokens = [...brandOwner.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    platforms,
    hosts,
    hostSuffixes,
    servers,
    shapesByPlatform,
    schemes,
    wrappersByHost,
    wrapperSuffixes,
    ownDomains,
    officialPrefix: new RegExp(`(?:^|\\.)(${prefixes.join('|') || '(?!)'})[.-]`),
    officialPrefixOwner: prefixOwner,
    brandTokens: new RegExp(tokens.join('|') || '(?!)'),
    brandOwner,
    brandLabels,
    nearBrandLabels,
  };
}
