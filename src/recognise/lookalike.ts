/**
 * Decides whether a host that belongs to no platform imitates one. Judged on skeletons
 * (confusables folded) and the catalogue's names of each platform, never on plain substrings of
 * the whole host. Two questions, both needed for most hosts:
 *
 * 1. Does the host pose as a platform? From closest to loosest:
 *    - an official host used as a prefix: meet.google.com-join.us, zoom.us.evil.example
 *    - a domain that looks exactly like an official one: zo0m.us, xn--zm-fmca.us (zооm.us), т.me
 *    - a misspelled name (one edit: zomo, zo-om, gooogle, microsfot), a name split across labels
 *      (we.bex.com), the name under another TLD (zoom.com.br), the platform's host pattern (us01web)
 *    - the name as a whole part of the host (zoom-emergency.example, whatsapp.evil.example), or
 *      glued only to words imitation sites use (zoomonline, telegrampremium, ssoslack)
 * 2. Does the link show it? The platform's invite shape (specific, or generic such as /username
 *    for the close kinds only), its app scheme, a download of an installer, a sign-in path.
 *
 * Exact look-alikes and official hosts used as prefixes show the platform's address themselves and
 * need no more. Everything else without evidence is not an imitation: a site that shares a word
 * with a brand (star-telegram.com, zoominfo.com) stays unjudged.
 */
import punycode from 'punycode/punycode.es6.js';
import { parse } from 'tldts';
import type { CatalogueIndex } from './catalogue-index';
import { skeleton } from './confusables';
import { isInstallerDownload, isSignInPath } from './evidence';
import { lookupWithParents } from './host';
import { splitPair } from './host-hash';
import { STRONG_IMITATION_WORDS, THIRD_PARTY_WORDS } from './imitation-words';
import { strongestShapeEvidence } from './link-shapes';
import { GENERIC_SUFFIXES, isTellingSubdomain, type BrandName, type LookalikeTables } from './lookalike-tables';
import type { LookalikeReason } from './types';

export interface Lookalike {
  of: string;
  reason: LookalikeReason;
}

/** How a host carries a name, closest first. */
type Carriage = 'misspelled' | 'joined' | 'posing' | 'posing-suffix' | 'other-tld' | 'pattern' | 'part' | 'glued' | 'inside';

interface Candidate {
  name: BrandName | null;
  /** For host patterns, the platform whose pattern it is. */
  platform?: string;
  carriage: Carriage;
  /** A word that asks for a download or password stands beside the name (teams-download, slack-sso). */
  strongWord: boolean;
  /** A word that names a service about the platform stands beside the name (discordguide, telegrambots). */
  about?: boolean;
}

/**
 * The labels the misspelling rule reads, as the fast path reads them (host-hash.ts): the label
 * left of the public suffix, roughly ("guardian" in "news.guardian.co.uk"), and the label just
 * left of the last dot when that differs ("jt" in "meet.jt.si"), each with what follows it.
 */
function misspellingLabels(host: string): { label: string; suffix: string }[] {
  const last = host.lastIndexOf('.');
  if (last < 0) return [{ label: host, suffix: '' }];
  const start = host.lastIndexOf('.', last - 1) + 1;
  const short = { label: host.slice(start, last), suffix: host.slice(last + 1) };
  // "example.co.uk": a two-letter country code after a short label means a second-level suffix.
  if (start > 0 && host.length - last - 1 === 2 && last - start <= 3) {
    const end = start - 1;
    const begin = host.lastIndexOf('.', end - 1) + 1;
    return [{ label: host.slice(begin, end), suffix: host.slice(end + 1) }, short];
  }
  return [short];
}

function toUnicode(host: string): string {
  if (!host.includes('xn--')) return host;
  try {
    return punycode.toUnicode(host);
  } catch {
    return host;
  }
}

/** True when the registrable domain `domain` belongs to the owner of some platform. */
function isOwnedDomain(index: CatalogueIndex, domain: string | null): boolean {
  return domain !== null && (index.ownDomains.has(domain) || index.hostSuffixes.has(domain) || index.hosts.has(domain));
}

/** Damerau-Levenshtein distance of at most one (and not zero). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Names that count as a whole part of a host or glued to words: tokens, words, and official labels of five letters or more. */
const partName = (n: BrandName | undefined) => (n !== undefined && (n.kind !== 'label' || n.name.length >= 5) ? n : undefined);

/**
 * "zoomonline" → zoom + online; "ssoslack" → sso + slack: the text is made only of names and
 * imitation words (and digits), with at least one name. Returns the names and whether a strong word
 * is among the pieces, or null.
 */
function segment(tables: LookalikeTables, text: string, anyNameFrom = Infinity): { names: BrandName[]; strong: boolean } | null {
  const nameOf = (piece: string) => {
    const n = tables.names.get(piece);
    return n !== undefined && n.name.length >= anyNameFrom ? n : partName(n);
  };
  const states: ({ names: BrandName[]; strong: boolean } | undefined)[] = [{ names: [], strong: false }];
  for (let i = 0; i < text.length; i++) {
    const state = states[i];
    if (!state) continue;
    // A piece may also start on the previous piece's last letter: microsoft + teams → "microsofteams".
    for (let j = i + 1; j <= Math.min(text.length, i + 24); j++) {
      if (states[j]) continue;
      const piece = text.slice(i, j);
      const overlap = i > 0 ? text.slice(i - 1, j) : '';
      const overlapName = overlap ? nameOf(overlap) : undefined;
      if (overlapName) {
        states[j] = { names: [...state.names, overlapName], strong: state.strong };
        continue;
      }
      const name = nameOf(piece);
      if (name) states[j] = { names: [...state.names, name], strong: state.strong };
      else if (tables.words.has(piece) || /^\d+$/.test(piece)) states[j] = { names: state.names, strong: state.strong || STRONG_SKELETONS.has(piece) };
    }
  }
  const end = states[text.length];
  return end && end.names.length > 0 ? end : null;
}

/** Words that make a name a service about the platform rather than the platform: mail, bots, guides, news. */
const ABOUT_ALTERNATIVES = THIRD_PARTY_WORDS.map(skeleton).join('|');
const ABOUT_WORDS = new RegExp(`(?:^|\\.)(?:${ABOUT_ALTERNATIVES})|(?:${ABOUT_ALTERNATIVES})(?:\\.|$)`);

const STRONG_SKELETONS = new Set([...STRONG_IMITATION_WORDS].map(skeleton));

/** The ways `host` carries a platform's name, closest first. */
function candidates(tables: LookalikeTables, host: string, unicodeHost: string, suffix: string): Candidate[] {
  const out: Candidate[] = [];
  // A misspelling of the registrable label, the name itself under another TLD, or in other letters.
  for (const rough of misspellingLabels(host)) {
    const rawLabel = rough.label;
    // Below an official subdomain (meet.zoto.com, account.wore.com) any one edit of the name counts.
    const subdomains = host.slice(0, Math.max(0, host.length - rawLabel.length - rough.suffix.length - 2));
    if (isTellingSubdomain(subdomains))
      for (const name of tables.namesBySubdomains.get(subdomains) ?? [])
        if (name.name.length >= 3 && withinOneEdit(skeleton(toUnicode(rawLabel)), name.name) && !name.spellings.includes(rawLabel))
          out.push({ name, carriage: 'misspelled', strongWord: false });
    const label = skeleton(toUnicode(rawLabel));
    // An official host with its dots left out (t-me.com, meetgoto.com, demobigbluebutton.org); a short
    // one (tme, gco) only under the platform's own suffix or with its invite shape: tme.eu is a shop.
    const joinedOf = tables.joined.get(label);
    if (joinedOf) {
      const long = label.replace(/-/g, '').length >= 6;
      const ownSuffix = [...tables.names.values()].some((n) => n.platforms.includes(joinedOf) && n.suffixes.includes(rough.suffix));
      out.push({ name: null, platform: joinedOf, carriage: long || ownSuffix ? 'joined' : 'other-tld', strongWord: false });
    }
    const forms = new Set([label]);
    // Letters no table maps (a hook or a bar on a letter): read as a letter left out.
    if (rawLabel.startsWith('xn--')) forms.add(label.replace(/[^a-z0-9-]/g, ''));
    for (const form of forms) {
      const exact = tables.names.get(form);
      const names = exact ? [exact] : (tables.near.get(form) ?? []).map((n) => tables.names.get(n)!);
      for (const name of names) {
        // A short name is recognisable only beside its own suffix: zomo.us is Zoom's, zzom.co.uk somebody's.
        const ownSuffix = name.suffixes.includes(rough.suffix);
        if (name.name.length <= 4 && (!exact || name.name.length <= 2) && !ownSuffix) continue;
        const everyday = !exact && /^[a-z]+$/.test(rawLabel) && tables.everyday.has(rawLabel) && !(ownSuffix && !GENERIC_SUFFIXES.has(rough.suffix));
        if (everyday) continue;
        const sameLetters = exact !== undefined && name.spellings.includes(rawLabel);
        out.push({ name, carriage: sameLetters ? 'other-tld' : 'misspelled', strongWord: false });
      }
    }
  }

  // Labels left of the public suffix: a name split across them, parts, glued words, host patterns.
  const left = suffix && unicodeHost.endsWith(`.${suffix}`) ? unicodeHost.slice(0, -suffix.length - 1) : unicodeHost;
  const labels = left.split('.').filter(Boolean);
  // A name split by a dot (we.bex.com, chat.whats.app.com): the two labels before the last dot read as one.
  const pair = splitPair(host);
  if (pair) {
    const name = tables.names.get(skeleton(toUnicode(pair[0])) + skeleton(toUnicode(pair[1])));
    if (name && name.name.length >= 5) out.push({ name, carriage: 'misspelled', strongWord: false });
  }
  const rawParts = labels.flatMap((l) => l.split('-')).filter(Boolean);
  const parts = rawParts.map((p) => skeleton(p));
  const strongWord = parts.some((p) => STRONG_SKELETONS.has(p));
  for (const part of parts) {
    // The name itself (a misspelled part is left out: the fast path could not see it).
    const name = partName(tables.names.get(part));
    if (name) {
      out.push({ name, carriage: 'part', strongWord });
      continue;
    }
    if (!tables.partNames.test(part)) continue;
    const glued = segment(tables, part);
    if (glued) for (const n of glued.names) out.push({ name: n, carriage: 'glued', strongWord: strongWord || glued.strong });
    // A distinctive name glued to any other word (whatsappagent, paymentsdiscord): the invite shape tells.
    // Not beside a word that names a service about the platform (discordmail, whatsappstats): somebody's site.
    else
      for (const n of tables.tokens)
        if (part.includes(n.name) && !ABOUT_WORDS.test(part.replace(n.name, '.'))) out.push({ name: n, carriage: 'inside', strongWord });
  }
  // The name inside the registrable label, glued to anything, where the rest of the host is the
  // platform's: its official subdomains (chat.paymentswhatsapp.com) or its own country suffix
  // (summarydiscord.gg, wa-index.me). Not under com, net or org, where zoominfo.com lives.
  if (labels.length >= 1) {
    const registrable = skeleton(labels[labels.length - 1]!);
    const subdomains = labels.slice(0, -1).join('.');
    const registrableParts = registrable.split('-');
    const nearby = [...(tables.namesBySuffix.get(suffix) ?? []), ...(isTellingSubdomain(subdomains) ? (tables.namesBySubdomains.get(subdomains) ?? []) : [])];
    for (const n of nearby) {
      // A short name inside a word only beside imitation words: "jit" is in jitka.si, a person's name.
      const inside = (n.name.length >= 3 && registrable.includes(n.name)) || registrableParts.includes(n.name);
      const shortInside = n.name.length < 5 && !registrableParts.includes(n.name);
      if (!inside || registrable === n.name) continue;
      // A four-letter name that begins or ends the label (zoomblue.us, meet.gotoagent.com) shows itself with the invite shape.
      const atEdge = n.name.length === 4 && (registrable.startsWith(n.name) || registrable.endsWith(n.name));
      const ownCountry = n.suffixes.includes(suffix) && !GENERIC_SUFFIXES.has(suffix);
      const ownSubdomains = isTellingSubdomain(subdomains) && n.prefixes.includes(subdomains);
      // Under its own suffix, a name made up only with imitation words (akacdn.ms, wa-verify.me) poses as much as below its subdomains.
      const onlyWords = ownCountry && (segment(tables, registrable.replace(/-/g, ''), 3)?.names.includes(n) ?? false);
      if (ownSubdomains && !shortInside) out.push({ name: n, carriage: 'posing', strongWord: false });
      else if (onlyWords) out.push({ name: n, carriage: 'posing', strongWord: false });
      else if ((ownCountry || ownSubdomains) && (!shortInside || atEdge))
        out.push({ name: n, carriage: 'posing-suffix', strongWord: false, about: ABOUT_WORDS.test(registrable.replace(n.name, '.')) });
    }
  }
  for (const l of labels)
    for (const { pattern, platform } of tables.hostPatterns) if (pattern.test(l)) out.push({ name: null, platform, carriage: 'pattern', strongWord: false });
  return out;
}

type Evidence = 'specific' | 'generic' | 'download' | null;

/** What the URL shows of `platform`: its invite shape or app, or (for any platform) an installer or sign-in page. */
function evidenceFor(index: CatalogueIndex, platform: string, url: URL, appPlatform: string | null): Evidence {
  if (appPlatform === platform) return 'specific';
  const shape = strongestShapeEvidence(index.shapesByPlatform.get(platform) ?? [], url);
  if (shape) return shape;
  return isInstallerDownload(url) || isSignInPath(url) ? 'download' : null;
}

/** Is this evidence enough for a host that carries a name this way? */
function enough(candidate: Candidate, evidence: Evidence): boolean {
  if (evidence === null) return false;
  if (evidence === 'specific') return true;
  // Past this point the evidence is a generic shape (tv.me/about), a download or a sign-in page.
  const kind = candidate.name?.kind;
  switch (candidate.carriage) {
    case 'misspelled':
      // A one- or two-letter name with a letter added (t0.me) shows itself only with the platform's own invite shape.
      return candidate.name === null || candidate.name.name.length > 2;
    case 'posing':
      return evidence === 'generic' || kind === 'token';
    case 'posing-suffix':
      // Under the platform's own suffix a name inside other words may be a fan site (telegramguide.me/about): only the specific shape, or a download from a distinctive name.
      // A distinctive name glued to other words under its own suffix (summarydiscord.gg/AbCd2345) also shows itself with a generic shape.
      return kind === 'token' && (evidence === 'download' || !candidate.about);
    case 'pattern':
      return evidence === 'generic';
    case 'other-tld':
      // Owners keep their name under many TLDs (google.de, live.co.uk): only the invite shape, or a download from a distinctive name.
      return evidence === 'download' && kind === 'token';
    case 'joined':
      // The address itself, dots left out: its invite shape, generic or not; never a download alone (telegraph.co.uk/signin).
      return evidence === 'generic';
    case 'inside':
      return false;
    case 'part':
    case 'glued':
      // A distinctive name (discord-gift, whatsappgroup) shows itself; an everyday one (zoom, slack) needs the invite shape or a telling word.
      return (evidence === 'generic' && kind === 'token') || (evidence === 'download' && (kind === 'token' || candidate.strongWord));
  }
}

const REASON: Record<Carriage, LookalikeReason> = {
  misspelled: 'look-alike-spelling',
  joined: 'look-alike-spelling',
  posing: 'brand-in-foreign-domain',
  'posing-suffix': 'brand-in-foreign-domain',
  'other-tld': 'brand-in-foreign-domain',
  pattern: 'brand-in-foreign-domain',
  part: 'brand-in-foreign-domain',
  glued: 'brand-in-foreign-domain',
  inside: 'brand-in-foreign-domain',
};

/**
 * `host` is normalised and belongs to no platform, wrapper or known server. `appPlatform`: the link
 * opens that platform's app with this host (zoommtg://host/join?...), which is evidence by itself.
 */
export function findLookalike(index: CatalogueIndex, host: string, url: URL, appPlatform: string | null = null): Lookalike | null {
  const tables = index.lookalike;
  const parsed = parse(host, { allowPrivateDomains: true });
  if (isOwnedDomain(index, parsed.domain)) return null;
  const unicodeHost = toUnicode(host);
  const shape = skeleton(unicodeHost);
  const homograph = unicodeHost !== host;

  // Looks exactly like an official host or domain: it shows the platform's address by itself.
  const domain = toUnicode(parsed.domain ?? host);
  const exact = tables.hostSkeletons.get(shape) ?? tables.domainSkeletons.get(skeleton(domain));
  if (exact) return { of: exact, reason: homograph ? 'homograph' : 'look-alike-spelling' };

  // An official host followed by more labels (zoom.us.evil.example, meet.google.com-join.us); not
  // when those labels are only a longer public suffix (zoom.com.br is a shop, judged below).
  const prefix = tables.prefix.exec(shape);
  if (prefix) {
    const at = prefix.index + (prefix[0].startsWith('.') ? 1 : 0);
    const domainAt = unicodeHost.length - domain.length;
    const onlyLongerSuffix = at === domainAt && prefix[0].endsWith('.');
    if (!onlyLongerSuffix) return { of: tables.prefixOwner.get(prefix[1]!)!, reason: 'host-prefix' };
  }

  for (const candidate of candidates(tables, host, unicodeHost, toUnicode(parsed.publicSuffix ?? ''))) {
    for (const platform of candidate.name?.platforms ?? [candidate.platform!]) {
      if (!enough(candidate, evidenceFor(index, platform, url, appPlatform))) continue;
      const reason = homograph && candidate.carriage === 'misspelled' ? 'homograph' : REASON[candidate.carriage];
      return { of: platform, reason };
    }
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
    const owner = index.hosts.get(candidate) ?? index.servers.get(candidate)?.platform ?? lookupWithParents(index.hostSuffixes, candidate);
    if (owner) return { of: owner, reason: 'userinfo' };
  }
  const text = skeleton(userinfo);
  for (const n of index.lookalike.names.values())
    if (n.kind !== 'label' && n.name.length >= 4 && text.includes(n.name)) return { of: n.platforms[0]!, reason: 'userinfo' };
  return null;
}
