/**
 * Safer alternatives for the same use, ranked by the guide's criteria in its order: encryption
 * end to end by default, open source, who controls the server, how much identity the account
 * needs, who owns it. A platform is offered only when it beats the current one.
 */
import type { EncryptionClass, Use } from '../catalogue/kinds';
import type { Platform } from '../catalogue/schema';
import { encryptionFor } from './link-use';
import type { Alternative } from './types';
import { isolate, t } from '../i18n/t';

/** `admin-e2ee` scores like `to-server`: the person invited cannot switch it on (ARCHITECTURE.md, contract 1). */
const ENCRYPTION_SCORE: Record<EncryptionClass, number> = { e2ee: 3, 'optional-e2ee': 1, 'admin-e2ee': 0, 'to-server': 0, none: -1 };
const MAX_ALTERNATIVES = 4;

const tri = (v: boolean | 'partly' | 'unknown') => (v === true ? 2 : v === 'partly' ? 1 : 0);

function accountScore(p: Platform): number {
  const ids = p.account.identifiers;
  if (ids.includes('none') || p.account.required === false) return 2;
  return ids.includes('phone') && !ids.includes('email') && !ids.includes('username') ? 0 : 1;
}

function ownerScore(p: Platform): number {
  return (p.owner.type === 'non-profit' || p.owner.type === 'community' ? 1 : 0) + (p.owner.collectsMetadata === false ? 1 : 0);
}

/** The guide's criteria, most important first, each higher-is-safer. */
function criteria(p: Platform, use: Use): number[] {
  return [ENCRYPTION_SCORE[encryptionFor(use, p)], tri(p.openSource), tri(p.selfHostable), accountScore(p), ownerScore(p)];
}

/** Why an alternative beats the current platform on each criterion, as message keys. */
const REASONS: ((p: Platform, use: Use) => string)[] = [
  (p, use) => t(encryptionFor(use, p) === 'e2ee' ? 'altReasonE2ee' : 'altReasonOptionalE2ee'),
  (p) => t(p.openSource === true ? 'altReasonOpenSource' : 'altReasonPartlyOpen'),
  (p) => t(p.selfHostable === true ? 'altReasonSelfHost' : 'altReasonOrgServer'),
  (p) => t(accountScore(p) === 2 ? 'altReasonNoAccount' : 'altReasonNoPhone'),
  (p) => (p.owner.type === 'non-profit' ? t('altReasonNonProfit', [isolate(p.owner.name)]) : t('altReasonNoMetadata')),
];

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function saferAlternatives(current: Platform, use: Use, all: Iterable<Platform>): Alternative[] {
  const base = criteria(current, use);
  const better: { p: Platform; score: number[] }[] = [];
  for (const p of all) {
    if (p.id === current.id || p.status !== 'active' || p.guide.stance === 'declined' || !p.uses.includes(use)) continue;
    const score = criteria(p, use);
    if (compare(score, base) > 0) better.push({ p, score });
  }
  better.sort((x, y) => compare(y.score, x.score) || x.p.name.localeCompare(y.p.name));
  const chosen = better.slice(0, MAX_ALTERNATIVES).map(({ p, score }) => ({
    p,
    /** Criteria (indices into REASONS) on which it beats the current platform. */
    wins: score.flatMap((v, i) => (v > base[i]! ? [i] : [])),
  }));
  const sharedByAll = (criterion: number) => chosen.every((c) => c.wins.includes(criterion));
  // The main advantage, then the first one that sets this alternative apart from the others.
  return chosen.map(({ p, wins }) => {
    const [main, ...rest] = wins;
    const own = rest.find((i) => !sharedByAll(i));
    const first = REASONS[main!]!(p, use);
    const reason = own === undefined ? first : t('altReasonTwo', [first, REASONS[own]!(p, use)]);
    return { id: p.id, name: p.name, reason };
  });
}
