/**
 * The tables the lookalike check reads, compiled once from the catalogue. Everything compares
 * skeletons (confusables folded), so "zo0m", "zооm" and "googie" meet "zoom" and "google".
 */
import type { Platform, ServerList } from '../catalogue/schema';
import { skeleton } from './confusables';
import { hashText } from './host-hash';
import { trieSource } from './trie-regex';

export interface LookalikeTables {
  /** Cheap first test on the raw host: a token, an official host's stem, punycode or a confusable digit. */
  suspicious: RegExp;
  /** In a skeleton host: an official host (or stem) at a label start, followed by "." or "-". */
  prefix: RegExp;
  prefixOwner: ReadonlyMap<string, string>;
  /** In a skeleton host: a brand token. */
  tokens: RegExp;
  tokenOwner: ReadonlyMap<string, string>;
  /** Registrable labels of official domains ("zoom", "whatsapp") → platform. */
  brandLabels: ReadonlyMap<string, string>;
  /** Skeletons of those labels → platform. */
  brandSkeletons: ReadonlyMap<string, string>;
  /** Every label one edit away from a brand label of five or more letters → that brand label. */
  nearLabels: ReadonlyMap<string, string>;
  /** hashText of every key of nearLabels: a cheap first test. */
  nearLabelHashes: ReadonlySet<number>;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-';

/** The label left of the public suffix, for the simple suffixes official domains use. */
export function secondLevelLabel(domain: string): string {
  const labels = domain.split('.');
  return labels.length >= 2 ? labels[labels.length - 2]! : domain;
}

/** All strings at Damerau-Levenshtein distance exactly one from `word` (host characters). */
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

function setFirst(map: Map<string, string>, key: string, value: string): void {
  if (!map.has(key)) map.set(key, value);
}

export function compileLookalikeTables(platforms: readonly Platform[], servers: readonly ServerList[]): LookalikeTables {
  const prefixOwner = new Map<string, string>();
  const rawStems = new Set<string>();
  const tokenOwner = new Map<string, string>();
  const rawTokens = new Set<string>();
  const brandLabels = new Map<string, string>();

  const addHost = (host: string, id: string) => {
    setFirst(prefixOwner, skeleton(host), id);
    const labels = host.split('.');
    // "meet.google.com" also lends "meet.google": meet.google.us-join.com imitates it.
    if (labels.length >= 3) {
      const stem = labels.slice(0, -1).join('.');
      setFirst(prefixOwner, skeleton(stem), id);
      rawStems.add(stem.slice(0, Math.min(stem.length, stem.indexOf('.') + 4)));
    } else rawStems.add(host);
  };

  for (const p of platforms) {
    const r = p.recognise;
    // Only hosts that serve invites: ownDomains such as google.com also begin google.com.au.
    for (const h of [...r.hosts, ...r.hostSuffixes]) addHost(h, p.id);
    // Anyone may run a self-hostable platform under its own name (jitsi.our-union.example):
    // its name in a foreign domain is not an imitation.
    if (p.selfHostable !== true) for (const t of r.brandTokens) {
      setFirst(tokenOwner, skeleton(t), p.id);
      rawTokens.add(t);
    }
    for (const d of [...r.hostSuffixes, ...r.ownDomains, ...r.hosts]) {
      const label = secondLevelLabel(d);
      if (label.length >= 4) setFirst(brandLabels, label, p.id);
    }
  }
  for (const list of servers) for (const instance of list.instances) addHost(instance.host, list.platform);

  const brandSkeletons = new Map<string, string>();
  for (const [label, id] of brandLabels) setFirst(brandSkeletons, skeleton(label), id);
  const nearLabels = new Map<string, string>();
  for (const label of brandLabels.keys()) {
    if (label.length < 5) continue;
    for (const variant of oneEditAway(label)) if (!brandLabels.has(variant)) setFirst(nearLabels, variant, label);
  }

  return {
    // Stems only at a label start ("g.co" must not fire inside "blog.com"); tokens anywhere.
    suspicious: new RegExp(`(?:^|\\.)${trieSource(rawStems)}|${trieSource([...rawTokens, 'xn--'])}|[0135|]`),
    prefix: new RegExp(`(?:^|\\.)(${trieSource(prefixOwner.keys())})[.-]`),
    prefixOwner,
    tokens: new RegExp(trieSource(tokenOwner.keys())),
    tokenOwner,
    brandLabels,
    brandSkeletons,
    nearLabels,
    nearLabelHashes: new Set([...nearLabels.keys()].map(hashText)),
  };
}
