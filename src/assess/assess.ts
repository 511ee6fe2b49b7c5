/**
 * The assessment: a recognised link → level, reasons in plain words, safer alternatives. Written
 * rules over the catalogue's facts, so a catalogue edit changes verdicts without a code edit.
 * Levels (ARCHITECTURE.md): danger > avoid > caution > ok > none.
 */
import { getDomain } from 'tldts';
import type { CatalogueIndex } from '../catalogue/compile-index';
import type { Platform } from '../catalogue/schema';
import type { Match } from '../recognise/types';
import { saferAlternatives } from './alternatives';
import { countryName } from '../i18n/country-name';
import { encryptionFor, useOfLink } from './link-use';
import type { Assessment } from './types';

const NEVER_OPEN =
  'Never open a link that links a device or asks for a code someone sent you: whoever sent it could take over your account and read your messages.';

function ownerLine(p: Platform): string {
  const kind = p.owner.type === 'non-profit' ? 'a non-profit' : p.owner.type === 'community' ? 'a community project' : 'a company';
  return `Run by ${p.owner.name}, ${kind} under the law of ${countryName(p.jurisdiction)}.`;
}

function lookalikeReasons(match: Match, p: Platform | undefined): string[] {
  const name = p?.name ?? 'a meeting platform';
  const realDomain = (match.host && getDomain(match.host, { allowPrivateDomains: true })) ?? match.host ?? 'another site';
  const how: Record<NonNullable<Match['lookalike']>, string> = {
    'host-prefix': `The address starts like ${name}'s, but the link really goes to ${realDomain}.`,
    homograph: `The address uses letters from another alphabet to look like ${name}'s; it really goes to ${realDomain}.`,
    'look-alike-spelling': `The address is spelled to look like ${name}'s, but it belongs to ${realDomain}.`,
    'brand-in-foreign-domain': `The address uses the name ${name} but belongs to ${realDomain}, not to ${name}.`,
    userinfo: `The address shows ${name} before an "@", but the link really goes to ${realDomain}.`,
  };
  return [
    `This link imitates ${name}. ${how[match.lookalike ?? 'brand-in-foreign-domain']}`,
    'Do not sign in, enter codes or download anything it offers. If you expected an invitation, ask the sender through another channel.',
  ];
}

function encryptionSummary(cls: string, p: Platform): string {
  switch (cls) {
    case 'e2ee':
      return 'end-to-end encrypted';
    case 'optional-e2ee':
      return 'encrypted to the server unless the host turns on end-to-end';
    case 'to-server':
      return `encrypted only to ${p.owner.name}'s servers`;
    default:
      return 'not encrypted';
  }
}

function serverReasons(match: Match, p: Platform): { level: Assessment['level']; reasons: string[] } | null {
  const server = match.server;
  if (!server || p.selfHostable !== true) return null;
  if (server.trusted) return { level: 'ok', reasons: [`You marked ${server.host} as a ${p.name} server you trust.`] };
  const who = server.operator ? `run by ${server.operator}` : 'whose operator is unknown';
  const sees: Record<string, string> = {
    e2ee: '',
    'optional-e2ee': ' and, unless end-to-end encryption is switched on, see and hear the meeting',
  };
  return {
    level: 'caution',
    reasons: [`${p.name} on ${server.host}, ${who}: a server you have not marked as trusted. Whoever runs it can see who joins${sees[p.encryption.group] ?? ' and see and hear the meeting'}.`],
  };
}

export function assess(index: CatalogueIndex, match: Match): Assessment {
  const none: Assessment = { level: 'none', platform: null, summary: 'not an invite link', reasons: [], use: null, alternatives: [] };

  if (match.lookalikeOf) {
    const p = index.platforms.get(match.lookalikeOf);
    return { ...none, level: 'danger', platform: match.lookalikeOf, summary: `imitates ${p?.name ?? 'a platform'}`, reasons: lookalikeReasons(match, p) };
  }
  const p = match.platform ? index.platforms.get(match.platform) : undefined;
  if (!p || !match.kind) return none;

  if (match.kind === 'device-link' || match.kind === 'device-code-sign-in') {
    const what = match.kind === 'device-link' ? `links a new device to a ${p.name} account` : `asks you to sign in to ${p.name} with a device code`;
    return { ...none, level: 'danger', platform: p.id, summary: `dangerous: ${what}`, reasons: [`This link ${what}.`, NEVER_OPEN] };
  }

  const use = useOfLink(match.kind, p);
  const cls = encryptionFor(use, p);
  const base = { platform: p.id, use, alternatives: saferAlternatives(p, use, index.platforms.values()) };
  const where = `${p.owner.type === 'non-profit' ? 'non-profit' : 'company'} in ${countryName(p.jurisdiction)}`;

  if (p.status === 'discontinued') {
    const since = p.discontinued?.since ?? 'the past';
    const replaced = p.discontinued?.replacedBy ? index.platforms.get(p.discontinued.replacedBy)?.name : undefined;
    return {
      ...base,
      level: 'avoid',
      summary: `not recommended: ${p.name} was shut down`,
      reasons: [`${p.name} was shut down (${since})${replaced ? `; ${replaced} replaced it` : ''}. A link to it is old, or bait.`],
    };
  }

  const encryptionReason = p.encryption.notes;
  if (p.guide.stance === 'declined') {
    return {
      ...base,
      level: 'avoid',
      summary: `not recommended: ${encryptionSummary(cls, p)}; ${where}`,
      reasons: [`The Front Line Defenders guide does not recommend ${p.name}: ${p.guide.reason ?? 'its risks are too high'}.`, encryptionReason, ownerLine(p)],
    };
  }
  if (cls === 'none') {
    return { ...base, level: 'avoid', summary: `not recommended: not encrypted; ${where}`, reasons: [encryptionReason, ownerLine(p)] };
  }

  const server = serverReasons(match, p);
  if (server) {
    const alternatives = server.level === 'ok' ? [] : base.alternatives;
    return { ...base, alternatives, level: server.level, summary: server.level === 'ok' ? `a server you trust` : `take care: a server you have not marked trusted`, reasons: [...server.reasons, encryptionReason] };
  }

  // "partly" open source: the apps, where the encryption happens, are open (Threema).
  const openEnough = p.openSource === true || p.openSource === 'partly';
  if (cls === 'e2ee' && openEnough && p.owner.collectsMetadata !== true) {
    // Safe already: alternatives would only be noise.
    return { ...base, alternatives: [], level: 'ok', summary: `end-to-end encrypted and open source; ${where}`, reasons: [encryptionReason, ownerLine(p)] };
  }
  const caveat =
    cls !== 'e2ee'
      ? encryptionReason
      : p.owner.collectsMetadata === true
        ? `End-to-end encrypted, but ${p.owner.name} collects who talks to whom, when and from where.`
        : p.openSource === false
          ? `End-to-end encrypted, but the code is not open, so nobody outside ${p.owner.name} can check it.`
          : `End-to-end encrypted, but whether its code is open could not be checked.`;
  return {
    ...base,
    level: 'caution',
    summary: `take care: ${encryptionSummary(cls, p)}${cls === 'e2ee' && p.owner.collectsMetadata === true ? ', but the owner collects metadata' : ''}; ${where}`,
    reasons: cls === 'e2ee' ? [caveat, encryptionReason, ownerLine(p)] : [caveat, ownerLine(p)],
  };
}
