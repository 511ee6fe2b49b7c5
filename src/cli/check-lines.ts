/**
 * One CLI result line (ARCHITECTURE.md contract 1), from a line of text: a link pasted without a
 * scheme is judged as https://, and text that is not a link says so.
 */
import { assess } from '../assess/assess';
import type { CatalogueIndex } from '../catalogue/compile-index';
import type { Level } from '../catalogue/kinds';
import { withoutIsolates } from '../i18n/t';
import { pastedLink } from '../recognise/pasted-link';
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
  /** Only on a line whose text is not a link at all. */
  error?: 'not a link';
}

export function checkLine(index: CatalogueIndex, text: string, settings: RecogniseSettings): CheckLine {
  const pasted = pastedLink(text, index.schemes);
  if (pasted.kind === 'not-a-link') {
    const given = text.trim();
    return { url: given, target: given, platform: null, kind: null, level: 'none', lookalikeOf: null, reasons: [], alternatives: [], error: 'not a link' };
  }
  const match = recognise(index, pasted.url, settings);
  const assessment = assess(index, match);
  return {
    // As given: "zoom.us/j/1" stays so here, and `target` shows the https:// link judged.
    url: text.trim(),
    target: match.target,
    platform: match.platform,
    kind: match.kind,
    level: assessment.level,
    lookalikeOf: match.lookalikeOf,
    reasons: assessment.reasons.map(withoutIsolates),
    alternatives: assessment.alternatives.map((a) => a.id),
  };
}
