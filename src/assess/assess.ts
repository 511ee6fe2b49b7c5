/**
 * The assessment: a recognised link → level, reasons in plain words, safer alternatives. Written
 * rules over the catalogue's facts, so a catalogue edit changes verdicts without a code edit.
 * Levels (ARCHITECTURE.md): danger > avoid > caution > ok > none.
 * Every sentence is a message template in public/_locales, filled with the catalogue's
 * structured facts (names, hosts, countries), in the UI language of `t`.
 */
import { getDomain } from 'tldts';
import type { CatalogueIndex } from '../recognise/catalogue-index';
import type { EncryptionClass, Use } from '../catalogue/kinds';
import type { Platform } from '../catalogue/schema';
import { countryName } from '../i18n/country-name';
import { isolate, ltr, t, wordsInUse } from '../i18n/t';
import type { Match } from '../recognise/types';
import { encryptionSentence } from './encryption-words';
import { saferAlternatives } from './alternatives';
import { encryptionFor, useOfLink } from './link-use';
import type { Alternative, Assessment } from './types';

const OWNER_LINE_KEY: Record<string, string> = { 'non-profit': 'reasonOwnerNonProfit', community: 'reasonOwnerCommunity' };

function ownerLine(p: Platform): string {
  return t(OWNER_LINE_KEY[p.owner.type] ?? 'reasonOwnerCompany', [isolate(p.owner.name), countryName(p.jurisdiction)]);
}

/** "company in United States": the short form in summaries. */
function where(p: Platform): string {
  return t(p.owner.type === 'non-profit' ? 'whereNonProfit' : 'whereCompany', [countryName(p.jurisdiction)]);
}

const LOOKALIKE_KEY: Record<NonNullable<Match['lookalike']>, string> = {
  'host-prefix': 'reasonLookalikeHostPrefix',
  homograph: 'reasonLookalikeHomograph',
  'look-alike-spelling': 'reasonLookalikeSpelling',
  'brand-in-foreign-domain': 'reasonLookalikeBrand',
  userinfo: 'reasonLookalikeUserinfo',
};

function lookalikeReasons(match: Match, name: string): string[] {
  const realDomain = (match.host && getDomain(match.host, { allowPrivateDomains: true })) ?? match.host ?? match.target;
  return [t(LOOKALIKE_KEY[match.lookalike ?? 'brand-in-foreign-domain'], [name, ltr(realDomain)]), t('reasonDoNotSignIn')];
}

function encryptionSummary(cls: EncryptionClass, p: Platform): string {
  switch (cls) {
    case 'e2ee':
      return t('summaryEncE2ee');
    case 'optional-e2ee':
      return t('summaryEncOptional');
    case 'admin-e2ee':
      return t('summaryEncAdmin', [isolate(p.owner.name)]);
    case 'to-server':
      return t('summaryEncToServer', [isolate(p.owner.name)]);
    default:
      return t('summaryEncNone');
  }
}

const UNTRUSTED_SERVER_KEY: Record<'known' | 'unknown', Record<EncryptionClass, string>> = {
  known: {
    e2ee: 'reasonServerOperatorE2ee',
    'optional-e2ee': 'reasonServerOperatorOptional',
    // Only an organisation's admin could switch it on: for the person invited, to the server.
    'admin-e2ee': 'reasonServerOperatorToServer',
    'to-server': 'reasonServerOperatorToServer',
    none: 'reasonServerOperatorToServer',
  },
  unknown: {
    e2ee: 'reasonServerUnknownE2ee',
    'optional-e2ee': 'reasonServerUnknownOptional',
    'admin-e2ee': 'reasonServerUnknownToServer',
    'to-server': 'reasonServerUnknownToServer',
    none: 'reasonServerUnknownToServer',
  },
};

function serverReasons(match: Match, p: Platform): { level: Assessment['level']; reasons: string[] } | null {
  const server = match.server;
  if (!server || p.selfHostable !== true) return null;
  if (server.trusted) {
    const trusted = t(server.trustedByOrganisation ? 'reasonTrustedByOrganisation' : 'reasonTrustedServer', [ltr(server.host), p.name]);
    // Trusting a public server labels its links; it keeps no stranger out of a room (issue 14).
    if (!server.openToAnyone) return { level: 'ok', reasons: [trusted] };
    return { level: 'ok', reasons: [trusted, t('reasonTrustedPublicServer', [ltr(server.host), isolate(server.operator ?? '')])] };
  }
  const keys = UNTRUSTED_SERVER_KEY[server.operator ? 'known' : 'unknown'];
  return { level: 'caution', reasons: [t(keys[p.encryption.group], [p.name, ltr(server.host), server.operator ? isolate(server.operator) : ''])] };
}

/** The name a click tracker goes by ("Mailchimp"), for reasons. */
export function trackerName(index: CatalogueIndex, id: string): string {
  return index.trackers.get(id)?.name ?? id;
}

/**
 * A link through a click tracker whose destination cannot be read (ARCHITECTURE.md, Levels): not
 * an imitation, but nobody can say where it leads. `named`: the platform address the link's
 * visible text shows, when it shows one (the page's badges know the text; the URL alone does not).
 */
export function assessTracked(index: CatalogueIndex, tracker: string, named: { platform: string; shown: string } | null = null): Assessment {
  const name = isolate(trackerName(index, tracker));
  const platformName = named ? (index.platforms.get(named.platform)?.name ?? named.platform) : null;
  return {
    level: 'caution',
    platform: named?.platform ?? null,
    summary: t('summaryTracker'),
    reasons: [named && platformName ? t('reasonTrackerNamed', [platformName, ltr(named.shown), name]) : t('reasonTracker', [name]), t('reasonAskDirectLink')],
    use: null,
    alternatives: [],
  };
}

/** Alternatives depend on the platform, the use and the words only: each worked out once per index. */
const alternativesByIndex = new WeakMap<CatalogueIndex, Map<string, readonly Alternative[]>>();

function alternativesFor(index: CatalogueIndex, p: Platform, use: Use): Alternative[] {
  let known = alternativesByIndex.get(index);
  if (!known) alternativesByIndex.set(index, (known = new Map<string, readonly Alternative[]>()));
  const key = `${wordsInUse()}\n${p.id}\n${use}`;
  let found = known.get(key);
  if (!found) known.set(key, (found = saferAlternatives(p, use, index.platforms.values())));
  return [...found];
}

export function assess(index: CatalogueIndex, match: Match): Assessment {
  const none: Assessment = { level: 'none', platform: null, summary: t('summaryNotInvite'), reasons: [], use: null, alternatives: [] };

  if (match.lookalikeOf) {
    const name = index.platforms.get(match.lookalikeOf)?.name ?? match.lookalikeOf;
    return { ...none, level: 'danger', platform: match.lookalikeOf, summary: t('summaryImitates', [name]), reasons: lookalikeReasons(match, name) };
  }
  if (match.tracker) return assessTracked(index, match.tracker);
  const p = match.platform ? index.platforms.get(match.platform) : undefined;
  if (!p || !match.kind) return none;

  if (match.kind === 'device-link' || match.kind === 'device-code-sign-in') {
    const [summary, reason] = match.kind === 'device-link' ? ['summaryDeviceLink', 'reasonDeviceLink'] : ['summaryDeviceCode', 'reasonDeviceCode'];
    return { ...none, level: 'danger', platform: p.id, summary: t(summary, [p.name]), reasons: [t(reason, [p.name]), t('reasonNeverOpenDeviceLink')] };
  }

  const use = useOfLink(match.kind, p);
  const cls = encryptionFor(use, p);
  const base = { platform: p.id, use, alternatives: alternativesFor(index, p, use) };

  if (p.status === 'discontinued') {
    const since = p.discontinued?.since ?? '—';
    const replacedBy = p.discontinued?.replacedBy ? index.platforms.get(p.discontinued.replacedBy)?.name : undefined;
    return {
      ...base,
      level: 'avoid',
      summary: t('summaryShutDown', [p.name]),
      reasons: [replacedBy ? t('reasonShutDownReplaced', [p.name, since, replacedBy]) : t('reasonShutDown', [p.name, since])],
    };
  }

  const encryptionReason = encryptionSentence(cls, p);
  if (p.guide.stance === 'declined') {
    return {
      ...base,
      level: 'avoid',
      summary: t('summaryAvoid', [encryptionSummary(cls, p), where(p)]),
      reasons: [t('reasonGuideDeclined', [p.name]), encryptionReason, ownerLine(p)],
    };
  }
  if (cls === 'none') {
    return { ...base, level: 'avoid', summary: t('summaryAvoid', [encryptionSummary(cls, p), where(p)]), reasons: [encryptionReason, ownerLine(p)] };
  }

  const server = serverReasons(match, p);
  if (server) {
    const trusted = server.level === 'ok';
    return {
      ...base,
      alternatives: trusted ? [] : base.alternatives,
      level: server.level,
      summary: t(trusted ? 'summaryTrustedServer' : 'summaryUntrustedServer'),
      reasons: [...server.reasons, encryptionReason],
    };
  }

  // "partly" open source: the apps, where the encryption happens, are open (Threema).
  const openEnough = p.openSource === true || p.openSource === 'partly';
  if (cls === 'e2ee' && openEnough && p.owner.collectsMetadata !== true) {
    // Safe already: alternatives would only be noise.
    return { ...base, alternatives: [], level: 'ok', summary: t('summaryOk', [where(p)]), reasons: [encryptionReason, ownerLine(p)] };
  }
  if (cls !== 'e2ee') {
    return { ...base, level: 'caution', summary: t('summaryCaution', [encryptionSummary(cls, p), where(p)]), reasons: [encryptionReason, ownerLine(p)] };
  }
  const caveat =
    p.owner.collectsMetadata === true
      ? t('reasonE2eeButMetadata', [isolate(p.owner.name)])
      : p.openSource === false
        ? t('reasonE2eeButClosed', [isolate(p.owner.name)])
        : t('reasonE2eeButUnknownCode');
  return {
    ...base,
    level: 'caution',
    summary: p.owner.collectsMetadata === true ? t('summaryCautionMetadata', [where(p)]) : t('summaryCaution', [encryptionSummary(cls, p), where(p)]),
    reasons: [caveat, ownerLine(p)],
  };
}
