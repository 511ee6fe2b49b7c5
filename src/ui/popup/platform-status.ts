/** Whether a platform still runs: discontinued since when, replaced by what. */
import { t } from '../../i18n/t';
import type { Platform } from '../../catalogue/schema';
import { isUnverified } from './fact-rows';

export interface PlatformStatus {
  active: boolean;
  /** "Shut down since 2025-05-05; replaced by Microsoft Teams." */
  line: string;
  /** The catalogue's notes, in English. */
  notes: string | null;
  notesUnverified: boolean;
}

export function platformStatus(p: Platform, nameOf: (id: string) => string | undefined): PlatformStatus {
  if (p.status === 'active' || !p.discontinued) return { active: true, line: t('statusRunning'), notes: null, notesUnverified: false };
  const replaced = p.discontinued.replacedBy ? (nameOf(p.discontinued.replacedBy) ?? p.discontinued.replacedBy) : null;
  return {
    active: false,
    line: replaced ? t('statusShutDownReplaced', [p.discontinued.since, replaced]) : t('statusShutDown', [p.discontinued.since]),
    notes: p.discontinued.notes ?? null,
    notesUnverified: isUnverified(p, ['discontinued.notes']),
  };
}
