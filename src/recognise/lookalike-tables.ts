/**
 * The tables the lookalike check reads, compiled once from the catalogue. Everything compares
 * skeletons (confusables folded), so "zo0m", "zооm" and "googie" meet "zoom" and "google".
 * Every platform's names are kept with every platform that uses them: "google" is Google Meet's
 * and Duo's, and a misspelling is tried against each one's link shapes.
 */
import { getDomain, getPublicSuffix } from 'tldts';
import type { Platform, ServerList } from '../catalogue/schema';
import { asciiSkeleton, skeleton } from './confusables';
import { EVERYDAY_WORDS } from './everyday-words';
import { COMMON_HOST_STARTS, compilePrefilter, type Prefilter } from './suspicious-prefilter';
import { hashText } from './host-hash';
import { IMITATION_WORDS } from './imitation-words';
import { trieSource } from './trie-regex';

/**
 * How much a name says on its own:
 *  - `token`: a distinctive name (whatsapp, msteams): glued to anything, or before a download or sign-in;
 *  - `word`: a name that is also an everyday word (zoom, slack): as a whole part of the host or beside imitation words;
 *  - `label`: the registrable label of an official host (google, goo, live): only misspelled, split or under another TLD.
 */
export type NameKind = 'token' | 'word' | 'label';

export interface BrandName {
  /** The name's skeleton. */
  name: string;
  kind: NameKind;
  /** Platforms that use the name, in catalogue order: each is tried in turn. */
  platforms: string[];
  /** Public suffixes of the official domains this label comes from ("us", "com" for zoom). */
  suffixes: string[];
  /** The name as the catalogue spells it ("signal", whose skeleton is "slgnal"). */
  spellings: string[];
  /** Subdomains of the official hosts this label comes from ("chat" of chat.whatsapp.com, "stream.meet"). */
  prefixes: string[];
}

export interface LookalikeTables {
  /**
   * The content script's first test on a raw host: stems, names as spelled, split names, host
   * patterns, punycode, digits, official subdomains, names under their own country suffix. It
   * cannot see misspellings (the content script carries no near-label table): see the README.
   */
  suspicious: RegExp;
  /**
   * The recogniser's fast path, which every host the rules can call an imitation fails
   * (property-tested): a regular expression with the names also as skeletons...
   */
  fastSuspicious: RegExp;
  /** A cheaper first look that says "maybe" wherever `fastSuspicious` could match (suspicious-prefilter.ts). */
  prefilter: Prefilter;
  /** ...hashes of names of five letters or more, for the two labels before the last dot read as one (we.bex.com), and the first and last letters those two labels must have (128 × 128)... */
  splitNameHashes: ReadonlySet<number>;
  splitEnds: Uint8Array;
  /** ...and, by the hash of the last label of an own country suffix ("gg", "me"), the names under it. */
  ownSuffixForms: ReadonlyMap<number, RegExp>;
  /** In a skeleton host: an official host (or stem) at a label start, followed by "." or "-". */
  prefix: RegExp;
  prefixOwner: ReadonlyMap<string, string>;
  /** Every name by its skeleton. */
  names: ReadonlyMap<string, BrandName>;
  /** Skeletons one edit from a name (a misspelling) → the skeletons of those names. */
  near: ReadonlyMap<string, readonly string[]>;
  /** hashText of every name and every key of `near`: the fast path's first test on a host's label skeleton. */
  nearLabelHashes: ReadonlySet<number>;
  /** Skeletons of whole official domains ("zoom.us", "t.me") → platform. */
  domainSkeletons: ReadonlyMap<string, string>;
  /**
   * Official hosts and domains with their dots left out or made hyphens, whole or without the
   * public suffix ("tme", "t-me", "meetgoto", "duo-google") → platform: t-me.com, meetgoto.com.
   */
  joined: ReadonlyMap<string, string>;
  /** Skeletons of official hosts ("meet.google.com") → platform. */
  hostSkeletons: ReadonlyMap<string, string>;
  /** Imitation words by skeleton, and the names, for segmenting a label ("zoomonline" → zoom + online). */
  words: ReadonlySet<string>;
  /** Everyday words near a name ("discard", "loom"): not misspellings. */
  everyday: ReadonlySet<string>;
  hostPatterns: readonly { pattern: RegExp; platform: string }[];
  /** Names by the official subdomains they come with ("chat" → whatsapp) and by their own country suffixes ("gg" → discord). */
  namesBySubdomains: ReadonlyMap<string, readonly BrandName[]>;
  namesBySuffix: ReadonlyMap<string, readonly BrandName[]>;
  /** The distinctive names (kind `token`, five letters or more), which count glued to any word. */
  tokens: readonly BrandName[];
  /** Any name that can stand as a part of a host or glued to words: a quick test before segmenting. */
  partNames: RegExp;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-';

/** Characters that pass for letters (0/o, 1/l, 3/e, 5/s, |/l): a host with one takes the full look. */
const FOLDED_CHARS = '0135|';

/** Suffixes too common to say anything: zoominfo.com is not Zoom's, summarydiscord.gg poses as Discord. */
export const GENERIC_SUFFIXES: ReadonlySet<string> = new Set(['com', 'net', 'org']);

/** Labels that begin many hosts: a name split after one of them ("app.le") is not worth a second look. */
const COMMON_FIRST_LABELS: ReadonlySet<string> = new Set(['m', ...COMMON_HOST_STARTS]);

/** Official subdomains that tell (chat., join., meet.); www., app., api., i., login. and account. begin too many hosts. */
export function isTellingSubdomain(prefix: string): boolean {
  return prefix !== '' && !['www', 'app', 'api', 'i', 'login', 'account'].includes(prefix);
}

/** The label left of the public suffix, for the simple suffixes official domains use. */
export function secondLevelLabel(domain: string): string {
  const d = getDomain(domain, { allowPrivateDomains: true }) ?? domain;
  const suffix = getPublicSuffix(domain, { allowPrivateDomains: true }) ?? '';
  return suffix && d.endsWith(`.${suffix}`) ? d.slice(0, d.length - suffix.length - 1) : d.split('.')[0]!;
}

/** All strings at Damerau-Levenshtein distance exactly one from `word` (host characters). */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    for (const c of ALPHABET) out.add(word.slice(0, i) + c + word.slice(i));
    if (i < word.length) {
      out.add(word.slice(0, i) + word.slice(i + 1));
      for (const c of ALPHABET) if (c !== word[i]) out.add(word.slice(0, i) + c + word.slice(i + 1));
      if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2));
    }
  }
  out.delete(word);
  return out;
}

/**
 * The misspellings of a name's skeleton that count: one edit (repetition, omission, transposition,
 * a letter changed or added, a hyphen), folded again. Names of three or four letters keep their
 * first letter ("xoom" and "loom" are other words, "zomo" and "zo-om" are Zoom); one- and
 * two-letter names ("t", "wa") only double a letter or take a hyphen. Names of four letters or
 * fewer count only under their own suffix, which the matcher checks.
 */
export function typoVariants(name: string): Set<string> {
  const out = new Set<string>();
  for (const v of oneEditAway(name)) {
    if (v.length === 0 || v.startsWith('-') || v.endsWith('-')) continue;
    // One- and two-letter names: only a letter or digit added at the end, a doubled letter or a
    // hyphen (t0.me, tt.me, w-a.me); "pm.me", a letter put before, is another site.
    if (name.length <= 2 && !(v.length === name.length + 1 && (v.startsWith(name) || [...v].every((c) => c === '-' || name.includes(c))))) continue;
    if (name.length >= 3 && name.length <= 4 && v.length === name.length && !v.startsWith(name[0]!) && v.slice(1) === name.slice(1)) continue;
    const folded = asciiSkeleton(v);
    if (folded !== name) out.add(folded);
  }
  return out;
}

/** Every name of every platform: the registrable labels of its invite hosts, its tokens and words. */
export function brandLabelsOf(platforms: readonly Platform[]): Map<string, BrandName> {
  const names = new Map<string, BrandName>();
  const strength: Record<NameKind, number> = { label: 0, word: 1, token: 2 };
  const add = (raw: string, kind: NameKind, id: string, suffix?: string, prefix?: string) => {
    const name = skeleton(raw);
    let entry = names.get(name);
    if (!entry) names.set(name, (entry = { name, kind, platforms: [], suffixes: [], spellings: [], prefixes: [] }));
    if (!entry.spellings.includes(raw)) entry.spellings.push(raw);
    if (strength[kind] > strength[entry.kind]) entry.kind = kind;
    if (!entry.platforms.includes(id)) entry.platforms.push(id);
    if (suffix !== undefined && !entry.suffixes.includes(suffix)) entry.suffixes.push(suffix);
    if (prefix && !entry.prefixes.includes(prefix)) entry.prefixes.push(prefix);
  };
  for (const p of platforms) {
    const r = p.recognise;
    for (const h of [...r.hosts, ...r.hostSuffixes]) {
      const domain = getDomain(h, { allowPrivateDomains: true }) ?? h;
      const prefix = h.length > domain.length ? h.slice(0, h.length - domain.length - 1) : '';
      add(secondLevelLabel(h), 'label', p.id, getPublicSuffix(h, { allowPrivateDomains: true }) ?? '', prefix);
    }
    // Anyone may run a self-hostable platform under its own name (jitsi.our-union.example):
    // its name in a foreign domain is not an imitation, only a misspelling of its official hosts.
    if (p.selfHostable === true) continue;
    for (const t of r.brandTokens) add(t, 'token', p.id);
    for (const w of r.brandWords ?? []) add(w, 'word', p.id);
  }
  return names;
}

/** "^us\d{2}web$" → "us\d{2}web", for embedding in the pre-filter between label boundaries. */
function innerPattern(source: string): string | null {
  return source.startsWith('^') && source.endsWith('$') && !source.endsWith('\\$') ? source.slice(1, -1) : null;
}

export function compileLookalikeTables(platforms: readonly Platform[], servers: readonly ServerList[]): LookalikeTables {
  const prefixOwner = new Map<string, string>();
  const rawStems = new Set<string>();
  const hostSkeletons = new Map<string, string>();
  const domainSkeletons = new Map<string, string>();
  const setFirst = (map: Map<string, string>, key: string, value: string) => {
    if (!map.has(key)) map.set(key, value);
  };

  const addHost = (host: string, id: string) => {
    setFirst(prefixOwner, skeleton(host), id);
    setFirst(hostSkeletons, skeleton(host), id);
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
    for (const d of [...r.hosts, ...r.hostSuffixes, ...r.ownDomains]) {
      const domain = getDomain(d, { allowPrivateDomains: true }) ?? d;
      setFirst(domainSkeletons, skeleton(domain), p.id);
    }
  }
  for (const list of servers) for (const instance of list.instances) addHost(instance.host, list.platform);

  const joined = new Map<string, string>();
  const addJoined = (labels: string[], id: string) => {
    if (labels.length < 2) return;
    // Each dot left out or made a hyphen: 2^(labels - 1) forms, at most eight for official hosts.
    for (let mask = 0; mask < 1 << (labels.length - 1); mask++) {
      let form = labels[0]!;
      for (let i = 1; i < labels.length; i++) form += (mask & (1 << (i - 1)) ? '-' : '') + labels[i]!;
      setFirst(joined, skeleton(form), id);
    }
  };
  for (const p of platforms)
    for (const h of [...p.recognise.hosts, ...p.recognise.hostSuffixes]) {
      const suffix = getPublicSuffix(h, { allowPrivateDomains: true }) ?? '';
      addJoined(h.split('.'), p.id);
      if (suffix && h.endsWith(`.${suffix}`)) addJoined(h.slice(0, -suffix.length - 1).split('.'), p.id);
    }

  const names = brandLabelsOf(platforms);
  const everyday = new Set(EVERYDAY_WORDS);
  const near = new Map<string, string[]>();
  for (const name of names.keys())
    for (const v of typoVariants(name)) {
      if (names.has(v)) continue;
      const list = near.get(v);
      if (list) list.push(name);
      else near.set(v, [name]);
    }

  const hostPatterns: { pattern: RegExp; platform: string }[] = [];
  const patternSources: string[] = [];
  const labelPatternSources: string[] = [];
  for (const p of platforms)
    for (const source of p.recognise.hostLabelPatterns ?? []) {
      hostPatterns.push({ pattern: new RegExp(source), platform: p.id });
      const inner = innerPattern(source);
      if (inner) {
        patternSources.push(`(?:^|\\.)(?:${inner})(?:\\.|$)`);
        labelPatternSources.push(source);
      }
    }

  // The pre-filter: names (raw and as skeletons, with m and w written rn and vv), and names of
  // five letters or more split by a dot (we.bex.com); names inside a label under their own
  // country suffix (summarydiscord.gg) or below their official subdomains (chat.…whatsapp…);
  // punycode; digits that pass for letters. Every host the rules below can call an imitation
  // passes it, or has a label the fast path finds in nearLabelHashes (property-tested).
  const rawNames = new Set<string>();
  const splitNames = new Set<string>();
  const ownSuffixFormsByTld = new Map<number, string[]>();
  // The content script's version carries the names as spelled only (its size budget is 12 KB).
  const contentNames = new Set<string>();
  const contentOwnSuffix = new Map<string, string[]>();
  const subdomainPrefixes = new Set<string>();
  for (const n of names.values()) {
    for (const prefix of n.prefixes) if (isTellingSubdomain(prefix)) subdomainPrefixes.add(prefix);
    for (const suffix of n.suffixes) {
      if (GENERIC_SUFFIXES.has(suffix)) continue;
      const end = `\\.${suffix.replace(/\./g, '\\.')}$`;
      for (const spelling of new Set([n.name, ...n.spellings])) {
        const form = spelling.length >= 3 ? `${spelling}[a-z0-9-]*${end}` : `(?:^|[.-])${spelling}(?:-[a-z0-9-]*)?${end}`;
        const tld = hashText(suffix.slice(suffix.lastIndexOf('.') + 1));
        ownSuffixFormsByTld.set(tld, [...(ownSuffixFormsByTld.get(tld) ?? []), form]);
      }
      for (const spelling of n.spellings) {
        const list = contentOwnSuffix.get(suffix) ?? [];
        contentOwnSuffix.set(suffix, [...list, spelling]);
      }
    }
    if (n.kind === 'label' && n.name.length < 5) continue;
    for (const spelling of n.spellings) contentNames.add(spelling);
    for (const base of new Set([n.name, ...n.spellings])) {
      for (const form of [base, base.replace(/m/g, 'rn').replace(/w/g, 'vv')]) {
        rawNames.add(form);
        if (form.includes('l')) rawNames.add(form.replace(/l/g, 'i'));
      }
      // Split names (for the content script; the fast path hashes the last two labels joined instead),
      // except where the first part is a label that begins many hosts ("app.le" would catch app.lemonde.fr).
      if (n.name.length >= 5)
        for (let i = 1; i < base.length; i++)
          if (!COMMON_FIRST_LABELS.has(base.slice(0, i)) && n.spellings.includes(base)) splitNames.add(`${base.slice(0, i)}.${base.slice(i)}`);
    }
  }

  const namesBySubdomains = new Map<string, BrandName[]>();
  const namesBySuffix = new Map<string, BrandName[]>();
  const push = (map: Map<string, BrandName[]>, key: string, n: BrandName) => {
    const list = map.get(key);
    if (list) list.push(n);
    else map.set(key, [n]);
  };
  for (const n of names.values()) {
    for (const prefix of n.prefixes) if (isTellingSubdomain(prefix)) push(namesBySubdomains, prefix, n);
    for (const suffix of n.suffixes) if (!GENERIC_SUFFIXES.has(suffix)) push(namesBySuffix, suffix, n);
  }
  const partNameKeys = [...names.values()].filter((n) => n.kind !== 'label' || n.name.length >= 5).map((n) => n.name);

  // Official subdomains join the stems (matched at any label start: a superset, which is safe).
  for (const prefix of subdomainPrefixes) rawStems.add(`${prefix}.`);
  const core = [`(?:^|\\.)${trieSource(rawStems)}`, trieSource([...rawNames, 'xn--']), `[${FOLDED_CHARS}]`, ...patternSources];
  const splitSource = trieSource(splitNames);

  // First and last letters of names split across two labels, in every spelling that folds to them.
  const splitEnds = new Uint8Array(128 * 128);
  const unfold: Record<string, string[]> = { l: ['l', 'i', '1', '|'], o: ['o', '0'], e: ['e', '3'], s: ['s', '5'], m: ['m', 'r', 'n'], w: ['w', 'v'] };
  for (const n of names.values()) {
    if (n.name.length < 5) continue;
    for (const first of unfold[n.name[0]!] ?? [n.name[0]!])
      for (const end of unfold[n.name[n.name.length - 1]!] ?? [n.name[n.name.length - 1]!]) splitEnds[first.charCodeAt(0) * 128 + end.charCodeAt(0)] = 1;
  }

  return {
    splitEnds,
    namesBySubdomains,
    namesBySuffix,
    partNames: new RegExp(trieSource(partNameKeys)),
    tokens: [...names.values()].filter((n) => n.kind === 'token' && n.name.length >= 5),
    // Stems only at a label start ("g.co" must not fire inside "blog.com"); names anywhere.
    suspicious: new RegExp(
      [
        `(?:^|\\.)${trieSource(rawStems)}`,
        trieSource([...contentNames, 'xn--']),
        '[0135|]',
        ...patternSources,
        splitSource,
        ...[...contentOwnSuffix].flatMap(([suffix, spellings]) => {
          const end = `\\.${suffix.replace(/\./g, '\\.')}$`;
          const long = spellings.filter((x) => x.length >= 3);
          const short = spellings.filter((x) => x.length < 3);
          return [
            ...(long.length ? [`${trieSource(long)}[a-z0-9-]*${end}`] : []),
            ...(short.length ? [`(?:^|[.-])${trieSource(short)}(?:-[a-z0-9-]*)?${end}`] : []),
          ];
        }),
      ].join('|'),
    ),
    splitNameHashes: new Set([...names.values()].filter((n) => n.name.length >= 5).map((n) => hashText(n.name))),
    fastSuspicious: new RegExp(core.join('|')),
    prefilter: compilePrefilter([...rawNames, 'xn--', ...rawStems], FOLDED_CHARS, labelPatternSources),
    ownSuffixForms: new Map([...ownSuffixFormsByTld].map(([tld, forms]) => [tld, new RegExp(`(?:${[...new Set(forms)].join('|')})`)])),
    prefix: new RegExp(`(?:^|\\.)(${trieSource(prefixOwner.keys())})[.-]`),
    prefixOwner,
    names,
    near,
    nearLabelHashes: new Set([...names.keys(), ...near.keys(), ...joined.keys()].map(hashText)),
    joined,
    domainSkeletons,
    hostSkeletons,
    words: new Set(IMITATION_WORDS.map(skeleton)),
    everyday,
    hostPatterns,
  };
}
