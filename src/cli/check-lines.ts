/** One CLI result line (ARCHITECTURE.md contract 1), from a URL string. */
import { assess } from '../assess/assess';
import type { CatalogueIndex } from '../catalogue/compile-index';
import type { Level } from '../catalogue/kinds';
import { withoutIsolates } from '../i18n/t';
import { recognise } from '../recognise/recognise';
import type { RecogniseSettings } from '../recognise/types';

export interface CheckLine {
  url: string;
  target: string;
  platform: string | null;
  kind: string | null;
  level: Level;
  lookalikeOf: string | null;
  reasons: string[];
  alternatives: string[];
}

export function checkLine(index: CatalogueIndex, url: string, settings: RecogniseSettings): CheckLine {
  const match = recognise(index, url, settings);
  const assessment = assess(index, match);
  return {
    url: match.url,
    target: match.target,
    platform: match.platform,
    kind: match.kind,
    level: assessment.level,
    lookalikeOf: match.lookalikeOf,
    reasons: assessment.reasons.map(withoutIsolates),
    alternatives: assessment.alternatives.map((a) => a.id),
  };
}
