/**
 * What the Front Line Defenders guide (July 2020) said about a platform, and what changed since,
 * each change with its sources (https links only) and the date each was checked.
 */
import { countryName } from '../../i18n/country-name';
import { t } from '../../i18n/t';
import { ENCRYPTION_CLASSES, type EncryptionClass } from '../../catalogue/kinds';
import type { Platform } from '../../catalogue/schema';
import { encryptionShort } from '../../assess/encryption-words';
import { factLabel } from './fact-labels';
import { httpsUrl } from './safe-link';

export interface SourceLink {
  /** The catalogue's title for it, in English. */
  title: string;
  /** https only; null when the catalogue's link is not https (shown as text). */
  url: string | null;
  /** YYYY-MM-DD */
  checked: string;
}

export interface ChangeItem {
  fact: string;
  old: string;
  new: string;
  /** `old` / `new` are the catalogue's own text, in English (not a value put into words). */
  oldEnglish: boolean;
  newEnglish: boolean;
  /**
   * The catalogue's English detail after a value put into words ("optional-e2ee: the host can
   * switch it on" → "End-to-end only if the host turns it on", "the host can switch it on").
   */
  oldDetail: string | null;
  newDetail: string | null;
  since: string | null;
  sources: SourceLink[];
}

export interface SaidItem {
  label: string;
  value: string;
  /** The value is the catalogue's own text, in English. */
  english: boolean;
}

export interface GuideHistory {
  /** One sentence: listed, declined (with its reason) or not covered. */
  stance: string;
  /** The guide's reason for declining, in English, as it appears inside `stance`. */
  stanceReason: string | null;
  said: SaidItem[];
  changes: ChangeItem[];
}

function stance(p: Platform): string {
  switch (p.guide.stance) {
    case 'listed':
      return t('guideStanceListed', [p.name]);
    case 'declined':
      return p.guide.reason ? t('guideStanceDeclinedReason', [p.name, p.guide.reason]) : t('guideStanceDeclined', [p.name]);
    default:
      return t('guideStanceNotCovered', [p.name]);
  }
}

const STATUS_WORDS: Record<string, string> = { active: 'guideValueActive', discontinued: 'guideValueDiscontinued' };

/** A change's encryption text may start with its class: "to-server: Zoom held the keys", "optional-e2ee (opt-in …)". */
const LEADING_CLASS = new RegExp(`^(${ENCRYPTION_CLASSES.join('|')})(?=$|[\\s:(])[\\s:]*(.*)$`, 's');

/** A change's text: a leading encryption class in words, the rest as the catalogue's English detail. */
function changeValue(fact: string, text: string): { value: string; english: boolean; detail: string | null } {
  const lead = fact.startsWith('encryption.') ? LEADING_CLASS.exec(text) : null;
  if (!lead) return { ...factValue(fact, text), detail: null };
  const detail = lead[2]!.replace(/^\((.*)\)$/s, '$1').trim();
  return { value: encryptionShort(lead[1] as EncryptionClass), english: false, detail: detail || null };
}

/** A structured value (yes/no, a country code, an encryption class, a status) in words; anything else as the catalogue has it. */
function factValue(fact: string, value: string | boolean): { value: string; english: boolean } {
  if (typeof value === 'boolean') return { value: t(value ? 'guideValueYes' : 'guideValueNo'), english: false };
  if (fact === 'jurisdiction' && /^[A-Z]{2}$/.test(value)) return { value: countryName(value), english: false };
  if (fact.startsWith('encryption.') && (ENCRYPTION_CLASSES as readonly string[]).includes(value)) {
    return { value: encryptionShort(value as EncryptionClass), english: false };
  }
  const status = fact === 'status' ? STATUS_WORDS[value] : undefined;
  if (status) return { value: t(status), english: false };
  return { value, english: true };
}

function sourceLinks(p: Platform, ids: readonly string[]): SourceLink[] {
  return ids.flatMap((id) => {
    const source = p.sources.find((s) => s.id === id);
    return source ? [{ title: source.title ?? source.supports, url: httpsUrl(source.url), checked: source.checked }] : [];
  });
}

export function guideHistory(p: Platform): GuideHistory {
  return {
    stance: stance(p),
    stanceReason: p.guide.stance === 'declined' ? (p.guide.reason ?? null) : null,
    said: Object.entries(p.guide.said).map(([fact, value]) => {
      const shown = factValue(fact, value);
      return { label: factLabel(fact), value: shown.value, english: shown.english };
    }),
    changes: p.changes.map((c) => {
      const old = changeValue(c.fact, c.old);
      const now = changeValue(c.fact, c.new);
      return {
        fact: factLabel(c.fact),
        old: old.value,
        new: now.value,
        oldEnglish: old.english,
        newEnglish: now.english,
        oldDetail: old.detail,
        newDetail: now.detail,
        since: c.since ?? null,
        sources: sourceLinks(p, c.sources),
      };
    }),
  };
}
