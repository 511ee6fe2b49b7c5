/** Safer alternatives as the card lists them: ranked as assessed, each with its site (https only). */
import type { Alternative } from '../../assess/types';
import type { CatalogueIndex } from '../../recognise/catalogue-index';
import { httpsUrl } from './safe-link';

export interface AlternativeLink extends Alternative {
  website: string | null;
}

export function alternativeLinks(index: CatalogueIndex, alternatives: readonly Alternative[]): AlternativeLink[] {
  return alternatives.map((a) => ({ ...a, website: httpsUrl(index.platforms.get(a.id)?.website) }));
}

/** When every alternative is safer for the same reason, the list says it once. */
export function sharedReason(alternatives: readonly AlternativeLink[]): string | null {
  const first = alternatives[0]?.reason;
  return alternatives.length > 1 && alternatives.every((a) => a.reason === first) ? first! : null;
}
