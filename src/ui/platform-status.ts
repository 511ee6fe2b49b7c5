/** Whether a platform still runs: discontinued since when, replaced by what. */
import type { Platform } from '../catalogue/schema';
import { isUnverified } from './fact-rows';

export interface PlatformStatus {
  active: boolean;
  /** "Shut down since 2025-05-05; replaced by Microsoft Teams." */
  line: string;
  notes: string | null;
  notesUnverified: boolean;
}

export function platformStatus(p: Platform, nameOf: (id: string) => string | undefined): PlatformStatus {
  if (p.status === 'active' || !p.discontinued) return { active: true, line: 'Still running.', notes: null, notesUnverified: false };
  const replaced = p.discontinued.replacedBy ? nameOf(p.discontinued.replacedBy) ?? p.discontinued.replacedBy : null;
  return {
    active: false,
    line: `Shut down since ${p.discontinued.since}${replaced ? `; replaced by ${replaced}` : ''}.`,
    notes: p.discontinued.notes ?? null,
    notesUnverified: isUnverified(p, ['discontinued.notes']),
  };
}
