/**
 * What the Front Line Defenders guide (July 2020) said about a platform, and what changed since,
 * each change with its sources (https links only) and the date each was checked.
 */
import { countryName } from '../i18n/country-name';
import type { EncryptionClass } from '../catalogue/kinds';
import type { Platform } from '../catalogue/schema';
import { encryptionShort } from './encryption-words';
import { factLabel } from './fact-labels';
import { httpsUrl } from './safe-link';

export interface SourceLink {
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
  since: string | null;
  sources: SourceLink[];
}

export interface GuideHistory {
  /** One sentence: listed, declined (with its reason) or not covered. */
  stance: string;
  said: { label: string; value: string }[];
  changes: ChangeItem[];
}

const STANCE: Record<Platform['guide']['stance'], (p: Platform) => string> = {
  listed: (p) => `The Front Line Defenders guide (July 2020) compared ${p.name} with the other platforms it lists.`,
  declined: (p) => `The Front Line Defenders guide (July 2020) declined to recommend ${p.name}${p.guide.reason ? `: ${p.guide.reason}` : ''}.`,
  'not-covered': (p) => `The Front Line Defenders guide (July 2020) did not cover ${p.name}.`,
};

const ENCRYPTION_CLASSES = new Set(['e2ee', 'optional-e2ee', 'to-server', 'none']);

function saidValue(fact: string, value: string | boolean): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (fact === 'jurisdiction') return countryName(value);
  if (fact.startsWith('encryption.') && ENCRYPTION_CLASSES.has(value)) return encryptionShort(value as EncryptionClass);
  return value;
}

function sourceLinks(p: Platform, ids: readonly string[]): SourceLink[] {
  return ids.flatMap((id) => {
    const source = p.sources.find((s) => s.id === id);
    return source ? [{ title: source.title ?? source.supports, url: httpsUrl(source.url), checked: source.checked }] : [];
  });
}

export function guideHistory(p: Platform): GuideHistory {
  return {
    stance: STANCE[p.guide.stance](p),
    said: Object.entries(p.guide.said).map(([fact, value]) => ({ label: factLabel(fact), value: saidValue(fact, value) })),
    changes: p.changes.map((c) => ({ fact: factLabel(c.fact), old: c.old, new: c.new, since: c.since ?? null, sources: sourceLinks(p, c.sources) })),
  };
}
