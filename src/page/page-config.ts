/** The background's answer to `get-page-config`, checked before anything depends on it. */
import type { CandidateData, PageConfig } from '../contracts/page-messages';

const BADGE_MODES: readonly unknown[] = ['all', 'warnings', 'none'];

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function asCandidateData(value: unknown): CandidateData | null {
  const d = value as Partial<CandidateData> | null | undefined;
  if (!d || !isStrings(d.domains) || !isStrings(d.suffixes) || !isStrings(d.schemes) || !isStrings(d.invitePaths) || typeof d.suspicious !== 'string')
    return null;
  try {
    new RegExp(d.suspicious);
  } catch {
    return null;
  }
  return { domains: d.domains, suffixes: d.suffixes, schemes: d.schemes, suspicious: d.suspicious, invitePaths: d.invitePaths };
}

export function asPageConfig(value: unknown): PageConfig | null {
  const c = value as Partial<PageConfig> | null | undefined;
  if (!c || !BADGE_MODES.includes(c.badges) || typeof c.handsOff !== 'boolean' || typeof c.warnOnAvoid !== 'boolean') return null;
  if (!isStrings(c.trustedHosts)) return null;
  const candidates = asCandidateData(c.candidates);
  if (!candidates) return null;
  return { badges: c.badges!, handsOff: c.handsOff, warnOnAvoid: c.warnOnAvoid, trustedHosts: c.trustedHosts, candidates };
}

export const sameHosts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);
